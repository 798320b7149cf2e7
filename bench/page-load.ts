import type { BrowserContext, Page } from 'playwright-core';
import { waitForBadges } from '../tests/e2e/support/cards';
import { timeClonedBatch, timeDrawnBatch, type BatchTiming } from '../tests/e2e/support/clone-cards';
import { startCpuProfile, type Sample } from './cpu-profile';
import {
  attributedMs,
  attributedTasks,
  pageMainThread,
  topLevelTasks,
  totalMs,
  type Task,
} from './main-thread';
import { startTrace } from './trace';

export interface LoadOptions {
  url: string;
  /** Wait for this many badges with verdicts before the quiet period (0 without the extension). */
  badges: number;
  /** Sample the CPU and attribute time to scripts under this URL prefix. */
  profilePrefix?: string;
  /** Quiet time recorded after the page is done (loaded, and badged when badges > 0). */
  settleMs?: number;
}

export interface LoadResult {
  page: Page;
  /** All top-level task time on the page's main thread, navigation to end of the quiet period. */
  mainThreadMs: number;
  /** Sampled time in the profiled scripts (0 unless profilePrefix). */
  attributedMs: number;
  /** Tasks that ran profiled script, longest first. */
  attributedTasks: Task[];
}

/** Opens `url` in a new tab of `context` while tracing it (and sampling its CPU when asked). */
export async function loadAndMeasure(context: BrowserContext, options: LoadOptions): Promise<LoadResult> {
  const page = await context.newPage();
  const trace = await startTrace(page);
  const profile = options.profilePrefix ? await startCpuProfile(page, options.profilePrefix) : null;
  await page.goto(options.url, { waitUntil: 'load' });
  // Also without the extension (0 badges): the wait puts Playwright's helper script in the page,
  // and both runs must carry that cost alike.
  await waitForBadges(page, options.badges);
  await page.waitForTimeout(options.settleMs ?? 500);
  const samples: Sample[] = profile ? await profile.stop() : [];
  const events = await trace.stop();
  const thread = pageMainThread(events, options.url);
  const tasks = topLevelTasks(events, thread);
  const extensionTasks = options.profilePrefix
    ? attributedTasks(tasks, samples, events, thread, options.profilePrefix)
    : [];
  return {
    page,
    mainThreadMs: totalMs(tasks),
    attributedMs: attributedMs(samples),
    attributedTasks: extensionTasks.sort((a, b) => b.dur - a.dur),
  };
}

/**
 * The infinite-scroll case on an already badged page: appends `count` copied
 * cards with new ids. Returns the in-page times until all carry a badge and
 * all carry a verdict and, when `profilePrefix` is given, the sampled
 * main-thread time spent in those scripts meanwhile.
 */
export async function appendBatch(
  page: Page,
  count: number,
  firstId: number,
  profilePrefix?: string,
): Promise<BatchTiming & { attributedMs: number }> {
  const profile = profilePrefix ? await startCpuProfile(page, profilePrefix) : null;
  const timing = await timeClonedBatch(page, { count, firstId });
  // Let the last microtasks and the frame that draws the badges finish inside the profile.
  if (profile) await page.waitForTimeout(100);
  const samples = profile ? await profile.stop() : [];
  return { ...timing, attributedMs: attributedMs(samples) };
}

/** The same batch on a page without the extension: milliseconds until the browser has drawn it. */
export function drawBatch(page: Page, count: number, firstId: number): Promise<number> {
  return timeDrawnBatch(page, { count, firstId });
}
