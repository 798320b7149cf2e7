import { BASE_INFO, TEXT_PARTS } from '../sites/alibaba/chat/selectors';
import { GUARD_TAG, isOurs } from './host';

/** The note we put in `row`, if any (a copy the page cloned along with a row is not ours, and is removed). */
export function noteIn(row: Element): Element | null {
  // Asked for every row read, and most rows hold none: one query that finds nothing.
  if (row.querySelector(GUARD_TAG) === null) return null;
  for (const host of Array.from(row.querySelectorAll(GUARD_TAG))) {
    if (host.getAttribute('data-role') !== 'message') continue;
    if (isOurs(host)) return host;
    host.remove();
  }
  return null;
}

/**
 * Puts a note under the message's bubble, beside it in the row: after the
 * element that holds the text, at the level of the sender-and-time line.
 * Only inserts; the page's own nodes are never moved or rewritten.
 */
export function placeNote(row: Element, host: Element): void {
  const text = row.querySelector(TEXT_PARTS);
  const anchor = text ? bubbleOf(row, text) : null;
  if (anchor) anchor.after(host);
  else row.append(host);
}

function bubbleOf(row: Element, text: Element): Element {
  const column = row.querySelector(BASE_INFO)?.parentElement;
  let anchor = text;
  if (column && column.contains(text)) {
    while (anchor.parentElement && anchor.parentElement !== column) anchor = anchor.parentElement;
    return anchor;
  }
  // No sender line: climb out of wrappers that hold nothing else.
  while (
    anchor.parentElement &&
    anchor.parentElement !== row &&
    anchor.parentElement.childElementCount === 1
  ) {
    anchor = anchor.parentElement;
  }
  return anchor;
}
