import { expect } from 'vitest';
import { checkConversation } from '../../src/chat/conversation';
import type { ChatMessage, ChatRuleId, ChatSender } from '../../src/signals/chat';

// What the tests of src/chat/request-thread.ts share: a conversation written as (sender, text) lines, and the rules
// found in each of its messages.

export const PAY: ChatRuleId = 'off-platform-payment';
export const CONTACT: ChatRuleId = 'off-platform-contact';
export const LINK: ChatRuleId = 'suspicious-link';

export function chat(...lines: Array<[ChatSender, string]>): ChatMessage[] {
  return lines.map(([from, text], i) => ({ id: String(i + 1), from, text }));
}

/** The rules of each message's findings, in order. */
export function rulesOf(messages: ReturnType<typeof checkConversation>): ChatRuleId[][] {
  return messages.map((m) => m.findings.map((f) => f.rule));
}

/** A supplier's request, then the buyer's replies: the rules found in each message, the request first. */
export function rulesAfterRequest(request: string, replies: readonly string[]): ChatRuleId[][] {
  return rulesOf(
    checkConversation(
      chat(['supplier', request], ...replies.map((text): [ChatSender, string] => ['buyer', text])),
    ),
  );
}

/** The rules found in each message of the conversation written as `lines`. */
export function rulesIn(...lines: Array<[ChatSender, string]>): ChatRuleId[][] {
  return rulesOf(checkConversation(chat(...lines)));
}

/** A supplier's request and the buyer's replies: the request has a finding of `rule`, and each reply exactly that one. */
export function expectRepliesCarryOn(
  request: string,
  replies: readonly string[],
  rule: ChatRuleId = PAY,
): void {
  const checked = rulesAfterRequest(request, replies);
  expect(checked[0]).toContain(rule);
  for (const [i, text] of replies.entries()) expect(checked[i + 1], text).toEqual([rule]);
}
