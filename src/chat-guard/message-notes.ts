import type { ChatMessage } from '../signals/chat';
import type { Dismissals } from './dismissals';
import { createHost, hostsOf } from './host';
import { buildNote, topSeverity } from './note-view';
import type { Checked } from './row-book';
import { noteIn, placeNote } from './row-note';
import { focusUndo, hideUndo, showUndo } from './undo-control';

/**
 * The notes beside risky messages, and "I know this sender": hiding every
 * note of a conversation (remembered by the background), with a control to
 * show them again.
 */
export class MessageNotes {
  /** The text each note was drawn for: a translation arriving redraws it. */
  private readonly drawnFor = new WeakMap<Element, string>();
  private undoHost: Element | null = null;
  private closed = false;
  /** Until a first note is drawn, no row can hold one: the per-row lookup is skipped (2,000 rows read cold). */
  private anyDrawn = false;

  constructor(
    private readonly doc: Document,
    private readonly dismissals: Dismissals,
    private readonly currentConversation: () => string | null,
  ) {}

  /** Puts the note for `message` in `row` (or takes a stale one away when it has no findings). */
  show(row: Element, message: ChatMessage, result: Checked): void {
    if (this.closed) return;
    const existing = this.noteIn(row);
    if (result.findings.length === 0) {
      existing?.remove();
      return;
    }
    const key = message.id;
    if (existing?.getAttribute('data-key') === key && this.drawnFor.get(existing) === result.text) return;
    existing?.remove();
    const conversation = result.conversation;
    const note = buildNote(this.doc, {
      subject: message.from,
      text: result.text,
      findings: result.findings,
      actions: conversation
        ? [
            {
              label: 'I know this sender',
              ariaLabel: 'I know this sender: hide Supplier Radar warnings in this chat',
              onClick: () => void this.setDismissed(conversation, true),
            },
          ]
        : [],
    });
    const host = createHost(this.doc, 'message', note);
    host.setAttribute('data-key', key);
    host.setAttribute('data-severity', topSeverity(result.findings));
    if (conversation) host.setAttribute('data-conversation', conversation);
    if (conversation && this.dismissals.knownState(conversation) === true)
      host.setAttribute('data-dismissed', '');
    this.drawnFor.set(host, result.text);
    placeNote(row, host);
    this.anyDrawn = true;
  }

  remove(row: Element): void {
    this.noteIn(row)?.remove();
  }

  /** A reused row now shows another message: its old note goes. */
  removeUnless(row: Element, key: string): void {
    const existing = this.noteIn(row);
    if (existing && existing.getAttribute('data-key') !== key) existing.remove();
  }

  /** False when the page took our "warnings hidden" control away (it redrew the header). */
  undoInPlace(): boolean {
    return this.undoHost === null || this.undoHost.isConnected;
  }

  async showUndoIfDismissed(conversation: string | null): Promise<void> {
    const dismissed = conversation !== null && (await this.dismissals.isDismissed(conversation));
    if (this.closed || conversation !== this.currentConversation()) return;
    if (dismissed && conversation) this.placeUndo(conversation);
    else this.removeUndo();
  }

  /** "I know this sender" (true) or "Show warnings" (false); a refusal changes nothing. */
  async setDismissed(conversation: string, dismissed: boolean): Promise<void> {
    let state: boolean;
    try {
      state = await this.dismissals.set(conversation, dismissed);
    } catch {
      return;
    }
    if (this.closed) return;
    for (const host of hostsOf(this.doc, 'message')) {
      if (host.getAttribute('data-conversation') !== conversation) continue;
      if (state) host.setAttribute('data-dismissed', '');
      else host.removeAttribute('data-dismissed');
    }
    if (conversation !== this.currentConversation()) return;
    if (state) {
      this.placeUndo(conversation);
      focusUndo(this.doc);
    } else this.removeUndo();
  }

  private noteIn(row: Element): Element | null {
    return this.anyDrawn ? noteIn(row) : null;
  }

  close(): void {
    this.closed = true;
  }

  private placeUndo(conversation: string): void {
    this.removeUndo();
    this.undoHost = showUndo(this.doc, () => void this.setDismissed(conversation, false));
  }

  private removeUndo(): void {
    hideUndo(this.doc);
    this.undoHost = null;
  }
}
