/**
 * CSV as spreadsheets read and write it (RFC 4180), made safe to open: a
 * cell that a spreadsheet would run as a formula is written with a leading
 * apostrophe, which parseCsv takes off again.
 */

export const BOM = '\uFEFF';

/** Starts a formula in Excel, LibreOffice or Sheets (after any apostrophes, so those round-trip too). */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** Rows as CSV text: UTF-8 BOM first (so spreadsheets read Unicode), CRLF after every row. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + csvLines(rows);
}

/** Rows as CSV lines, CRLF after every row, without the BOM: toCsv's text after it, a batch at a time. */
export function csvLines(rows: readonly (readonly string[])[]): string {
  let text = '';
  for (const row of rows) {
    // A row of one empty cell would otherwise be an empty line, which parseCsv skips at the end.
    text += row.length === 1 && row[0] === '' ? '""' : row.map(csvCell).join(',');
    text += '\r\n';
  }
  return text;
}

function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export interface ParsedCsv {
  rows: string[][];
  /** Why the text could not be read, with its line number; rows is then empty. */
  problem: string | null;
}

/** The rows of CSV text, with CRLF or LF line ends, quoted line breaks and doubled quotes. */
export function parseCsv(text: string): ParsedCsv {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let line = 1;
  let at = 0;
  const end = source.length;
  while (at < end) {
    let cell: string;
    if (source[at] === '"') {
      const opened = line;
      cell = '';
      at++;
      for (;;) {
        const quote = source.indexOf('"', at);
        if (quote === -1) {
          return { rows: [], problem: `Line ${opened}: a quoted cell is never closed (a " is missing).` };
        }
        const part = source.slice(at, quote);
        line += countLineBreaks(part);
        cell += part;
        if (source[quote + 1] === '"') {
          cell += '"';
          at = quote + 2;
        } else {
          at = quote + 1;
          break;
        }
      }
      // Anything between the closing quote and the next separator is kept, as spreadsheets do.
      const rest = nextSeparator(source, at);
      cell += source.slice(at, rest);
      at = rest;
    } else {
      const stop = nextSeparator(source, at);
      cell = source.slice(at, stop);
      at = stop;
    }
    row.push(restoreFormula(cell));
    const separator = source[at];
    if (separator === ',') {
      at++;
      continue;
    }
    rows.push(row);
    row = [];
    if (separator === '\r') at += source[at + 1] === '\n' ? 2 : 1;
    else if (separator === '\n') at++;
    line++;
  }
  // The text ended just after a comma: the row's last cell is empty.
  if (row.length > 0) rows.push([...row, '']);
  return { rows, problem: null };
}

function nextSeparator(source: string, from: number): number {
  for (let i = from; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 44 || c === 10 || c === 13) return i;
  }
  return source.length;
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

function restoreFormula(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}
