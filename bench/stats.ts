export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export interface Row {
  metric: string;
  value: string;
  budget: string;
  /** null: no budget. */
  pass: boolean | null;
  note?: string;
}

/** A markdown table for the README. */
export function markdownTable(rows: Row[]): string {
  const lines = ['| metric | median | budget | result |', '|---|---:|---:|---|'];
  for (const row of rows) {
    const result = row.pass === null ? '—' : row.pass ? 'pass' : '**FAIL**';
    lines.push(
      `| ${row.metric} | ${row.value} | ${row.budget} | ${result}${row.note ? ` (${row.note})` : ''} |`,
    );
  }
  return lines.join('\n');
}

export const ms = (value: number): string => `${value.toFixed(1)} ms`;
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Every run's values, one decimal each: the spread behind a median. */
export const perRun = (values: number[]): string => values.map((value) => value.toFixed(1)).join(' ');
