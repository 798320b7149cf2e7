/** Total readers for JSON of unknown shape: a wrong type reads as null (or []), never throws. */

/** The value at `path` below `value`, or undefined when any step is missing. */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let here = value;
  for (const step of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = (here as Record<string | number, unknown>)[step];
  }
  return here;
}

/** A plain object (not an array), else null. */
export function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** Trimmed non-empty text; finite numbers read as their decimal text. */
export function str(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Trimmed non-empty text from a string only (names, titles): a number is not a name. */
export function text(value: unknown): string | null {
  return typeof value === 'string' ? str(value) : null;
}

/** A finite number, or a plain decimal string such as "13" or "6.0" (no grouping, no units). */
export function num(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return null;
}

/** A boolean (also the strings "true"/"false"), else null. */
export function bool(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return null;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The first argument that is not null. */
export function first<T>(...values: (T | null | undefined)[]): T | null {
  for (const value of values) if (value !== null && value !== undefined) return value;
  return null;
}

/** `parse(text)`, or null when there is no text. */
export function textThen<T>(value: string | null, parse: (text: string) => T | null): T | null {
  return value === null ? null : parse(value);
}
