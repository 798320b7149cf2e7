import type { ChatPageSamples } from './chat-page';
import type { ShortlistSamples } from './shortlist';
import type { BundleSize } from './sizes';
import { kb, markdownTable, median, ms, type Row } from './stats';

export const BUDGET = {
  addedMs: 16,
  taskMs: 50,
  ratio: 1.1,
  batchMs: 50,
  contentGzip: 20 * 1024,
  workerJudgeMs: 20,
  chatMessagesPerSecond: 100_000,
  chatPageMs: 20,
  chatPageTaskMs: 50,
  shortlistFirstRowsMs: 50,
  shortlistKeystrokeMs: 50,
  shortlistExportMs: 500,
  shortlistImportMs: 2_000,
};

/** Per-run figures, one entry per measured run. */
export interface RunSamples {
  /** Whole tasks the extension ran on the page's main thread (ms). */
  extensionTaskMs: number[];
  /** Sampled JS time in the extension's own frames (ms). */
  addedMs: number[];
  longestTaskMs: number[];
  withMs: number[];
  withoutMs: number[];
  /** Insertion until every new card holds its verdict. */
  batchMs: number[];
  /** Insertion until every new card holds a badge ("Checking…" or its verdict). */
  batchMarkedMs: number[];
  /** Without the extension: insertion until the page has drawn the new cards. */
  batchDrawnMs: number[];
  batchAddedMs: number[];
}

export function emptySamples(): RunSamples {
  return {
    extensionTaskMs: [],
    addedMs: [],
    longestTaskMs: [],
    withMs: [],
    withoutMs: [],
    batchMs: [],
    batchMarkedMs: [],
    batchDrawnMs: [],
    batchAddedMs: [],
  };
}

/** The README table: medians against the budgets. */
export function benchTable(
  runs: RunSamples,
  cards: number,
  sizes: BundleSize[],
  judge: { medianMs: number },
  worker: { medianMs: number; messageMs: number; offers: number; stored: number } | null,
  chat: { messagesPerSecond: number; messages: number } | null = null,
  shortlist: ShortlistSamples | null = null,
  chatPage: ChatPageSamples | null = null,
): string {
  const added = median(runs.extensionTaskMs);
  const longest = median(runs.longestTaskMs);
  const ratio = median(runs.withMs.map((value, index) => value / (runs.withoutMs[index] as number)));
  const batch = median(runs.batchMs);
  const rows: Row[] = [
    {
      metric: `Main-thread time the extension adds (tasks it ran to read, judge and badge ${cards} cards)`,
      value: ms(added),
      budget: ms(BUDGET.addedMs),
      pass: added <= BUDGET.addedMs,
      note: `of which JS in its own frames, sampled: ${ms(median(runs.addedMs))}`,
    },
    {
      metric: 'Longest task the extension ran',
      value: ms(longest),
      budget: ms(BUDGET.taskMs),
      pass: longest <= BUDGET.taskMs,
    },
    {
      metric: 'Page main-thread time, with ÷ without the extension',
      value: ratio.toFixed(2),
      budget: `≤ ${BUDGET.ratio.toFixed(2)}`,
      pass: ratio <= BUDGET.ratio,
      note: `${ms(median(runs.withMs))} vs ${ms(median(runs.withoutMs))}`,
    },
    {
      metric: `${cards} cards appended by script → each marked "Checking…" (before the page draws them)`,
      value: ms(median(runs.batchMarkedMs)),
      budget: ms(BUDGET.batchMs),
      pass: median(runs.batchMarkedMs) <= BUDGET.batchMs,
    },
    {
      metric: `${cards} cards appended by script → every verdict in`,
      value: ms(batch),
      budget: ms(BUDGET.batchMs),
      pass: batch <= BUDGET.batchMs,
      note: `the page alone takes ${ms(median(runs.batchDrawnMs))} to draw these cards (no extension, same run)`,
    },
    {
      metric: `JS time in the extension's frames for that batch (sampled)`,
      value: ms(median(runs.batchAddedMs)),
      budget: '—',
      pass: null,
    },
    ...sizes.map((size): Row => {
      const content = size.name.startsWith('content-scripts/');
      return {
        metric: `${size.name}, gzipped`,
        value: kb(size.gzip),
        budget: content ? kb(BUDGET.contentGzip) : '—',
        pass: content ? size.gzip <= BUDGET.contentGzip : null,
        note: `${kb(size.raw)} raw`,
      };
    }),
    ...(worker
      ? [
          {
            metric: `Normalise and judge ${worker.offers.toLocaleString('en')} offers in the background worker (page + ${worker.stored.toLocaleString('en')} stored prices)`,
            value: ms(worker.medianMs),
            budget: ms(BUDGET.workerJudgeMs),
            pass: worker.medianMs <= BUDGET.workerJudgeMs,
            note: `the whole message, with validating it and interpreting the records: ${ms(worker.messageMs)}`,
          },
        ]
      : []),
    {
      metric: 'Judge 1,000 listings as one page, with price comparisons (Node)',
      value: ms(judge.medianMs),
      budget: '—',
      pass: null,
      note: `${Math.round(1_000_000 / judge.medianMs).toLocaleString('en')} listings/s`,
    },
    ...(chat
      ? [
          {
            metric: `Chat detector throughput (Node, the ${chat.messages} corpus messages, 60% of them risky)`,
            value: `${Math.round(chat.messagesPerSecond).toLocaleString('en')} msg/s`,
            budget: `≥ ${BUDGET.chatMessagesPerSecond.toLocaleString('en')} msg/s`,
            pass: chat.messagesPerSecond >= BUDGET.chatMessagesPerSecond,
          },
        ]
      : []),
    ...(chatPage ? chatPageRows(chatPage) : []),
    ...(shortlist ? shortlistRows(shortlist) : []),
  ];
  return markdownTable(rows);
}

