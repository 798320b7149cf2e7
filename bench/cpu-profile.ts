import type { Page } from 'playwright-core';

/** One CPU sample of the page's main thread, with the time it stands for. */
export interface Sample {
  /** Microseconds, the same clock as trace events. */
  ts: number;
  /** Microseconds until the next sample. */
  dur: number;
  /** Some frame on the stack belongs to a script whose URL starts with the prefix asked for. */
  attributed: boolean;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * V8's sampling profiler on the page's main thread (content scripts run in the
 * page's isolate, in their own world, so their frames carry their
 * chrome-extension:// URL). One sample per ~1 ms: at the trace's own ~0.1 ms the
 * profiler's overhead dominated the content script's time.
 */
export async function startCpuProfile(
  page: Page,
  urlPrefix: string,
  intervalUs = 1_000,
): Promise<{ stop(): Promise<Sample[]> }> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await session.send('Profiler.start');
  return {
    async stop() {
      const { profile } = (await session.send('Profiler.stop')) as { profile: Profile };
      await session.detach().catch(() => {});
      return samplesOf(profile, urlPrefix);
    },
  };
}

function samplesOf(profile: Profile, urlPrefix: string): Sample[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const attributedNode = new Map<number, boolean>();
  const isAttributed = (id: number): boolean => {
    const known = attributedNode.get(id);
    if (known !== undefined) return known;
    const own = byId.get(id)?.callFrame.url.startsWith(urlPrefix) ?? false;
    const up = parent.get(id);
    const result = own || (up !== undefined && isAttributed(up));
    attributedNode.set(id, result);
    return result;
  };
  const ids = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const times: number[] = [];
  let clock = profile.startTime;
  for (const delta of deltas) times.push((clock += delta));
  return ids.map((id, index) => {
    const ts = times[index] ?? clock;
    const next = times[index + 1] ?? ts;
    return { ts, dur: Math.max(0, next - ts), attributed: isAttributed(id) };
  });
}
