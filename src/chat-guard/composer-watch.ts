import type { ChatFinding } from '../signals/chat';
import { COMPOSER, SEND_BOX } from '../sites/alibaba/chat/selectors';
import { createHost } from './host';
import { buildNote } from './note-view';
import type { Timers } from './timeout';

/** Quiet time after the last key press before the draft is checked. */
export const DRAFT_DEBOUNCE_MS = 500;
/** Drafts shorter than this are not worth a check. */
const MIN_DRAFT = 4;

export type CheckDraft = (text: string) => Promise<ChatFinding[]>;

/**
 * Warns beside the composer, while the buyer types, before they send
 * payment details or move the chat off the platform. It only warns:
 * nothing here touches the send button, the keyboard or the draft.
 */
export class ComposerWatch {
  private timer: number | null = null;
  private checking = 0;
  /** The warning on show, if any. */
  private host: Element | null = null;
  /** "Hide" was pressed: no warning until this draft is sent or cleared. */
  private hidden = false;
  private stopped = false;

  constructor(
    private readonly doc: Document,
    private readonly check: CheckDraft,
    private readonly timers: Timers,
  ) {}

  start(): void {
    // Captured at the document: the composer may be drawn, or drawn again, at any time.
    this.doc.addEventListener('input', this.onInput, true);
  }

  stop(): void {
    this.stopped = true;
    this.doc.removeEventListener('input', this.onInput, true);
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.clear();
  }

  /** After any change to the page: a draft that was sent (the composer emptied) takes its warning with it. */
  refresh(): void {
    if (this.host && this.draft().trim() === '') this.clear();
    if (this.hidden && this.draft().trim() === '') this.hidden = false;
  }

  private readonly onInput = (event: Event): void => {
    const target = event.target as Element | null;
    if (!target || typeof target.closest !== 'function' || !target.closest(`${COMPOSER}, ${SEND_BOX}`))
      return;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.checkDraft();
    }, DRAFT_DEBOUNCE_MS);
  };

  private async checkDraft(): Promise<void> {
    const text = this.draft();
    if (text.trim().length < MIN_DRAFT) {
      this.hidden = false;
      this.clear();
      return;
    }
    const turn = ++this.checking;
    let findings: ChatFinding[];
    try {
      findings = await this.check(text);
    } catch {
      return; // No answer: leave the page as it is.
    }
    // A later draft is being checked, or the buyer typed on: that check decides.
    if (this.stopped || turn !== this.checking || this.draft() !== text) return;
    if (findings.length === 0) this.clear();
    else if (!this.hidden) this.show(text, findings);
  }

  private show(text: string, findings: ChatFinding[]): void {
    const composer = this.composer();
    if (!composer) return;
    const note = buildNote(this.doc, {
      subject: 'draft',
      text,
      findings,
      actions: [
        {
          label: 'Hide',
          ariaLabel: 'Hide this warning until this message is sent',
          onClick: () => this.hide(),
        },
      ],
    });
    const host = createHost(this.doc, 'draft', note);
    this.clear();
    (composer.closest(SEND_BOX) ?? composer).before(host);
    this.host = host;
  }

  private hide(): void {
    this.hidden = true;
    this.clear();
  }

  private clear(): void {
    this.host?.remove();
    this.host = null;
  }

  /** The composer: the editable one where there are several (a textarea and the <pre> mirroring it). */
  private composer(): Element | null {
    const found = Array.from(this.doc.querySelectorAll(COMPOSER));
    return found.find(isEditable) ?? found[0] ?? null;
  }

  private draft(): string {
    const composer = this.composer();
    if (!composer) return '';
    if (composer.localName === 'textarea' || composer.localName === 'input') {
      return (composer as HTMLTextAreaElement).value;
    }
    return composer.textContent ?? '';
  }
}

function isEditable(element: Element): boolean {
  return (
    element.localName === 'textarea' ||
    element.localName === 'input' ||
    (element.getAttribute('contenteditable') ?? 'false') !== 'false'
  );
}
