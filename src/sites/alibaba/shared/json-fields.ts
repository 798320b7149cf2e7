/** Field readers over one JSON object of unknown shape (search offers): wrong types read as null, never throw. */
import { record } from './json';

export type JsonRecord = Record<string, unknown>;

/** A plain object (not an array), else null. */
export const asRecord: (value: unknown) => JsonRecord | null = record;

/** A string or number field as trimmed text; empty text reads as null. */
export function textField(record: JsonRecord, key: string): string | null {
  const value = record[key];
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** The first of `keys` that holds text. */
export function firstText(record: JsonRecord, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = textField(record, key);
    if (value !== null) return value;
  }
  return null;
}

/** A boolean field (also "true"/"false" strings); anything else is null. */
export function flagField(record: JsonRecord, key: string): boolean | null {
  const value = record[key];
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return null;
}

export function listField(record: JsonRecord, key: string): unknown[] {
  const value = record[key];
  return Array.isArray(value) ? value : [];
}

export function hasKey(record: JsonRecord, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}
