import type { Sample } from './cpu-profile';
import type { TraceEvent } from './trace';

export interface Task {
  ts: number;
  dur: number;
}

/**
 * The renderer main thread that parsed `pageUrl` (the page's own thread, not a worker's). Compared
 * without the hash: a chat page's address ends in `#/`, which the trace may leave out.
 */
export function pageMainThread(events: TraceEvent[], pageUrl: string): { pid: number; tid: number } {
  const withoutHash = (url: string) => url.split('#')[0];
  const parse = events.find(
    (event) =>
      event.name === 'ParseHTML' &&
      withoutHash((event.args?.beginData as { url?: string })?.url ?? '') === withoutHash(pageUrl),
  );
  if (!parse) throw new Error(`the trace shows no parsing of ${pageUrl}`);
  return { pid: parse.pid, tid: parse.tid };
}

/** Top-level tasks on one thread (RunTask events not inside another), in time order. */
export function topLevelTasks(events: TraceEvent[], thread: { pid: number; tid: number }): Task[] {
  const runs = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid)
    .map((e) => ({ ts: e.ts, dur: e.dur ?? 0 }))
    .sort((a, b) => a.ts - b.ts);
  const tasks: Task[] = [];
  for (const run of runs) {
    const last = tasks[tasks.length - 1];
    if (last && run.ts < last.ts + last.dur) continue; // nested (a nested run loop)
    tasks.push(run);
  }
  return tasks;
}

export function totalMs(tasks: Task[]): number {
  return tasks.reduce((sum, task) => sum + task.dur, 0) / 1000;
}

/**
 * CPU (thread) time of `tasks` in ms, from the trace's per-task thread durations: their wall time
 * also counts waiting for a core another process holds. A task without one counts its wall time.
 */
export function threadMs(tasks: Task[], events: TraceEvent[], thread: { pid: number; tid: number }): number {
  const byStart = new Map<number, number>();
  for (const event of events) {
    if (
      event.name === 'RunTask' &&
      event.pid === thread.pid &&
      event.tid === thread.tid &&
      event.tdur !== undefined
    )
      byStart.set(event.ts, event.tdur);
  }
  return tasks.reduce((sum, task) => sum + (byStart.get(task.ts) ?? task.dur), 0) / 1000;
}

/** Sampled time (ms) whose stack holds an attributed frame. */
export function attributedMs(samples: Sample[]): number {
  return samples.reduce((sum, sample) => sum + (sample.attributed ? sample.dur : 0), 0) / 1000;
}

/**
 * Tasks the extension ran: those holding an attributed sample, or a trace event
 * (script evaluation, compile, function call) naming a URL with `urlPrefix`.
 */
export function attributedTasks(
  tasks: Task[],
  samples: Sample[],
  events: TraceEvent[],
  thread: { pid: number; tid: number },
  urlPrefix: string,
): Task[] {
  const marks = samples.filter((sample) => sample.attributed).map((sample) => sample.ts);
  for (const event of events) {
    if (event.pid !== thread.pid || event.tid !== thread.tid) continue;
    const url = (event.args?.data as { url?: string } | undefined)?.url;
    if (typeof url === 'string' && url.startsWith(urlPrefix)) marks.push(event.ts);
  }
  return tasks.filter((task) => marks.some((ts) => ts >= task.ts && ts <= task.ts + task.dur));
}
