import type { ChatFinding, ChatMessage } from '../signals/chat';

/** A message's findings, for the text they were found in and the conversation it was asked under. */
export interface Checked {
  text: string;
  findings: ChatFinding[];
  conversation: string | null;
}

/** A row whose answer came, with a note to draw. */
export interface Ready {
  row: Element;
  message: ChatMessage;
  result: Checked;
}

/**
 * The guard's bookkeeping, by message key: answers kept (so a message the
 * list draws again is never asked about again), what was asked and not yet
 * answered, and which rows wait for each answer. A row's latest reading is
 * kept too: a virtualised list reuses row elements for other messages.
 */
export class RowBook {
  private readonly results = new Map<string, Checked>();
  private readonly asked = new Map<string, string>();
  private readonly waiting = new Map<string, Element[]>();
  private readonly seen = new WeakMap<Element, ChatMessage>();

  /** What `row` shows now. */
  saw(row: Element, message: ChatMessage): void {
    this.seen.set(row, message);
  }

  /** `row` shows no message now (a card, a system row). */
  forget(row: Element): void {
    this.seen.delete(row);
  }

  /** The answer for this message, when it was checked with this very text (a translation adds words). */
  result(message: ChatMessage): Checked | null {
    const known = this.results.get(message.id);
    return known && known.text === message.text ? known : null;
  }

  /** `row` waits for its message's answer; true when the message still has to be asked about. */
  wait(row: Element, message: ChatMessage): boolean {
    const rows = this.waiting.get(message.id);
    if (!rows) this.waiting.set(message.id, [row]);
    else if (!rows.includes(row)) rows.push(row);
    if (this.asked.get(message.id) === message.text) return false;
    this.asked.set(message.id, message.text);
    return true;
  }

  /**
   * Records the answers for `batch` (`byId` null: the background refused or
   * was silent, and nothing is kept, so a later sighting asks again).
   * Returns the rows still showing those very messages that need a note.
   */
  answered(
    batch: readonly ChatMessage[],
    byId: Map<string, ChatFinding[]> | null,
    conversation: string | null,
  ): Ready[] {
    const ready: Ready[] = [];
    for (const message of batch) {
      if (this.asked.get(message.id) === message.text) this.asked.delete(message.id);
      const findings = byId?.get(message.id);
      const result = findings ? { text: message.text, findings, conversation } : null;
      if (result) this.results.set(message.id, result);
      const rows = this.waiting.get(message.id);
      if (!rows) continue;
      // A row since changed to this message's new text keeps waiting, for the answer to that.
      let still: Element[] | null = null;
      for (const row of rows) {
        const now = this.seen.get(row);
        if (now?.id !== message.id) continue;
        if (now.text !== message.text) (still ??= []).push(row);
        else if (result && result.findings.length > 0) ready.push({ row, message: now, result });
      }
      if (still) this.waiting.set(message.id, still);
      else this.waiting.delete(message.id);
    }
    return ready;
  }
}
