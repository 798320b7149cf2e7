import { findAccounts, type AccountMention } from './accounts';
import { AnchorScan, isCandidate, type Candidates } from './anchor-scan';
import { findBeneficiary, type BeneficiaryMention } from './beneficiary';
import { CONTACT_MOVES } from './lexicon/contact';
import { isNear, type Cue } from './lexicon/cue';
import { DETAILS_CHANGE } from './lexicon/details-change';
import { PAYMENT_CHANNELS, PAYMENT_DEVICE, PAYMENT_TALK } from './lexicon/payment';
import { PRESSURE } from './lexicon/pressure';
import { findLinks, findMailAddresses, type LinkMention, type MailMention } from './links';
import { normaliseChatText } from './normalise';
import { describesPaymentEquipment } from './payment-equipment';
import { isQuotedNotSaid } from './quoted-answer';
import { warnsAnywhere } from './warning';
import { findWalletAddresses, type WalletMention } from './wallets';

/** Longer messages are checked in their first part only: a chat message is rarely this long. */
export const MAX_CHECKED_LENGTH = 20_000;

/** Ways to pay that are also goods or app features (needsPaymentTalk): their names alone are no talk of paying. */
const CHANNELS_ALSO_GOODS = PAYMENT_CHANNELS.filter((c) => c.needsPaymentTalk);

/** Every cue list the rules search (APP_MOVES and OTHER_MOVES are parts of CONTACT_MOVES): one pass finds all their anchors. */
const CUE_LISTS = [PAYMENT_CHANNELS, DETAILS_CHANGE, CONTACT_MOVES, PRESSURE];
let scan: AnchorScan | undefined;

/** Built on first use, not when the extension loads the detector. */
function anchorScan(): AnchorScan {
  return (scan ??= new AnchorScan(CUE_LISTS));
}

/**
 * Everything the rules read of one message, worked out once. A class, not
 * an object literal with getters: V8 defines a literal's getters anew for
 * every object, which cost more than the anchor scan.
 */
export class MessageView {
  /** Normalised text: evidence is quoted from here. */
  readonly text: string;
  /** Same length as `text`, digits for letters read as letters: word cues match here. */
  readonly letters: string;
  readonly links: LinkMention[];
  readonly accounts: AccountMention[];
  /** By cue id in `anchorScan()`: the cues with one of their anchors in `letters`; the others can't match. */
  readonly candidates: Candidates;
  private paymentTalk: boolean | undefined;
  private paymentDevice: boolean | undefined;
  private equipment: boolean | undefined;
  private warning: boolean | undefined;
  private holder: BeneficiaryMention | null | undefined;
  private mailAddresses: MailMention[] | undefined;
  private walletAddresses: WalletMention[] | undefined;

  constructor(raw: string) {
    const { text, letters } = normaliseChatText(raw.slice(0, MAX_CHECKED_LENGTH));
    this.text = text;
    this.letters = letters;
    this.links = findLinks(text);
    this.accounts = findAccounts(text, this.links);
    this.candidates = anchorScan().candidates(letters);
  }

  /**
   * The message talks about paying, apart from naming a payment app (which
   * can be a product feature). Worked out only when a cue needs it: most
   * messages name no payment app.
   */
  get talksAboutPayment(): boolean {
    this.paymentTalk ??= PAYMENT_TALK.test(this.withoutChannelNames());
    return this.paymentTalk;
  }

  /**
   * The letters with each channel's name blanked, by the channel's own pattern and only where one of its anchors is
   * in the message: one pattern joining them all was compiled apart from theirs, which doubled their machine code.
   */
  private withoutChannelNames(): string {
    const ids = anchorScan().idsOf(CHANNELS_ALSO_GOODS);
    let letters = this.letters;
    for (let index = 0; index < CHANNELS_ALSO_GOODS.length; index++)
      if (isCandidate(this.candidates, ids[index]!))
        letters = letters.replace(CHANNELS_ALSO_GOODS[index]!.pattern, ' ');
    return letters;
  }

