import type { z } from 'zod';
import { LevelSchema, type Level } from '../signals/assessment';
import { emptySupplier } from '../signals/empty-supplier';
import { SITE_IDS, type SiteId } from '../signals/reading';
import { parseCsv } from './csv';
import {
  CHECKLIST_ITEMS,
  CHECKLIST_LABEL,
  STATUS_LABEL,
  STATUSES,
  ShortlistEntrySchema,
  type Checklist,
  type ChecklistItem,
  type ShortlistEntry,
  type Status,
} from './entry';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';
import { supplierKey } from './supplier-key';

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

const BOM = '\uFEFF';

/**
 * What importing `text` would bring in, row by row, without storing anything:
 * the buyer sees which suppliers are fine and what is wrong with the others
 * before deciding. A Supplier Radar JSON export or a CSV with a header row.
 */
export function readImport(fileName: string, text: string, now: number): ImportPreview {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  if (body.trim() === '') return failed(null, 'The file is empty.');
  if (looksBinary(body)) {
    return failed(null, 'This is not a text file. Choose a .json or .csv file exported from Supplier Radar.');
  }
  const isJson = /\.json$/i.test(fileName.trim()) || body.trimStart().startsWith('{');
  return isJson ? readJson(body) : readCsv(body, now);
}

function failed(format: ImportPreview['format'], problem: string): ImportPreview {
  return { format, rows: [], valid: 0, invalid: 0, problem };
}

function preview(format: 'json' | 'csv', rows: ImportRow[]): ImportPreview {
  const valid = rows.filter((row) => row.entry !== null).length;
  return { format, rows, valid, invalid: rows.length - valid, problem: null };
}

