/** A run of the message's text, marked when it is evidence of a finding. */
export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * Text shown around each piece of evidence; a short message is shown whole.
 * The note sits right under the message, so it quotes only what it must.
 */
const CONTEXT = 40;
const WHOLE_UP_TO = 100;
const ELLIPSIS = '…';

/**
 * Where the evidence sits in the message, as runs of text to draw with
 * <mark> around the evidence. Evidence is the detector's normalised words,
 * so it is looked for case-insensitively, then with anything but letters
 * and digits allowed between its characters ("W.e.s.t.e.r.n U n i o n").
 * Evidence not found in the text comes back in `unplaced`, to be shown apart.
 */
export function highlight(
  text: string,
  evidence: readonly string[],
): { segments: Segment[]; unplaced: string[] } {
  const ranges: Array<[number, number]> = [];
  const unplaced: string[] = [];
  for (const words of new Set(evidence.map((item) => item.trim()).filter((item) => item !== ''))) {
    const found = locate(text, words);
    if (found) ranges.push(found);
    else unplaced.push(words);
  }
  return { segments: excerpt(text, merge(ranges)), unplaced };
}

function locate(text: string, words: string): [number, number] | null {
  if (words.length > 200) return null;
  // Lower case that keeps every index (most text) needs no pattern at all.
  const lower = text.toLowerCase();
  const needle = words.toLowerCase();
  if (lower.length === text.length && needle.length === words.length) {
    const at = lower.indexOf(needle);
    if (at !== -1) return [at, at + words.length];
  }
  for (const pattern of [escape(words), loose(words)]) {
    const match = new RegExp(pattern, 'iu').exec(text);
    if (match && match[0] !== '') return [match.index, match.index + match[0].length];
  }
  return null;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Each letter or digit of the evidence, in order, with only separators allowed between them. */
function loose(words: string): string {
  const characters = Array.from(words).filter((character) => /[\p{L}\p{N}]/u.test(character));
  return characters.map(escape).join('[^\\p{L}\\p{N}]{0,3}');
}

function merge(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
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
