import type { BrowserContext, Page } from 'playwright-core';
import {
  CHAT_PAGES,
  LARGE_MESSAGES,
  LARGE_RISKY_EVERY,
  NOTE,
  routeChatPages,
  waitForNotes,
} from '../tests/e2e/support/chat-pages';
import { startCpuProfile, type Sample } from './cpu-profile';
import {
  attributedMs,
  attributedTasks,
  pageMainThread,
  threadMs,
  topLevelTasks,
  totalMs,
} from './main-thread';
import { startTrace, type TraceEvent } from './trace';

// The chat guard on a conversation of 2,000 messages (issue 4): what the
// extension costs the page's main thread to read every row, have it checked
// and mark the risky ones.

const LARGE = CHAT_PAGES.large.url;
const EXPECTED_NOTES = LARGE_MESSAGES / LARGE_RISKY_EVERY;
/** Quiet time kept in the recording after the last note, so trailing work is counted. */
const SETTLE_MS = 500;

/** The extension's share of one load of the large conversation. */
export interface ChatPageRun {
  /** Wall time of the main-thread tasks the extension ran (ms). */
  taskMs: number;
  /** Thread (CPU) time of those tasks (ms). */
  cpuMs: number;
  longestTaskMs: number;
  /** Sampled JS time in the extension's own frames (ms). */
  ownJsMs: number;
  tasks: number;
}

/** Per-run figures, one entry per measured run. */
export interface ChatPageSamples {
  messages: number;
  notes: number;
  taskMs: number[];
  cpuMs: number[];
  longestTaskMs: number[];
  ownJsMs: number[];
  tasks: number[];
}

/** Loads the large conversation `runs` times after one discarded warm-up, a new page each time. */
export async function chatPageInBrowser(
  context: BrowserContext,
  extensionId: string,
  runs: number,
): Promise<ChatPageSamples> {
  await routeChatPages(context);
  const prefix = `chrome-extension://${extensionId}/`;
  const samples: ChatPageSamples = {
    messages: LARGE_MESSAGES,
    notes: EXPECTED_NOTES,
    taskMs: [],
    cpuMs: [],
    longestTaskMs: [],
    ownJsMs: [],
    tasks: [],
  };
  for (let run = 0; run <= runs; run++) {
    const measured = await measureLargeChat(context, prefix);
    if (run === 0) continue;
    samples.taskMs.push(measured.taskMs);
    samples.cpuMs.push(measured.cpuMs);
    samples.longestTaskMs.push(measured.longestTaskMs);
    samples.ownJsMs.push(measured.ownJsMs);
    samples.tasks.push(measured.tasks);
  }
  return samples;
}

/** One load in a new page: traced and sampled from navigation until every note is in, plus SETTLE_MS. */
async function measureLargeChat(context: BrowserContext, prefix: string): Promise<ChatPageRun> {
  const page = await context.newPage();
  try {
    const trace = await startTrace(page);
    const profile = await startCpuProfile(page, prefix);
    await page.goto(LARGE);
    await waitForNotes(page, EXPECTED_NOTES, 20_000);
    await page.waitForTimeout(SETTLE_MS);
    const samples = await profile.stop();
    const events = await trace.stop();
    await expectNotes(page);
    return extensionShare(events, samples, prefix);
  } finally {
    await page.close();
  }
}

/** A run that marked the wrong rows measured something else: refuse it. */
async function expectNotes(page: Page): Promise<void> {
  const notes = await page.locator(NOTE).count();
  if (notes !== EXPECTED_NOTES) throw new Error(`the large chat shows ${notes} notes, not ${EXPECTED_NOTES}`);
}

/** The page main thread's top-level tasks the extension ran (see attributedTasks), summed. */
function extensionShare(events: TraceEvent[], samples: Sample[], prefix: string): ChatPageRun {
  const thread = pageMainThread(events, LARGE);
  const tasks = attributedTasks(topLevelTasks(events, thread), samples, events, thread, prefix);
  return {
    taskMs: totalMs(tasks),
    cpuMs: threadMs(tasks, events, thread),
    longestTaskMs: Math.max(0, ...tasks.map((task) => task.dur)) / 1000,
    ownJsMs: attributedMs(samples),
    tasks: tasks.length,
  };
}
