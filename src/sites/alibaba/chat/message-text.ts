import { QUOTE, QUOTE_OR_TRANSLATION, TEXT, TEXT_PARTS, TRANSLATION_UI_TEXT } from './selectors';

/** One query tells the common row (a single text element) from one with a quote or a translation. */
const FAST_PARTS = `${TEXT}, ${QUOTE_OR_TRANSLATION}`;

/** Longest text sent for one message (ChatMessageSchema allows 20,000). */
export const MAX_TEXT = 20_000;

/** A row's text: the original as the sender wrote it, and with any translation after it. */
export interface RowText {
  /** The original's text: what the row's key is made of (a translation may arrive later). */
  original: string;
  /** Original and translation together: what is checked. */
  full: string;
}

/**
 * The text of a message row, quoted replies left out. Runs for every row of
 * a conversation in the page, so the common row (one text element, no
 * quote, no translation) takes a short path of one query; the others take
 * the general one.
 */
export function readRowText(row: Element): RowText {
  const parts = row.querySelectorAll(FAST_PARTS);
  const only = parts.length === 1 ? (parts[0] as Element) : null;
  if (only && ` ${only.className} `.includes(' text ')) {
    const full = tidy(textOf(only));
    return { original: full, full };
  }
  if (parts.length === 0) return { original: '', full: '' };
  return readRichRowText(row);
}

/** Rows with a quoted reply or a translation: outermost text parts outside the quote, the original apart. */
function readRichRowText(row: Element): RowText {
  const parts = outermost(notQuoted(row.querySelectorAll(TEXT_PARTS)));
  const originalPart = notQuoted(row.querySelectorAll(TEXT))[0] ?? parts[0];
  const full = tidy(parts.map(textOf).join('\n'));
  if (parts.length === 1 && originalPart === parts[0]) return { original: full, full };
  return { original: originalPart ? tidy(textOf(originalPart)) : '', full };
}

function notQuoted(elements: NodeListOf<Element>): Element[] {
  return Array.from(elements).filter((element) => element.closest(QUOTE) === null);
}

/** Drops elements nested in another of the list (a translation wrapper holds its original). */
function outermost(elements: Element[]): Element[] {
  if (elements.length < 2) return elements;
  return elements.filter(
    (element) => !elements.some((other) => other !== element && other.contains(element)),
  );
}

function textOf(element: Element): string {
  if (element.childElementCount === 0) return element.textContent ?? '';
  const out: string[] = [];
  walk(element, out);
  return out.join('');
}

const BLOCKS = new Set(['div', 'p', 'li', 'ul', 'ol', 'br', 'tr', 'pre', 'blockquote', 'h1', 'h2', 'h3']);

function walk(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      out.push((child as Text).data);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    if (element.matches(QUOTE)) continue;
    const block = BLOCKS.has(element.localName);
    if (block) out.push('\n');
    walk(element, out);
    if (element.localName === 'a') appendHref(element, out);
    if (block) out.push('\n');
  }
}

/** A link whose words hide its address: the address is what a look-alike check needs. */
function appendHref(link: Element, out: string[]): void {
  const href = link.getAttribute('href')?.trim() ?? '';
  if (!/^https?:\/\//i.test(href)) return;
  const shown = link.textContent ?? '';
  if (!shown.includes(href.replace(/^https?:\/\//i, '').replace(/\/$/, ''))) out.push(` ${href}`);
}

/** Most message text is tidy already: only text with odd spacing or the translation UI's words is reworked. */
const NEEDS_TIDYING = /^\s|\s$|\s\s|[^\S ]|翻译/;

/** Spaces collapsed, line breaks kept (one at a time), the translation UI's own words dropped. */
function tidy(text: string): string {
  let result = text;
  if (NEEDS_TIDYING.test(result)) {
    for (const label of TRANSLATION_UI_TEXT)
      if (result.includes(label)) result = result.split(label).join(' ');
    result = result
      .replace(/[^\S\n]+/g, ' ')
      .replace(/ *\n\s*/g, '\n')
      .trim();
  }
  return result.length > MAX_TEXT ? result.slice(0, MAX_TEXT) : result;
}
