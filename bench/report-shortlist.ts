import { BUDGET } from './budget';
import type { ShortlistSamples } from './shortlist-samples';
import { median, ms, perRun, type Row } from './stats';

/** The shortlist's rows (issue 5), medians against its budgets. */
export function shortlistRows(s: ShortlistSamples): Row[] {
  const count = s.entries.toLocaleString('en');
  const firstRow = median(s.firstRowMs);
  const floor = median(s.floorFirstRowMs);
  const keystroke = median(s.keystrokeMs);
  const exportJson = median(s.exportJsonMs);
  const exportCsv = median(s.exportCsvMs);
  const pageJson = median(s.pageExportJsonMs);
  const pageCsv = median(s.pageExportCsvMs);
  const imported = median(s.importMs);
  const preview = median(s.previewMs);
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return [
    {
      metric: `Shortlist of ${count}: popup opened → its first rows in the DOM (from navigation start)`,
      value: ms(firstRow),
      budget: ms(BUDGET.shortlistFirstRowsMs),
      pass: firstRow <= BUDGET.shortlistFirstRowsMs,
      note:
        `the floor, same run: ${ms(floor)} for a page with the popup's styles whose only script draws ` +
        `the same saved rows (the popup takes ${(firstRow / floor).toFixed(2)} times as long); ` +
        `drawn (end of the next frame): ${ms(median(s.firstRowDrawnMs))}; ` +
        `of which before the popup's document starts: ${ms(median(s.documentStartMs))}, ` +
        `its script run: ${ms(median(s.scriptDoneMs))}; all ${count} read and indexed: ${ms(median(s.allIndexedMs))}`,
    },
    {
      metric: `Shortlist search, per keystroke (typing "${s.search}" over ${count}; key → list redrawn)`,
      value: ms(keystroke),
      budget: ms(BUDGET.shortlistKeystrokeMs),
      pass: keystroke <= BUDGET.shortlistKeystrokeMs,
      note: `${s.keystrokeMs.length} keystrokes; slowest ${ms(Math.max(...s.keystrokeMs))}`,
    },
    {
      metric: `Export ${count} as JSON (Node, exportJson)`,
      value: ms(exportJson),
      budget: ms(BUDGET.shortlistExportMs),
      pass: exportJson <= BUDGET.shortlistExportMs,
      note: `${mb(s.jsonBytes)}; in the options page, Export clicked → file handed to the browser (read from IndexedDB included): ${ms(pageJson)}`,
    },
    {
      metric: `Export ${count} as CSV (Node, exportCsv)`,
      value: ms(exportCsv),
      budget: ms(BUDGET.shortlistExportMs),
      pass: exportCsv <= BUDGET.shortlistExportMs,
      note: `${mb(s.csvBytes)}; in the options page, Export clicked → file handed to the browser: ${ms(pageCsv)}`,
    },
    {
      metric: `Import ${count} entries on the options page (Import clicked → outcome shown; ${s.importBatches} transactions)`,
      value: ms(imported),
      budget: ms(BUDGET.shortlistImportMs),
      pass: imported <= BUDGET.shortlistImportMs,
      note: `choosing the file before it, to its preview (next row), makes ${ms(preview + imported)}`,
    },
    {
      metric: `Options page: a ${count}-entry JSON export chosen → its preview shown (read, parsed, every entry validated)`,
      value: ms(preview),
      budget: '—',
      pass: null,
    },
  ];
}

/** Every run's shortlist figures; keystrokes grouped by run. */
export function shortlistPerRunLines(s: ShortlistSamples): string {
  const keysPerRun = s.search.length;
  const keys: string[] = [];
  for (let at = 0; at < s.keystrokeMs.length; at += keysPerRun)
    keys.push(perRun(s.keystrokeMs.slice(at, at + keysPerRun)));
  return [
    `popup first row ms:        ${perRun(s.firstRowMs)}`,
    `popup first row drawn ms:  ${perRun(s.firstRowDrawnMs)}`,
    `floor page first row ms:   ${perRun(s.floorFirstRowMs)}`,
    `popup document start ms:   ${perRun(s.documentStartMs)}`,
    `popup script done ms:      ${perRun(s.scriptDoneMs)}`,
    `popup all indexed ms:      ${perRun(s.allIndexedMs)}`,
    `keystroke ms (per run):    ${keys.join(' | ')}`,
    `import ms:                 ${perRun(s.importMs)}`,
    `import preview ms:         ${perRun(s.previewMs)}`,
    `export JSON ms (page):     ${perRun(s.pageExportJsonMs)}`,
    `export CSV ms (page):      ${perRun(s.pageExportCsvMs)}`,
    `export JSON ms (Node):     ${perRun(s.exportJsonMs)}`,
    `export CSV ms (Node):      ${perRun(s.exportCsvMs)}`,
  ].join('\n');
}
