import { locateEvidence, type Segment } from '../ui/highlight';

export type { Segment };

/**
 * Text shown around each piece of evidence; a short message is shown whole.
 * The note sits right under the message, so it quotes only what it must.
 */
const CONTEXT = 40;
const WHOLE_UP_TO = 100;
const ELLIPSIS = '…';

/**
 * The message as runs of text to draw, with <mark> around the evidence
 * (located as in the popup: `locateEvidence`), cut to the words around it
 * when the message is long. Evidence not found in the text comes back in
 * `unplaced`, to be shown apart.
 */
export function highlight(
  text: string,
  evidence: readonly string[],
): { segments: Segment[]; unplaced: string[] } {
  const { ranges, unplaced } = locateEvidence(text, evidence);
  return { segments: excerpt(text, ranges), unplaced };
}

/** The whole text when short, else the evidence with some words around it, gaps shown as "…". */
function excerpt(text: string, ranges: Array<[number, number]>): Segment[] {
  const segments: Segment[] = [];
  const plain = (from: number, to: number) => {
    if (to > from) segments.push({ text: text.slice(from, to), marked: false });
  };
  if (ranges.length === 0) {
    const shown = text.length > WHOLE_UP_TO ? `${text.slice(0, WHOLE_UP_TO).trimEnd()}${ELLIPSIS}` : text;
    return shown === '' ? [] : [{ text: shown, marked: false }];
  }
  const whole = text.length <= WHOLE_UP_TO;
  let cursor = 0;
  for (const [start, end] of ranges) {
    const from = whole ? cursor : Math.max(cursor, start - CONTEXT);
    if (from > cursor) segments.push({ text: ELLIPSIS, marked: false });
    plain(from, start);
    segments.push({ text: text.slice(start, end), marked: true });
    cursor = end;
    if (!whole) {
      const next = ranges.find(([nextStart]) => nextStart >= end)?.[0] ?? text.length;
      const to = Math.min(next, end + CONTEXT);
      plain(end, to);
      cursor = to;
    }
  }
  plain(cursor, whole ? text.length : cursor);
  if (cursor < text.length && !whole) segments.push({ text: ELLIPSIS, marked: false });
  return segments;
}
