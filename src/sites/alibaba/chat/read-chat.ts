import type { ChatMessage } from '../../../signals/chat';
import { hasChallengeScript, showsChallengeElement } from '../challenge';
import { conversationOf, supplierNameOf } from './conversation';
import { readRow, type SkipReason } from './read-row';
import { ROW } from './selectors';

/** What a chat page shows: who the chat is with, and its messages in page order. */
export interface ChatReading {
  conversation: string | null;
  supplierName: string | null;
  messages: ChatMessage[];
  /** ok: messages were read; empty: none (no rows, or markup we don't know); blocked: a robot check. */
  health: 'ok' | 'empty' | 'blocked';
  /** Why health is not "ok", or what could not be read, in plain words. */
  problems: string[];
}

/**
 * Reads every message row under `root` (a whole saved Document, or the
 * message list). System rows and cards are skipped; a message the list
 * shows twice is read once. Never throws.
 */
export function readChat(root: ParentNode, url: URL): ChatReading {
  const reading: ChatReading = {
    conversation: null,
    supplierName: null,
    messages: [],
    health: 'empty',
    problems: [],
  };
  try {
    const doc = isDocument(root) ? root : null;
    if (doc && (showsChallengeElement(doc) || hasChallengeScript(doc))) {
      return {
        ...reading,
        health: 'blocked',
        problems: ['Alibaba.com showed a robot check instead of the chat'],
      };
    }
    reading.conversation = conversationOf(root, url);
    reading.supplierName = supplierNameOf(root);
    const rows = Array.from(root.querySelectorAll(ROW));
    const skipped = new Map<SkipReason, number>();
    const seen = new Set<string>();
    for (const row of rows) {
      const read = readRow(row);
      if (read.kind === 'skipped') skipped.set(read.reason, (skipped.get(read.reason) ?? 0) + 1);
      else if (!seen.has(read.message.id)) {
        seen.add(read.message.id);
        reading.messages.push(read.message);
      }
    }
    reading.problems = problemsOf(rows.length, skipped);
    reading.health = reading.messages.length > 0 ? 'ok' : 'empty';
    if (reading.conversation === null)
      reading.problems.push('no conversation id in the URL and no contact name');
  } catch (error) {
    reading.health = 'empty';
    reading.problems.push(`reading failed: ${String(error)}`);
  }
  return reading;
}

function problemsOf(rows: number, skipped: Map<SkipReason, number>): string[] {
  if (rows === 0) return [`no message rows (${ROW})`];
  const problems: string[] = [];
  const noDirection = skipped.get('no-direction') ?? 0;
  const noText = skipped.get('no-text') ?? 0;
  if (noDirection > 0) problems.push(`${noDirection} row(s) without a direction (item-left/item-right)`);
  if (noText > 0) problems.push(`${noText} row(s) without text`);
  return problems;
}

function isDocument(root: ParentNode): root is Document {
  return (root as Node).nodeType === 9;
}
