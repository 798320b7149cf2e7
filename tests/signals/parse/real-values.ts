// Distinct real values from the saved Alibaba pages in ../shared (read-only reference).
// When that folder is absent the real-page checks are skipped, not failed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cwd } from 'node:process';

// Tests run from the project root; happy-dom's URL can't resolve file: URLs.
const PAGES = resolve(cwd(), '../shared/pages/alibaba');
export const HAVE_PAGES = existsSync(PAGES);

function collect(node: unknown, key: RegExp, into: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, key, into);
  } else if (node !== null && typeof node === 'object') {
    for (const [name, value] of Object.entries(node)) {
      if ((typeof value === 'string' || typeof value === 'number') && key.test(name)) into.add(String(value));
      else collect(value, key, into);
    }
  }
}

/** Distinct values of keys matching `key` across every saved JSON file. */
export function jsonValues(key: RegExp): string[] {
  if (!HAVE_PAGES) return [];
  const found = new Set<string>();
  for (const file of readdirSync(PAGES).filter((name) => name.endsWith('.json'))) {
    collect(JSON.parse(readFileSync(join(PAGES, file), 'utf8')), key, found);
  }
  return [...found].filter((value) => value.trim() !== '').sort();
}

function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/).filter((l) => l.length > 0)) {
    const cells = [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1] ?? '');
    rows.push(cells.map((cell) => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell)));
  }
  return rows;
}

/** Distinct non-empty values of one column of the 2020 scraped search CSV. */
export function csvColumn(column: string): string[] {
  if (!HAVE_PAGES) return [];
  const [header = [], ...rows] = csvRows(readFileSync(join(PAGES, 'search-2020-scraped.csv'), 'utf8'));
  const index = header.indexOf(column);
  return [...new Set(rows.map((row) => row[index] ?? ''))].filter((value) => value.trim() !== '').sort();
}

/** Inputs for which `accept` fails; an empty list means every real value parsed. */
export function rejected<T>(
  values: readonly string[],
  parse: (text: string) => T,
  accept: (out: T) => boolean,
) {
  return values.filter((value) => !accept(parse(value)));
}
