import type { ChatPageSamples } from './chat-page';
import type { ShortlistSamples } from './shortlist-samples';
import type { BundleSize } from './sizes';
import { BUDGET } from './budget';
import { chatPageRows } from './report-chat';
import { shortlistRows } from './report-shortlist';
import { kb, markdownTable, median, ms, perRun, type Row } from './stats';
import { MAX_CHECKED_LENGTH } from '../src/chat/message-view';

/** The chat detector's figures in Node: throughput, and the long-message worst case when it was measured. */
export interface ChatInNode {
  messagesPerSecond: number;
  messages: number;
  long?: { slowestMs: number; medianMs: number; messages: number };
}

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
  chat: ChatInNode | null = null,
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
          ...(chat.long
            ? [
                {
                  metric: `Slowest check of a message at the detector's limit (Node; ${chat.long.messages} messages, each repeated to ${MAX_CHECKED_LENGTH.toLocaleString('en')} characters)`,
                  value: ms(chat.long.slowestMs),
                  budget: '—',
                  pass: null,
                  note: `median check ${ms(chat.long.medianMs)}: the corpus and the hard cases in bench/long-message-seeds.txt`,
                },
              ]
            : []),
        ]
      : []),
    ...(chatPage ? chatPageRows(chatPage) : []),
    ...(shortlist ? shortlistRows(shortlist) : []),
  ];
  return markdownTable(rows);
}

/** Every run's figures, for judging the spread behind the medians. */
export function perRunLines(runs: RunSamples): string {
  return [
    `extension task ms: ${perRun(runs.extensionTaskMs)}`,
    `extension JS ms:   ${perRun(runs.addedMs)}`,
    `longest task ms:   ${perRun(runs.longestTaskMs)}`,
    `with ms:           ${perRun(runs.withMs)}`,
    `without ms:        ${perRun(runs.withoutMs)}`,
    `batch marked ms:   ${perRun(runs.batchMarkedMs)}`,
    `batch verdict ms:  ${perRun(runs.batchMs)}`,
    `batch drawn ms (no extension): ${perRun(runs.batchDrawnMs)}`,
    `batch extension ms: ${perRun(runs.batchAddedMs)}`,
  ].join('\n');
}
