import { LevelSchema, type Level } from '../signals/assessment';
import {
  CHECKLIST_ITEMS,
  CHECKLIST_LABEL,
  STATUS_LABEL,
  STATUSES,
  type Checklist,
  type ChecklistItem,
  type Status,
} from './entry';

// The value of one cell of an imported CSV, read leniently (as exported, or
// as a buyer would type it in a spreadsheet); what can't be read is said in
// `errors`, in words, and a default is used.

/** Headings compare by letters and digits only: "URL", "url" and " Url " are one column. */
export function lettersAndDigits(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** A status as exported ("sample-ordered") or as the popup labels it ("Sample ordered"); blank is the default. */
export function statusFrom(text: string, errors: string[]): Status {
  const wanted = lettersAndDigits(text);
  if (wanted === '') return 'considering';
  const status = STATUSES.find(
    (s) => lettersAndDigits(s) === wanted || lettersAndDigits(STATUS_LABEL[s]) === wanted,
  );
  if (!status) errors.push(`status: “${text.trim()}” is not one of ${STATUSES.join(', ')}`);
  return status ?? 'considering';
}

export function levelFrom(text: string, errors: string[]): Level {
  const wanted = lettersAndDigits(text);
  if (wanted === '') return 'unknown';
  const level = LevelSchema.options.find((l) => l === wanted);
  if (!level) errors.push(`level: “${text.trim()}” is not one of ${LevelSchema.options.join(', ')}`);
  return level ?? 'unknown';
}

/** Tags as exported, "a; b"; repeats (ignoring case) are dropped. */
export function tagsFrom(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(';')
    .map((tag) => tag.trim())
    .filter((tag) => {
      const folded = tag.toLocaleLowerCase();
      if (tag === '' || seen.has(folded)) return false;
      seen.add(folded);
      return true;
    });
}

/** A tick can be a date (as exported) or a plain yes typed into the spreadsheet, which counts from now. */
const TICKED_WORDS = new Set(['x', 'y', 'yes', 'true', 'done', '✓', '✔', '1']);

export function checklistFrom(
  cell: (item: ChecklistItem) => string,
  now: number,
  errors: string[],
): Checklist {
  const checklist: Checklist = {};
  for (const item of CHECKLIST_ITEMS) {
    const text = cell(item).trim();
    if (text === '') continue;
    if (TICKED_WORDS.has(text.toLowerCase())) checklist[item] = now;
    else {
      const time = parseTime(text);
      if (time === null) errors.push(`${CHECKLIST_LABEL[item]}: “${text}” is not a date (use yyyy-mm-dd)`);
      else checklist[item] = time;
    }
  }
  return checklist;
}

/** The cell's time; `blank` when the cell is empty, or (with an error) when it is not a date. */
export function timeFrom(field: string, text: string, blank: number, errors: string[]): number {
  if (text.trim() === '') return blank;
  const time = parseTime(text.trim());
  if (time === null) errors.push(`${field}: “${text.trim()}” is not a date (use yyyy-mm-dd)`);
  return time ?? blank;
}

const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Epoch ms of an ISO date or time; a time without a zone is taken as UTC, as
 * exported, so the same file reads the same everywhere. Null when not a real date.
 */
export function parseTime(text: string): number | null {
  const match = ISO_TIME.exec(text);
  if (!match) return null;
  const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '0', zone = 'Z'] = match;
  const normalised =
    `${year}-${month}-${day}T${hour}:${minute}:${second}.${fraction.padEnd(3, '0')}` +
    (zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`);
  const time = Date.parse(normalised);
  // Date.parse rolls "02-30" over to March; a real date reads back the same day.
  const sameDay = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).toISOString().slice(0, 10);
  if (Number.isNaN(time) || sameDay !== `${year}-${month}-${day}` || time < 0) return null;
  return time;
}
