import type { ImportRow } from '../../shortlist/import';

export type RowOutcome = 'new' | 'merge' | 'invalid';

/** What importing a row would do: add a supplier, merge into one already on the shortlist, or nothing. */
export function rowOutcome(row: ImportRow, existingKeys: ReadonlySet<string>): RowOutcome {
  if (row.entry === null) return 'invalid';
  return existingKeys.has(row.entry.key) ? 'merge' : 'new';
}

export function countOutcomes(
  rows: readonly ImportRow[],
  existingKeys: ReadonlySet<string>,
): Record<RowOutcome, number> {
  const counts = { new: 0, merge: 0, invalid: 0 };
  for (const row of rows) counts[rowOutcome(row, existingKeys)]++;
  return counts;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
