import { findAccounts, type AccountMention } from './accounts';
import type { Cue } from './lexicon/cue';
import { PAYMENT_CHANNELS, PAYMENT_TALK } from './lexicon/payment';
import { findLinks, type LinkMention } from './links';
import { matchesOf } from './matches';
import { normaliseChatText } from './normalise';

/** Everything the rules read of one message, worked out once. */
export interface MessageView {
  /** Normalised text: evidence is quoted from here. */
  text: string;
  /** Same length as `text`, digits for letters read as letters: word cues match here. */
  letters: string;
  links: LinkMention[];
  accounts: AccountMention[];
  /** The message talks about paying, apart from naming a payment app (which can be a product feature). */
  readonly talksAboutPayment: boolean;
}

/** Longer messages are checked in their first part only: a chat message is rarely this long. */
export const MAX_CHECKED_LENGTH = 20_000;

const CHANNEL_NAMES = new RegExp(
  PAYMENT_CHANNELS.filter((c) => c.needsPaymentTalk)
    .map((c) => `(?:${c.pattern.source})`)
    .join('|'),
  'gu',
);

export function viewMessage(raw: string): MessageView {
  const { text, letters } = normaliseChatText(raw.slice(0, MAX_CHECKED_LENGTH));
  let talksAboutPayment: boolean | undefined;
  return {
    text,
    letters,
    links: findLinks(text),
    accounts: findAccounts(text),
    // Worked out only when a cue needs it: most messages name no payment app.
    get talksAboutPayment() {
      talksAboutPayment ??= PAYMENT_TALK.test(letters.replace(CHANNEL_NAMES, ' '));
      return talksAboutPayment;
    },
  };
}

/** Where a cue matched, and how a finding names it. */
export interface Hit {
  label: string;
  start: number;
  end: number;
}

/** One test for a whole cue list: text with none of any cue's anchors skips them all. */
const ANY_ANCHOR = new WeakMap<readonly Cue[], RegExp | null>();

function anyAnchor(cues: readonly Cue[]): RegExp | null {
  if (!ANY_ANCHOR.has(cues)) {
    const all = cues.every((cue) => cue.anchors) ? cues.map((cue) => (cue.anchors as RegExp).source) : null;
    ANY_ANCHOR.set(cues, all ? new RegExp(all.join('|')) : null);
  }
  return ANY_ANCHOR.get(cues) ?? null;
}

/** The first match of any cue that `accept` takes, in cue order. */
export function firstHit(
  view: MessageView,
  cues: readonly Cue[],
  accept: (start: number, end: number, cue: Cue) => boolean = () => true,
): Hit | null {
  if (anyAnchor(cues)?.test(view.letters) === false) return null;
  for (const cue of cues) {
    if (cue.anchors && !cue.anchors.test(view.letters)) continue;
    if (cue.needsPaymentTalk && !view.talksAboutPayment) continue;
    for (const match of matchesOf(cue.pattern, view.letters)) {
      const end = match.index + match[0].length;
      if (match[0].trim() === '' || !accept(match.index, end, cue)) continue;
      return { label: cue.label, start: match.index, end };
    }
  }
  return null;
}

export function hitAt(label: string, start: number, text: string): Hit {
  return { label, start, end: start + text.length };
}
