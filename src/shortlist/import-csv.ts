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
  type Status,
} from './entry';
import {
  issuesInWords,
  MAX_IMPORT_ROWS,
  previewOfProblem,
  previewOfRows,
  tooManyRows,
  withDuplicateCheck,
  type ImportPreview,
  type ImportRow,
} from './import-rows';
import { supplierKey } from './supplier-key';

// One supplier per row, columns found by their heading: a CSV exported from
// Supplier Radar, or one the buyer typed or edited in a spreadsheet.

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

/**
 * A blank "Updated" means we don't know when the row was last changed: 0 makes
 * it older than anything stored, so mergeEntry keeps the stored status, name
 * and assessment instead of the CSV's defaults, and still adds the row's tags,
 * notes and checklist ticks.
 */
const UNKNOWN_UPDATE_TIME = 0;

export function readCsv(body: string, now: number): ImportPreview {
  const parsed = parseCsv(body);
  if (parsed.problem !== null) return previewOfProblem('csv', parsed.problem);
  // Spreadsheet row numbers count every record, blank ones too.
  const records = parsed.rows
    .map((cells, position) => ({ cells, index: position + 1 }))
    .filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  const [header, ...data] = records;
  if (!header) return previewOfProblem('csv', 'The file is empty.');
  const columns = columnsOf(header.cells);
  if (!columns.has('key') && !columns.has('url')) {
    return previewOfProblem(
      'csv',
      'The first row must name the columns, with at least “Key” or “URL”, as in a CSV exported from Supplier Radar.',
    );
  }
  if (data.length === 0) return previewOfProblem('csv', 'The file has column headings but no suppliers.');
  if (data.length > MAX_IMPORT_ROWS) return previewOfProblem('csv', tooManyRows(data.length));

  const firstRowOfKey = new Map<string, number>();
  const rows = data.map((record) =>
    withDuplicateCheck(rowFromCells(record.index, record.cells, columns, now), firstRowOfKey),
  );
  return previewOfRows('csv', rows);
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
  const updatedAt = timeFrom('updated', cell('updated'), UNKNOWN_UPDATE_TIME, errors);
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

/** The cell's time; `blank` when the cell is empty, or (with an error) when it is not a date. */
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
