import { createHost, hostsOf } from './host';

const HEADER = '.content-header';

/**
 * The way back after "I know this sender": a small "warnings hidden" pill
 * with a button to show them again, in the conversation's header where the
 * page has one, else pinned to the window's corner. One per document.
 */
export function showUndo(doc: Document, onUndo: () => void): Element {
  const existing = hostsOf(doc, 'undo')[0];
  if (existing) return existing;
  const pill = doc.createElement('span');
  pill.className = 'undo';
  pill.append('Supplier Radar: warnings hidden in this chat');
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = 'Show warnings';
  button.addEventListener('click', onUndo);
  pill.append(button);
  const host = createHost(doc, 'undo', pill);
  const header = doc.querySelector(HEADER);
  if (header) header.append(host);
  else {
    host.setAttribute('data-floating', '');
    (doc.body ?? doc.documentElement).append(host);
  }
  return host;
}

export function hideUndo(doc: Document): void {
  for (const host of hostsOf(doc, 'undo')) host.remove();
}

/** Moves keyboard focus to the undo button (after the note that had focus disappeared). */
export function focusUndo(doc: Document): void {
  const host = hostsOf(doc, 'undo')[0];
  (host?.shadowRoot?.querySelector('button') as HTMLButtonElement | null)?.focus();
}