/** The large conversation's rows (issue 4), medians against its budgets. */
export function chatPageRows(s: ChatPageSamples): Row[] {
  const added = median(s.taskMs);
  const longest = median(s.longestTaskMs);
  const messages = s.messages.toLocaleString('en');
  return [
    {
      metric: `Main-thread time the extension adds to a ${messages}-message chat (tasks it ran to read, check and mark it; ${s.notes} notes)`,
      value: ms(added),
      budget: ms(BUDGET.chatPageMs),
      pass: added <= BUDGET.chatPageMs,
      note: `CPU time of those tasks: ${ms(median(s.cpuMs))}; JS in its own frames, sampled: ${ms(median(s.ownJsMs))}; ${median(s.tasks)} tasks`,
    },
    {
      metric: `Longest task the extension ran in that chat`,
      value: ms(longest),
      budget: ms(BUDGET.chatPageTaskMs),
      pass: longest <= BUDGET.chatPageTaskMs,
    },
  ];
}

/** Every run's figures for the large conversation. */
export function chatPagePerRunLines(s: ChatPageSamples): string {
  const list = (values: number[]) => values.map((value) => value.toFixed(1)).join(' ');
  return [
    `chat extension task ms: ${list(s.taskMs)}`,
    `chat extension CPU ms:  ${list(s.cpuMs)}`,
    `chat extension JS ms:   ${list(s.ownJsMs)}`,
    `chat longest task ms:   ${list(s.longestTaskMs)}`,
    `chat extension tasks:   ${s.tasks.join(' ')}`,
  ].join('\n');
}

/** The shortlist's rows (issue 5), medians against its budgets. */
export function shortlistRows(s: ShortlistSamples): Row[] {
  const count = s.entries.toLocaleString('en');
  const firstRow = median(s.firstRowMs);
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
  const list = (values: number[]) => values.map((value) => value.toFixed(1)).join(' ');
  const perRun = s.search.length;
  const keys: string[] = [];
  for (let at = 0; at < s.keystrokeMs.length; at += perRun)
    keys.push(list(s.keystrokeMs.slice(at, at + perRun)));
  return [
    `popup first row ms:        ${list(s.firstRowMs)}`,
    `popup first row drawn ms:  ${list(s.firstRowDrawnMs)}`,
    `popup document start ms:   ${list(s.documentStartMs)}`,
    `popup script done ms:      ${list(s.scriptDoneMs)}`,
    `popup all indexed ms:      ${list(s.allIndexedMs)}`,
    `keystroke ms (per run):    ${keys.join(' | ')}`,
    `import ms:                 ${list(s.importMs)}`,
    `import preview ms:         ${list(s.previewMs)}`,
    `export JSON ms (page):     ${list(s.pageExportJsonMs)}`,
    `export CSV ms (page):      ${list(s.pageExportCsvMs)}`,
    `export JSON ms (Node):     ${list(s.exportJsonMs)}`,
    `export CSV ms (Node):      ${list(s.exportCsvMs)}`,
  ].join('\n');
}

/** Every run's figures, for judging the spread behind the medians. */
export function perRunLines(runs: RunSamples): string {
  const list = (values: number[]) => values.map((value) => value.toFixed(1)).join(' ');
  return [
    `extension task ms: ${list(runs.extensionTaskMs)}`,
    `extension JS ms:   ${list(runs.addedMs)}`,
    `longest task ms:   ${list(runs.longestTaskMs)}`,
    `with ms:           ${list(runs.withMs)}`,
    `without ms:        ${list(runs.withoutMs)}`,
    `batch marked ms:   ${list(runs.batchMarkedMs)}`,
    `batch verdict ms:  ${list(runs.batchMs)}`,
    `batch drawn ms (no extension): ${list(runs.batchDrawnMs)}`,
    `batch extension ms: ${list(runs.batchAddedMs)}`,
  ].join('\n');
}
