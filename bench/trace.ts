import type { CDPSession, Page } from 'playwright-core';

/** One Chrome trace event (the fields the bench reads). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds, trace clock. */
  ts: number;
  dur?: number;
  /** Microseconds of thread (CPU) time, on complete events. */
  tdur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

/**
 * Main-thread tasks and what ran in them. Not the trace's own CPU profiler
 * category: on these machines it made the content script run ~4x slower.
 */
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

export interface Recording {
  stop(): Promise<TraceEvent[]>;
}

/** Starts a browser-wide trace through `page`'s DevTools session (it outlives the page's navigations). */
export async function startTrace(page: Page): Promise<Recording> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await session.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) =>
        session.once('Tracing.tracingComplete', () => resolve()),
      );
      await session.send('Tracing.end');
      await complete;
      await session.detach().catch(() => {});
      return events;
    },
  };
}
