import type { GuardDeps } from '../../src/chat-guard/chat-guard';
import type { Timers } from '../../src/chat-guard/timeout';
import type { CheckChatRequest, CheckChatResponse } from '../../src/messaging/chat-protocol';
import type { ChatFinding } from '../../src/signals/chat';
import { parsePage, readFixture } from '../support/saved-pages';

/**
 * A stand-in for the background's detector: a few fixed phrases, so the
 * tests can say which rows must be flagged. (The real detector is tested on
 * its own, and with the guard in the browser test.)
 */
const PHRASES: Array<[RegExp, ChatFinding['rule'], ChatFinding['severity']]> = [
  [/western union/i, 'off-platform-payment', 'danger'],
  [/new account/i, 'payment-details-change', 'danger'],
  [/whatsapp/i, 'off-platform-contact', 'warning'],
  [/alibaba-pay\.co/i, 'suspicious-link', 'danger'],
  [/only valid today/i, 'pressure', 'info'],
];

export function fakeFindings(text: string): ChatFinding[] {
  return PHRASES.flatMap(([pattern, rule, severity]) => {
    const match = pattern.exec(text);
    return match
      ? [
          {
            rule,
            severity,
            message: `Found ${rule}`,
            evidence: match[0].toLowerCase(),
            advice: `Advice for ${rule}`,
          },
        ]
      : [];
  });
}

export type Request = Omit<CheckChatRequest, 'type'>;

/** The background as the guard sees it: every request kept; answers from fakeFindings unless `answer` is replaced. */
export function fakeBackground(options: { dismissed?: boolean } = {}) {
  const requests: Request[] = [];
  const dismissals: Array<{ conversation: string; dismissed?: boolean }> = [];
  const state = new Map<string, boolean>();
  const background = {
    requests,
    dismissals,
    /** Replace to refuse, stall or answer wrongly. */
    answer: async (request: Request): Promise<CheckChatResponse> => ({
      messages: request.messages.map((message) => ({ id: message.id, findings: fakeFindings(message.text) })),
    }),
    refuseDismissal: false,
    check: (request: Request) => {
      requests.push(structuredClone(request));
      return background.answer(request);
    },
    dismissal: async (conversation: string, dismissed?: boolean) => {
      dismissals.push(dismissed === undefined ? { conversation } : { conversation, dismissed });
      if (background.refuseDismissal) throw new Error('background refused');
      if (dismissed !== undefined) state.set(conversation, dismissed);
      return { dismissed: state.get(conversation) ?? options.dismissed ?? false };
    },
    /** Ids of every message asked about, in order. */
    askedIds: () => requests.flatMap((request) => request.messages.map((message) => message.id)),
  };
  return background;
}

/** Timers the test moves by hand. */
export class ManualTimers implements Timers {
  private nextId = 1;
  private readonly pending = new Map<number, { at: number; handler: () => void }>();
  private clock = 0;

  setTimeout(handler: () => void, ms: number): number {
    const id = this.nextId++;
    this.pending.set(id, { at: this.clock + ms, handler });
    return id;
  }

  clearTimeout(id: number): void {
    this.pending.delete(id);
  }

  advance(ms: number): void {
    this.clock += ms;
    for (const [id, timer] of [...this.pending]) {
      if (timer.at > this.clock) continue;
      this.pending.delete(id);
      timer.handler();
    }
  }
}

/**
 * Guard dependencies over a fake background; yields are real (macrotasks) and
 * counted. The clock stands still unless one is given, so chunks are cut by
 * size only and each test's requests are the same on every run.
 */
export function fakeDeps(background: ReturnType<typeof fakeBackground>, url: string, now = () => 0) {
  const timers = new ManualTimers();
  const stats = { yields: 0 };
  const deps: GuardDeps = {
    check: background.check,
    dismissal: background.dismissal,
    url: () => new URL(url),
    now,
    yieldToPage: () => {
      stats.yields++;
      return new Promise((resolve) => setTimeout(resolve, 0));
    },
    timers,
  };
  return { deps, timers, stats };
}

export const RISKY_URL =
  'https://message.alibaba.com/message/messenger.htm?activeAccountId=2210987654&chatToken=abc#/';
export const RISKY_CONVERSATION = 'activeAccountId:2210987654';

/** The risky chat page, parsed (scripts never run). */
export const riskyPage = (): Document => parsePage(readFixture('chat-risky-messenger.html'));
export const benignPage = (): Document => parsePage(readFixture('chat-benign-messenger.html'));

/** Lets the guard's promises and queued chunks run. */
export async function settle(rounds = 5): Promise<void> {
  for (let round = 0; round < rounds; round++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Each note on the page: the first line of its row's text, and its key and severity. */
export function notesOn(doc: Document) {
  return Array.from(doc.querySelectorAll('supplier-radar-chat[data-role="message"]')).map((host) => ({
    row: (
      host.closest('.message-item-wrapper')?.querySelector('.session-rich-content.text')?.textContent ?? ''
    ).slice(0, 40),
    key: host.getAttribute('data-key'),
    severity: host.getAttribute('data-severity'),
    dismissed: host.hasAttribute('data-dismissed'),
  }));
}
