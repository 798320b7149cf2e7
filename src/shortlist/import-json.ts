import { ShortlistEntrySchema } from './entry';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';
import {
  issuesInWords,
  MAX_IMPORT_ROWS,
  previewOfProblem,
  previewOfRows,
  tooManyRows,
  withDuplicateCheck,
  type ImportPreview,
} from './import-rows';

/** A Supplier Radar JSON export, checked entry by entry against the entry schema. */
export function readJson(body: string): ImportPreview {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return previewOfProblem(
      'json',
      /end of|unterminated/i.test(reason)
        ? 'The JSON file ends too early: it was probably cut short while saving. Export it again.'
        : `The file is not valid JSON (${reason}).`,
    );
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) {
    return previewOfProblem('json', 'This JSON file is not a Supplier Radar shortlist export.');
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return previewOfProblem('json', 'This shortlist export has no version number Supplier Radar knows.');
  }
  if (version > EXPORT_VERSION) {
    return previewOfProblem(
      'json',
      `This file was made by a newer version of Supplier Radar (format ${version}). Update the extension, then import it again.`,
    );
  }
  const entries = data.entries;
  if (!Array.isArray(entries))
    return previewOfProblem('json', 'This shortlist export has no list of suppliers.');
  if (entries.length === 0) return previewOfProblem('json', 'This shortlist export holds no suppliers.');
  if (entries.length > MAX_IMPORT_ROWS) return previewOfProblem('json', tooManyRows(entries.length));

  const firstRowOfKey = new Map<string, number>();
  const rows = entries.map((raw: unknown, position) => {
    const index = position + 1;
    // Key and name are shown even for an invalid entry, so the buyer can tell which one it is.
    const key = isRecord(raw) && typeof raw.key === 'string' ? raw.key : null;
    const name = isRecord(raw) && typeof raw.name === 'string' ? raw.name : null;
    const checked = ShortlistEntrySchema.safeParse(raw);
    const errors = checked.success ? [] : issuesInWords(checked.error.issues);
    return withDuplicateCheck(
      { index, key, name, entry: checked.success ? checked.data : null, errors },
      firstRowOfKey,
    );
  });
  return previewOfRows('json', rows);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
