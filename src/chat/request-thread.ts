import type { ChatFinding, ChatRuleId, ChatSender } from '../signals/chat';
import { RULE_VOICES } from './advice';
import type { MessageView } from './message-view';

// A supplier's request (to pay outside the order, to talk elsewhere) is carried on in short replies that mean nothing
// alone: "ok which account then?", "added", "sent 1320". Once a supplier's message makes such a request, those replies
// are findings too, until a message turns back to the order. docs/CHAT-RULES.md, "Across a conversation".

/** What makes one kind of request, and the replies that carry it on. */
export interface ThreadSpec {
  /** Findings of these rules, in a supplier's message, open the thread. */
  opensOn: readonly ChatRuleId[];
  /** The rule of the replies' findings. */
  rule: ChatRuleId;
  /** What the finding says it found. */
  label: string;
  /** A message that turns back to the order, or refuses, closes the thread. */
  closes: RegExp;
  /** Replies the thread leaves alone (they name the order, or doubt the request), open or not. */
  leftAlone(letters: string): boolean;
  /** The words that carry the request on, if the reply has them. */
  reply(letters: string): RegExpExecArray | null;
  /**
   * The words that press the request on, if the supplier's message has them ("Agent is our partner, very safe", "pay
   * the duty part before Friday"): read in its answer to the buyer's turn back to the order (only these, not the
   * replies that go along, as the order may be paid by then) and in its messages too long for a reply.
   */
  presses?(letters: string): RegExpExecArray | null;
  /** What to do, when the rule's own advice (about the message it is in) doesn't fit a reply. */
  advice?: string;
}

/** The replies that carry a request on are short: a longer message is read on its own. */
const MAX_REPLY_LENGTH = 160;
/**
 * A supplier pressing its request on explains as it presses ("Yes it is normal, broker need pay CBP before vessel
 * arrive … Please pay the duty part before Friday"): its pressing words are read a little further.
 */
const MAX_PRESSING_LENGTH = 320;

/** Where a conversation stands on one kind of request: open or not. */
export class RequestThread {
  private open = false;
  /** The buyer just turned back to the order: the supplier's next message may still press the request on. */
  private turnedBackByBuyer = false;

  constructor(private readonly spec: ThreadSpec) {}

  /**
   * Reads one message in order: a supplier's findings open the thread (a buyer who asks is warned there, and what
   * the supplier answers decides), a turn back to the order closes it; after the buyer's turn back, the supplier's
   * next message is still read for words that press the request on, as is a supplier's message too long for a reply.
   * Returns a finding when the message, with no finding of the thread's own, carries an open request on. A buyer's
   * findings only say whether it has one.
   */
  follow(view: MessageView, from: ChatSender, findings: readonly ChatFinding[]): ChatFinding | null {
    const ownFinding = findings.some((f) => this.spec.opensOn.includes(f.rule));
    if (ownFinding && from === 'supplier') this.open = true;
    // A supplier answering the buyer's turn back ("Agent is our partner, very safe") still presses the request on.
    const pressedAfterTurnBack = this.turnedBackByBuyer && from === 'supplier';
    if (from === 'supplier') this.turnedBackByBuyer = false;
    const open = this.open || pressedAfterTurnBack;
    // A reply with a finding of the thread's own rule (another thread's, say) needs no second one.
    if (ownFinding || !open || findings.some((f) => f.rule === this.spec.rule)) return null;
    const { letters, text } = view;
    if (this.spec.closes.test(letters)) {
      if (from === 'buyer') this.turnedBackByBuyer ||= this.open;
      this.open = false;
      return null;
    }
    // Which words to look for is settled by the length first: a long message is never read as a reply.
    const wordsOf = this.wordsToRead(letters.length, from);
    if (!wordsOf || this.spec.leftAlone(letters)) return null;
    const carried = wordsOf(letters);
    if (carried) this.open = true;
    // The letters are as long as the text: the evidence is quoted from the text, as the buyer sees it.
    return carried ? this.carriedOn(text.slice(carried.index, carried.index + carried[0].length)) : null;
  }

  /**
   * The words that may carry the request on in a message of this length: any reply's, in a short message while the
   * thread is open; otherwise only the supplier's pressing words (after the buyer's turn back, or in a longer message).
   */
  private wordsToRead(
    length: number,
    from: ChatSender,
  ): ((letters: string) => RegExpExecArray | null) | undefined {
    if (this.open && length <= MAX_REPLY_LENGTH) return this.spec.reply;
    if (from !== 'supplier' || length > MAX_PRESSING_LENGTH) return undefined;
    return this.spec.presses;
  }

  private carriedOn(evidence: string): ChatFinding {
    const voice = RULE_VOICES[this.spec.rule];
    return {
      rule: this.spec.rule,
      severity: voice.severity,
      message: voice.message(this.spec.label),
      evidence,
      advice: this.spec.advice ?? voice.advice,
    };
  }
}
