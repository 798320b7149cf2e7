import { vi } from 'vitest';
import type { PageSummary } from '../../../src/messaging/page-protocol';
import { REFERENCE_RATES } from '../../../src/prices/reference-rates';
import type { ShortlistAccess } from '../../../src/shortlist/access';
import type { ShortlistEntry } from '../../../src/shortlist/entry';
import { applyPatch } from '../../../src/shortlist/patch';
import type { AllowedSupplier } from '../../../src/storage/settings-change';
import type { PopupDeps } from '../../../src/ui/popup/popup-deps';

export const searchSummary: PageSummary = {
  site: 'alibaba',
  page: 'search',
  health: 'ok',
  problems: [],
  counts: { low: 30, medium: 12, high: 4, unknown: 2 },
  listingsRead: 48,
  outliers: [],
  riskiest: [],
  pageSupplier: null,
};

/** A promise and the function that settles it: for answers a test holds back. */
export function held<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

/**
 * An in-memory shortlist that applies patches as the background would.
 * `holdAll` keeps all() unanswered until `releaseAll` is called.
 */
export function fakeShortlist(entries: ShortlistEntry[], options: { holdAll?: boolean } = {}) {
  let stored = [...entries];
  const gate = held<void>();
  const access = {
    firstRows: vi.fn(async (limit: number) =>
      [...stored].sort((a, b) => b.addedAt - a.addedAt).slice(0, limit),
    ),
    all: vi.fn(async () => {
      if (options.holdAll) await gate.promise;
      return [...stored];
    }),
    allInParts: async function* () {
      yield [...stored];
    },
    get: vi.fn(async (key: string) => stored.find((entry) => entry.key === key)),
    update: vi.fn<ShortlistAccess['update']>(async (key, patch) => {
      const entry = stored.find((candidate) => candidate.key === key);
      if (!entry) return null;
      const next = applyPatch(entry, patch, Date.UTC(2026, 5, 1));
      stored = stored.map((candidate) => (candidate.key === key ? next : candidate));
      return next;
    }),
    remove: vi.fn(async (keys: string[]) => {
      stored = stored.filter((entry) => !keys.includes(entry.key));
    }),
    importEntries: vi.fn(async () => ({ added: 0, merged: 0 })),
  } satisfies ShortlistAccess;
  return { access, releaseAll: () => gate.resolve() };
}

export function fakeDeps(
  overrides: Partial<PopupDeps> = {},
  entries: ShortlistEntry[] = [],
  allowlist: AllowedSupplier[] = [],
) {
  const shortlist = fakeShortlist(entries);
  const deps = {
    tab: vi.fn(async () => ({ kind: 'summary' as const, summary: searchSummary })),
    sendToTab: vi.fn<PopupDeps['sendToTab']>(async () => ({ ok: true })),
    shortlist: shortlist.access,
    loadSettings: vi.fn(async () => ({ rates: REFERENCE_RATES, allowlist })),
    saveSettings: vi.fn<PopupDeps['saveSettings']>(async () => ({ ok: true as const })),
    ...overrides,
  };
  return deps;
}
