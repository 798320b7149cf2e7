import type { CheckChatRequest, CheckChatResponse } from '../messaging/chat-protocol';
import type { ChatFinding, ChatMessage } from '../signals/chat';
import { readRow } from '../sites/alibaba/chat/read-row';
import { ROW } from '../sites/alibaba/chat/selectors';
import { findingsById } from './answer-check';
import { ComposerWatch } from './composer-watch';
import { ConversationTracker, type Conversation } from './conversation-tracker';
import { Dismissals, type AskDismissal } from './dismissals';
import { removeAllHosts } from './host';
import { MessageNotes } from './message-notes';
import { RecentMessages } from './recent-messages';
import { RowBook } from './row-book';
import type { Timers } from './timeout';
import { watchRows } from './watch-rows';

export type CheckChat = (request: Omit<CheckChatRequest, 'type'>) => Promise<CheckChatResponse>;

/** What the guard needs from the page and the extension; fakes in tests. */
export interface GuardDeps {
  /** Asks the background to check messages (with a time limit: a silent background must fail, not hang). */
  check: CheckChat;
  dismissal: AskDismissal;
  url(): URL;
  now(): number;
  /** Gives the page its main thread back between chunks. */
  yieldToPage(): Promise<void>;
  timers: Timers;
}

/** At most this many messages per request (the background's limit). */
export const MAX_BATCH = 500;
/** A chunk of reading rows or drawing notes stops after this long, so no task of ours runs long. */
export const SLICE_MS = 8;

/**
 * The chat guard in one document: reads message rows as they appear (in
 * chunks, between which the page runs), asks the background about each
 * message once, and puts a note beside each risky one, again whenever the
 * page draws that message anew. Watches the composer too. Holds no rules:
 * the background's detector decides what is risky.
 */
export class ChatGuard {
  private readonly book = new RowBook();
  private readonly queue = new Set<Element>();
  private readonly recent = new RecentMessages();
  private readonly conversations = new ConversationTracker();
  private readonly dismissals: Dismissals;
  private readonly notes: MessageNotes;
  private readonly composer: ComposerWatch;
  private conversation: Conversation = { id: null, supplierName: null };
  private scanning = false;
  private stopWatching: (() => void) | null = null;
  private disposed = false;

  constructor(
    private readonly doc: Document,
    private readonly deps: GuardDeps,
  ) {
    this.dismissals = new Dismissals(deps.dismissal);
    this.notes = new MessageNotes(doc, this.dismissals, () => this.conversation.id);
    this.composer = new ComposerWatch(doc, (text) => this.checkDraft(text), deps.timers);
  }

  /** Reads what is on the page now and watches for more, until `signal` aborts or dispose(). */
  start(signal?: AbortSignal): void {
    if (signal?.aborted || this.disposed) return;
    signal?.addEventListener('abort', () => this.dispose(), { once: true });
    this.onPageChanged();
    this.enqueue(this.doc.querySelectorAll(ROW));
    this.stopWatching = watchRows(
      this.doc.documentElement,
      (rows) => this.enqueue(rows),
      () => this.onPageChanged(),
    );
    this.composer.start();
  }

  /** Stops watching and takes every note away (the extension was updated or turned off). */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.stopWatching?.();
    this.composer.stop();
    this.queue.clear();
    this.notes.close();
    removeAllHosts(this.doc);
  }

  /** Whatever changed, the conversation may be another now, and a sent draft takes its warning away. */
  private onPageChanged(): void {
    const now = this.conversations.current(this.doc, this.deps.url());
    const switched = now.id !== this.conversation.id;
    this.conversation = now;
    if (switched || !this.notes.undoInPlace()) void this.notes.showUndoIfDismissed(now.id);
    this.composer.refresh();
  }

  private enqueue(rows: Iterable<Element>): void {
    if (this.disposed) return;
    for (const row of rows) this.queue.add(row);
    if (!this.scanning) void this.scan();
  }

  /** Reads queued rows for up to SLICE_MS at a time, sends each chunk's new messages, and yields. */
  private async scan(): Promise<void> {
    this.scanning = true;
    try {
      while (this.queue.size > 0 && !this.disposed) {
        const started = this.deps.now();
        const batch: ChatMessage[] = [];
        let read = 0;
        for (const row of this.queue) {
          this.queue.delete(row);
          this.readOne(row, batch);
          // The clock is read every 16 rows: a row takes microseconds.
          if (batch.length >= MAX_BATCH || (++read % 16 === 0 && this.deps.now() - started >= SLICE_MS))
            break;
        }
        if (batch.length > 0) void this.send(batch, this.conversation);
        if (this.queue.size > 0) await this.deps.yieldToPage();
      }
    } finally {
      this.scanning = false;
    }
  }

  /** One row: a known message gets its note back at once; a new one joins the batch to ask about. */
  private readOne(row: Element, batch: ChatMessage[]): void {
    if (!row.isConnected) return;
    const reading = readRow(row);
    if (reading.kind !== 'message') {
      this.book.forget(row);
      this.notes.remove(row);
      return;
    }
    const { message } = reading;
    this.book.saw(row, message);
    const known = this.book.result(message);
    if (known) {
      this.notes.show(row, message, known);
      return;
    }
    this.notes.removeUnless(row, message.id);
    if (this.book.wait(row, message)) batch.push(message);
  }

  private async send(batch: ChatMessage[], conversation: Conversation): Promise<void> {
    const id = conversation.id ?? this.pageConversation();
    const earlier = this.recent.before(id, batch);
    // Refused, silent or malformed (null): nothing is drawn, and a later sighting asks again.
    const byId = await this.deps
      .check({
        conversation: id,
        supplierName: conversation.supplierName,
        messages: batch,
        ...(earlier.length > 0 && { earlier }),
      })
      .then(
        (answer) => findingsById(answer, batch),
        () => null,
      );
    if (byId && conversation.id) await this.dismissals.isDismissed(conversation.id);
    if (this.disposed) return;
    const ready = this.book.answered(batch, byId, conversation.id);
    await this.drawInChunks(ready);
  }

  /** Notes for answered rows, a chunk at a time; each note is drawn whole or not at all. */
  private async drawInChunks(ready: ReturnType<RowBook['answered']>): Promise<void> {
    let started = this.deps.now();
    for (const { row, message, result } of ready) {
      if (this.disposed) return;
      if (row.isConnected) this.notes.show(row, message, result);
      if (this.deps.now() - started >= SLICE_MS) {
        await this.deps.yieldToPage();
        started = this.deps.now();
      }
    }
  }

  private async checkDraft(text: string): Promise<ChatFinding[]> {
    const draft: ChatMessage = { id: 'draft', from: 'buyer', text: text.slice(0, 20_000) };
    const answer = await this.deps.check({
      conversation: this.conversation.id ?? this.pageConversation(),
      supplierName: this.conversation.supplierName,
      messages: [draft],
    });
    const byId = findingsById(answer, [draft]);
    if (!byId) throw new Error('the background answered something else');
    return byId.get(draft.id) ?? [];
  }

  /** A chat the page names nothing for is asked about as its page. */
  private pageConversation(): string {
    const url = this.deps.url();
    return `page:${url.host}${url.pathname}`.slice(0, 300);
  }
}
