import { readCsv } from './import-csv';
import { readJson } from './import-json';
import { previewOfProblem, type ImportPreview } from './import-rows';

// The one way into importing: the options page and the tests read files through
// readImport and take its types from here, wherever the parts live.
export { MAX_IMPORT_ROWS, type ImportPreview, type ImportRow } from './import-rows';

const BOM = '\uFEFF';

/**
 * What importing `text` would bring in, row by row, without storing anything:
 * the buyer sees which suppliers are fine and what is wrong with the others
 * before deciding. A Supplier Radar JSON export or a CSV with a header row.
 */
export function readImport(fileName: string, text: string, now: number): ImportPreview {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  if (body.trim() === '') return previewOfProblem(null, 'The file is empty.');
  if (looksBinary(body)) {
    return previewOfProblem(
      null,
      'This is not a text file. Choose a .json or .csv file exported from Supplier Radar.',
    );
  }
  const isJson = /\.json$/i.test(fileName.trim()) || body.trimStart().startsWith('{');
  return isJson ? readJson(body) : readCsv(body, now);
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
