import type { z } from 'zod';
import type { ShortlistEntry } from './entry';

// What the JSON and CSV readers share. It imports neither of them, nor
// import.ts, so the readers can use it without an import cycle; that is why
// the preview types and the row limit live here (import.ts re-exports them).

/** One supplier in the file, checked: `entry` is set exactly when `errors` is empty. */
export interface ImportRow {
  /** The row as the buyer finds it: the entry's position in JSON (from 1), the spreadsheet row in CSV (the header is row 1). */
  index: number;
  key: string | null;
  name: string | null;
  entry: ShortlistEntry | null;
  errors: string[];
}

export interface ImportPreview {
  format: 'json' | 'csv' | null;
  /** Empty when there is a problem. */
  rows: ImportRow[];
  valid: number;
  invalid: number;
  /** Why nothing in the file can be imported, in plain words. */
  problem: string | null;
}

export const MAX_IMPORT_ROWS = 50_000;
/** A row can be wrong in many ways; the first few say enough. */
const MAX_ERRORS_PER_ROW = 5;

/** A file nothing can be imported from, and why. */
export function previewOfProblem(format: ImportPreview['format'], problem: string): ImportPreview {
  return { format, rows: [], valid: 0, invalid: 0, problem };
}

export function previewOfRows(format: 'json' | 'csv', rows: ImportRow[]): ImportPreview {
  const valid = rows.filter((row) => row.entry !== null).length;
  return { format, rows, valid, invalid: rows.length - valid, problem: null };
}

/**
 * The row, or the row refused when an earlier one (noted in `firstRowOfKey`)
 * has the same key: two versions of one supplier in a file can't both be right.
 */
export function withDuplicateCheck(row: ImportRow, firstRowOfKey: Map<string, number>): ImportRow {
  if (row.key === null) return row;
  const first = firstRowOfKey.get(row.key);
  if (first === undefined) {
    firstRowOfKey.set(row.key, row.index);
    return row;
  }
  return { ...row, entry: null, errors: [...row.errors, `same supplier as row ${first}`] };
}

/** zod's findings as "field path: what is wrong", the first few of them. */
export function issuesInWords(issues: readonly z.core.$ZodIssue[]): string[] {
  const words = issues.slice(0, MAX_ERRORS_PER_ROW).map((issue) => {
    const path = pathInWords(issue.path);
    const message = / received undefined$/.test(issue.message) ? 'missing' : issue.message;
    return path === '' ? message : `${path}: ${message}`;
  });
  const more = issues.length - MAX_ERRORS_PER_ROW;
  return more > 0 ? [...words, `and ${more} more`] : words;
}

function pathInWords(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, part) =>
      typeof part === 'number' ? `${text}[${part}]` : text === '' ? String(part) : `${text}.${String(part)}`,
    '',
  );
}

export function tooManyRows(count: number): string {
  return `The file holds ${count.toLocaleString('en')} suppliers; at most ${MAX_IMPORT_ROWS.toLocaleString('en')} can be imported at once.`;
}