  /** Payment hardware may be described ("POS terminals that accept PayPal", "… supported on the kiosk"): worked out once. */
  get mayDescribeAPaymentDevice(): boolean {
    this.paymentDevice ??=
      PAYMENT_DEVICE.test(this.letters) ||
      this.letters.includes('supported') ||
      this.letters.includes('terminal') ||
      this.letters.includes('compatible');
    return this.paymentDevice;
  }

  /** Some sentence of the message warns about a scam (the quoted-words check asks it for every hit it reads). */
  get warns(): boolean {
    this.warning ??= warnsAnywhere(this.letters);
    return this.warning;
  }

  /** The message is a spec sheet of equipment that takes payments for its owner (a POS terminal, a vending machine). */
  get describesPaymentEquipment(): boolean {
    this.equipment ??= describesPaymentEquipment(this.letters);
    return this.equipment;
  }

  /** The e-mail addresses in the text (two rules read them); most messages hold no "@". */
  get emails(): readonly MailMention[] {
    this.mailAddresses ??= findMailAddresses(this.text);
    return this.mailAddresses;
  }

  /** The crypto wallet addresses in the text; looked for only when no way to pay was named first. */
  get wallets(): readonly WalletMention[] {
    this.walletAddresses ??= findWalletAddresses(this.text);
    return this.walletAddresses;
  }

  /** The account holder the message names, if any (two rules read it). */
  get beneficiary(): BeneficiaryMention | null {
    if (this.holder === undefined) this.holder = findBeneficiary(this.text);
    return this.holder;
  }
}

export function viewMessage(raw: string): MessageView {
  return new MessageView(raw);
}

/** Where a cue matched, and how a finding names it. */
export interface Hit {
  label: string;
  start: number;
  end: number;
  /** What was found, when the rule's message names it ("file" for the link rule); the rule's usual noun otherwise. */
  noun?: string;
  /** What to do, when the rule's own advice doesn't fit what was found (a link the message doesn't show). */
  advice?: string;
}

/** The first match of any cue that `accept` takes, in cue order. */
export function firstHit(
  view: MessageView,
  cues: readonly Cue[],
  accept: (start: number, end: number, cue: Cue) => boolean = () => true,
): Hit | null {
  const ids = anchorScan().idsOf(cues);
  for (let index = 0; index < cues.length; index++) {
    const cue = cues[index]!;
    // A cue with none of its anchors in the message is skipped without running its pattern.
    if (!isCandidate(view.candidates, ids[index]!)) continue;
    const hit = firstAccepted(view, cue, accept);
    // Asked only once the cue matched: working it out costs more than most patterns.
    if (hit && (!cue.needsPaymentTalk || view.talksAboutPayment)) return hit;
  }
  return null;
}

/**
 * The cue's first match that `accept` takes and the message says itself: words quoted or reported in a warning are
 * passed over, so a request made after them is still found. A plain exec loop, since a generator's allocations show at
 * this rate.
 */
function firstAccepted(
  view: MessageView,
  cue: Cue,
  accept: (start: number, end: number, cue: Cue) => boolean,
): Hit | null {
  const { pattern } = cue;
  const { letters } = view;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(letters); match !== null; match = pattern.exec(letters)) {
    const matched = match[0];
    if (matched === '') pattern.lastIndex++; // else the next search would find it again
    const end = match.index + matched.length;
    if (matched.trim() === '' || !isNear(cue, letters, end) || !accept(match.index, end, cue)) continue;
    const hit = { label: cue.label, start: match.index, end };
    if (!isQuotedNotSaid(view, hit)) return hit;
  }
  return null;
}

/** Some cue of the list has one of its anchors in the message (or has none to look for). */
export function anyCandidate(view: MessageView, cues: readonly Cue[]): boolean {
  const ids = anchorScan().idsOf(cues);
  return ids.some((id) => isCandidate(view.candidates, id));
}

export function hitAt(label: string, start: number, text: string): Hit {
  return { label, start, end: start + text.length };
}
