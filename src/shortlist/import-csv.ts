import { emptySupplier } from '../signals/empty-supplier';
import { SITE_IDS, type SiteId } from '../signals/reading';
import { parseCsv } from './csv';
import { checklistFrom, lettersAndDigits, levelFrom, statusFrom, tagsFrom, timeFrom } from './csv-cells';
import { CHECKLIST_ITEMS, CHECKLIST_LABEL, ShortlistEntrySchema, type ChecklistItem } from './entry';
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
