import type { ChatFinding } from '../signals/chat';
import { highlight } from './highlight';

/** Whose words a note is about: a supplier's message, one the buyer sent, or the draft being typed. */
export type NoteSubject = 'supplier' | 'buyer' | 'draft';

export interface NoteContent {
  subject: NoteSubject;
  /** The message's text as read (page text: only ever put in textContent). */
  text: string;
  findings: readonly ChatFinding[];
  /** Buttons under the note, e.g. "I know this sender". */
  actions: ReadonlyArray<{ label: string; ariaLabel?: string; onClick(): void }>;
}

const HEADLINE: Record<NoteSubject, string> = {
  supplier: 'Careful with this message',
  buyer: 'Careful: your message',
  draft: 'Before you send this',
};

const SEVERITY_ORDER = ['danger', 'warning', 'info'] as const;

/**
 * The note drawn beside a risky message: a headline, the message's words
 * with the evidence in <mark>, and for each finding what was found and what
 * to do instead. Built with the DOM API; every piece of text is textContent.
 */
export function buildNote(doc: Document, content: NoteContent): HTMLElement {
  const severity = topSeverity(content.findings);
  const note = element(doc, 'div', `note note--${severity}`);
  note.setAttribute('role', 'note');
  note.setAttribute('aria-label', `Supplier Radar: ${HEADLINE[content.subject]}`);

  const head = element(doc, 'div', 'head');
  head.append(element(doc, 'span', 'icon'), element(doc, 'span', 'headline', HEADLINE[content.subject]));
  note.append(head);

  const { segments, unplaced } = highlight(
    content.text,
    content.findings.map((finding) => finding.evidence),
  );
  if (content.subject !== 'draft' && segments.length > 0) {
    const quote = element(doc, 'p', 'quote');
    // Arabic or Hebrew words read right to left, in whatever direction the page is.
    quote.setAttribute('dir', 'auto');
    for (const segment of segments) {
      quote.append(
        segment.marked ? element(doc, 'mark', '', segment.text) : doc.createTextNode(segment.text),
      );
    }
    note.append(quote);
  }

  const list = element(doc, 'ul', 'findings');
  for (const finding of ordered(content.findings)) {
    const item = element(doc, 'li', `finding finding--${finding.severity}`);
    item.setAttribute('data-rule', finding.rule);
    item.append(element(doc, 'span', 'finding__what', finding.message));
    const shownApart = content.subject === 'draft' || unplaced.includes(finding.evidence.trim());
    if (shownApart && finding.evidence.trim() !== '') {
      // The words as written where they can be found (a draft is not quoted), else as the detector read them.
      const words = highlight(content.text, [finding.evidence]).segments.find((segment) => segment.marked);
      const evidence = element(doc, 'span', 'finding__evidence', 'Words: ');
      const mark = element(doc, 'mark', '', words?.text ?? finding.evidence.trim());
      mark.setAttribute('dir', 'auto');
      evidence.append(mark);
      item.append(evidence);
    }
    item.append(element(doc, 'span', 'finding__advice', `What to do: ${finding.advice}`));
    list.append(item);
  }
  note.append(list);

  // The buttons, and who is speaking (last, so a narrow chat widget doesn't squeeze the headline).
  const actions = element(doc, 'div', 'actions');
  for (const action of content.actions) {
    const button = element(doc, 'button', '', action.label) as HTMLButtonElement;
    button.type = 'button';
    if (action.ariaLabel) button.setAttribute('aria-label', action.ariaLabel);
    button.addEventListener('click', () => action.onClick());
    actions.append(button);
  }
  actions.append(element(doc, 'span', 'brand', 'Supplier Radar'));
  note.append(actions);
  return note;
}

/** The most serious severity among the findings. */
export function topSeverity(findings: readonly ChatFinding[]): ChatFinding['severity'] {
  return SEVERITY_ORDER.find((level) => findings.some((finding) => finding.severity === level)) ?? 'info';
}

/** Dangers first, then warnings, then notes; a finding said twice is listed once. */
function ordered(findings: readonly ChatFinding[]): ChatFinding[] {
  const seen = new Set<string>();
  return [...findings]
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity))
    .filter((finding) => {
      const key = `${finding.rule}\n${finding.message}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
}

function element(doc: Document, tag: string, className: string, text?: string): HTMLElement {
  const created = doc.createElement(tag);
  if (className) created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}
