import { compatibilityForm } from '../chat/compatibility-form';

/** A run of the original text, marked when it is (part of) a finding's evidence. */
export interface Segment {
  text: string;
  marked: boolean;
}

export interface Highlighted {
  segments: Segment[];
  /** Each placed evidence as the text writes it (its first occurrence): "Western Union" for "western union". */
  asWritten: Map<string, string>;
  /** Evidence not found in the text as written (the detector saw it after undoing a disguise it cannot map back). */
  unplaced: string[];
}

/** What may sit between the letters of a disguised word: spaces, zero-width characters, dots, dashes. */
const SEPARATOR = '[\\s\\u00AD\\u200B-\\u200F\\u2060\\uFEFF._*·-]*';

/** Longer evidence is only looked for as written: a loose pattern per letter would be slow on a long paste. */
const MAX_LOOSE_CHARS = 200;

/**
 * Splits `text` into marked and plain runs. Evidence is the detector's normalised
 * wording ("western union"), so it is looked for in a folded copy of the text
 * (lower case, full-width and other compatibility forms read as plain letters),
 * first as written, then with anything that can hide between letters
 * ("W e s t e r n", "West\u200Bern"); matches are mapped back to the original.
 */
export function highlight(text: string, evidence: readonly string[]): Highlighted {
  const { ranges, asWritten, unplaced } = locateEvidence(text, evidence);
  return { segments: toSegments(text, ranges), asWritten, unplaced };
}

export interface Located {
  /** Where evidence sits in `text`, sorted, overlaps merged. */
  ranges: Array<[number, number]>;
  asWritten: Map<string, string>;
  unplaced: string[];
}

/** Where each piece of evidence sits in the original text (see `highlight`). */
export function locateEvidence(text: string, evidence: readonly string[]): Located {
  const folded = fold(text);
  const ranges: Array<[number, number]> = [];
  const asWritten = new Map<string, string>();
  const unplaced: string[] = [];
  for (const needle of new Set(evidence.map((e) => e.trim()).filter(Boolean))) {
    const plain = fold(needle).text;
    const found = findAll(folded, exactPattern(plain)) ?? findAll(folded, loosePattern(plain));
    if (!found) {
      unplaced.push(needle);
      continue;
    }
    ranges.push(...found);
    asWritten.set(needle, text.slice(...found[0]!));
  }
  return { ranges: merge(ranges), asWritten, unplaced };
}

interface Folded {
  text: string;
  /** For each UTF-16 unit of `text`: where the original character it came from starts and ends. */
  startOf: number[];
  endOf: number[];
}

/** Per character, so every folded unit still knows which original character it stands for. */
function fold(original: string): Folded {
  let text = '';
  const startOf: number[] = [];
  const endOf: number[] = [];
  let at = 0;
  for (const char of original) {
    const folded = compatibilityForm(char).toLowerCase();
    for (let i = 0; i < folded.length; i++) {
      startOf.push(at);
      endOf.push(at + char.length);
    }
    text += folded;
    at += char.length;
  }
  return { text, startOf, endOf };
}

function exactPattern(needle: string): RegExp {
  return new RegExp(escape(needle).replace(/\s+/g, '\\s+'), 'giu');
}

function loosePattern(needle: string): RegExp | null {
  const letters = Array.from(needle.replace(/\s+/g, ''));
  if (letters.length < 2 || letters.length > MAX_LOOSE_CHARS) return null;
  return new RegExp(letters.map(escape).join(SEPARATOR), 'giu');
}

/** Every match, as a range of the original text. */
function findAll(folded: Folded, pattern: RegExp | null): Array<[number, number]> | null {
  if (!pattern) return null;
  const found = Array.from(folded.text.matchAll(pattern), (m): [number, number] => [
    folded.startOf[m.index]!,
    folded.endOf[m.index + m[0].length - 1]!,
  ]);
  return found.length > 0 ? found : null;
}

/** Escapes what a `u` pattern treats as syntax (in `u` mode other escapes are errors). */
function escape(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

function merge(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function toSegments(text: string, ranges: Array<[number, number]>): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}