/** Many control (NUL…) or undecodable characters: the file was never text, or not UTF-8 text. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8_192);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  return odd > sample.length * 0.1;
}

// ---- JSON: a Supplier Radar export, entry by entry ----

function readJson(body: string): ImportPreview {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failed(
      'json',
      /end of|unterminated/i.test(reason)
        ? 'The JSON file ends too early: it was probably cut short while saving. Export it again.'
        : `The file is not valid JSON (${reason}).`,
    );
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) {
    return failed('json', 'This JSON file is not a Supplier Radar shortlist export.');
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return failed('json', 'This shortlist export has no version number Supplier Radar knows.');
  }
  if (version > EXPORT_VERSION) {
    return failed(
      'json',
      `This file was made by a newer version of Supplier Radar (format ${version}). Update the extension, then import it again.`,
    );
  }
  const entries = data.entries;
  if (!Array.isArray(entries)) return failed('json', 'This shortlist export has no list of suppliers.');
  if (entries.length === 0) return failed('json', 'This shortlist export holds no suppliers.');
  if (entries.length > MAX_IMPORT_ROWS) return failed('json', tooManyRows(entries.length));

  const firstRowOfKey = new Map<string, number>();
  const rows = entries.map((raw: unknown, position) => {
    const index = position + 1;
    const key = isRecord(raw) && typeof raw.key === 'string' ? raw.key : null;
    const name = isRecord(raw) && typeof raw.name === 'string' ? raw.name : null;
    const checked = ShortlistEntrySchema.safeParse(raw);
    const errors = checked.success ? [] : issuesInWords(checked.error.issues);
    return withDuplicateCheck(
      { index, key, name, entry: checked.success ? checked.data : null, errors },
      firstRowOfKey,
    );
  });
  return preview('json', rows);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---- CSV: one supplier per row, columns found by their heading ----

type Field =
  'key' | 'name' | 'url' | 'status' | 'level' | 'tags' | 'notes' | 'added' | 'updated' | ChecklistItem;

/** Headings compare by letters and digits only: "URL", "url" and " Url " are one column. */
function lettersAndDigits(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

const FIELD_OF_HEADING: ReadonlyMap<string, Field> = new Map<string, Field>([
  ...(['key', 'name', 'url', 'status', 'level', 'tags', 'notes', 'added', 'updated'] as const).map(
    (field) => [lettersAndDigits(field), field] as [string, Field],
  ),
  ...CHECKLIST_ITEMS.flatMap((item) => [
    [lettersAndDigits(item), item] as [string, Field],
    [lettersAndDigits(CHECKLIST_LABEL[item]), item] as [string, Field],
  ]),
]);

function readCsv(body: string, now: number): ImportPreview {
  const parsed = parseCsv(body);
  if (parsed.problem !== null) return failed('csv', parsed.problem);
  // Spreadsheet row numbers count every record, blank ones too.
  const records = parsed.rows
    .map((cells, position) => ({ cells, index: position + 1 }))
    .filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  const [header, ...data] = records;
  if (!header) return failed('csv', 'The file is empty.');
  const columns = columnsOf(header.cells);
  if (!columns.has('key') && !columns.has('url')) {
    return failed(
      'csv',
      'The first row must name the columns, with at least “Key” or “URL”, as in a CSV exported from Supplier Radar.',
    );
  }
  if (data.length === 0) return failed('csv', 'The file has column headings but no suppliers.');
  if (data.length > MAX_IMPORT_ROWS) return failed('csv', tooManyRows(data.length));

  const firstRowOfKey = new Map<string, number>();
  const rows = data.map((record) =>
    withDuplicateCheck(rowFromCells(record.index, record.cells, columns, now), firstRowOfKey),
  );
  return preview('csv', rows);
}

/** Where each known field is; unknown headings are left out, and a repeated one counts once. */
function columnsOf(headings: readonly string[]): Map<Field, number> {
  const columns = new Map<Field, number>();
  headings.forEach((heading, at) => {
    const field = FIELD_OF_HEADING.get(lettersAndDigits(heading));
    if (field && !columns.has(field)) columns.set(field, at);
  });
  return columns;
}

function rowFromCells(
  index: number,
  cells: readonly string[],
  columns: Map<Field, number>,
  now: number,
): ImportRow {
  const cell = (field: Field): string => {
    const at = columns.get(field);
    return at === undefined ? '' : (cells[at] ?? '');
  };
  const errors: string[] = [];
  const url = cell('url').trim() || null;
  const key = cell('key').trim() || keyFromUrl(url);
  const name = cell('name').trim() === '' ? null : cell('name');
  const site = key === null ? null : siteOfKey(key);
  if (key === null) errors.push('key: missing, and the URL is not a supplier storefront');
  else if (site === null)
    errors.push(`key: should start with ${SITE_IDS.map((id) => `“${id}:”`).join(' or ')}`);

  const status = statusFrom(cell('status'), errors);
  const level = levelFrom(cell('level'), errors);
  const checklist = checklistFrom(cell, now, errors);
  const addedAt = timeFrom('added', cell('added'), now, errors);
  const updatedAt = timeFrom('updated', cell('updated'), Math.max(now, addedAt), errors);
  if (errors.length > 0 || key === null || site === null) return { index, key, name, entry: null, errors };

  const checked = ShortlistEntrySchema.safeParse({
    key,
    site,
    name,
    url,
    signals: emptySupplier(),
    assessment: null,
    level,
    offers: [],
    status,
    notes: cell('notes'),
    tags: tagsFrom(cell('tags')),
    checklist,
    history: [],
    addedAt,
    updatedAt,
  });
  if (!checked.success) return { index, key, name, entry: null, errors: issuesInWords(checked.error.issues) };
  return { index, key, name, entry: checked.data, errors: [] };
}

function keyFromUrl(url: string | null): string | null {
  for (const site of SITE_IDS) {
    const key = supplierKey(site, url);
    if (key !== null) return key;
  }
  return null;
}

/** The site a key names before its colon ("alibaba:acme"); null when it names none we know. */
function siteOfKey(key: string): SiteId | null {
  const colon = key.indexOf(':');
  if (colon <= 0 || colon === key.length - 1) return null;
  const prefix = key.slice(0, colon);
  return SITE_IDS.find((site) => site === prefix) ?? null;
}

/** A status as exported ("sample-ordered") or as the popup labels it ("Sample ordered"); blank is the default. */
function statusFrom(text: string, errors: string[]): Status {
  const wanted = lettersAndDigits(text);
  if (wanted === '') return 'considering';
  const status = STATUSES.find(
    (s) => lettersAndDigits(s) === wanted || lettersAndDigits(STATUS_LABEL[s]) === wanted,
  );
  if (!status) errors.push(`status: “${text.trim()}” is not one of ${STATUSES.join(', ')}`);
  return status ?? 'considering';
}

function levelFrom(text: string, errors: string[]): Level {
  const wanted = lettersAndDigits(text);
  if (wanted === '') return 'unknown';
  const level = LevelSchema.options.find((l) => l === wanted);
  if (!level) errors.push(`level: “${text.trim()}” is not one of ${LevelSchema.options.join(', ')}`);
  return level ?? 'unknown';
}

/** Tags as exported, "a; b"; repeats (ignoring case) are dropped. */
function tagsFrom(text: string): string[] {
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

function checklistFrom(cell: (field: Field) => string, now: number, errors: string[]): Checklist {
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

function timeFrom(field: string, text: string, blank: number, errors: string[]): number {
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

// ---- shared ----

function withDuplicateCheck(row: ImportRow, firstRowOfKey: Map<string, number>): ImportRow {
  if (row.key === null) return row;
  const first = firstRowOfKey.get(row.key);
  if (first === undefined) {
    firstRowOfKey.set(row.key, row.index);
    return row;
  }
  return { ...row, entry: null, errors: [...row.errors, `same supplier as row ${first}`] };
}

/** zod's findings as "field path: what is wrong", the first few of them. */
function issuesInWords(issues: readonly z.core.$ZodIssue[]): string[] {
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

function tooManyRows(count: number): string {
  return `The file holds ${count.toLocaleString('en')} suppliers; at most ${MAX_IMPORT_ROWS.toLocaleString('en')} can be imported at once.`;
}
