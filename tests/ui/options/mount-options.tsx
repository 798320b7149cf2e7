import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import type { ShortlistEntry } from '../../../src/shortlist/entry';
import { saveSettings } from '../../../src/storage/save-settings';
import { loadSettings, SETTINGS_KEY } from '../../../src/storage/settings';
import { OptionsApp, type OptionsDeps } from '../../../src/ui/options/OptionsApp';

export const NOW = Date.UTC(2026, 10, 20, 12);

export const root = document.createElement('div');
document.body.append(root);

/** browser.storage.local, in memory. */
export function memoryArea(settings?: unknown) {
  const data: Record<string, unknown> =
    settings === undefined ? {} : { [SETTINGS_KEY]: structuredClone(settings) };
  return {
    data,
    get: vi.fn(async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {})),
    set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items))),
  };
}

export const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
export async function settle() {
  for (let i = 0; i < 4; i++) await flush();
}

/**
 * The options page over a fake background: settings are saved with the real
 * saveSettings into an in-memory storage and read back with loadSettings.
 */
export async function mountOptions(
  options: {
    settings?: unknown;
    shortlist?: ShortlistEntry[];
    storagePersisted?: () => Promise<boolean | null>;
    askToPersist?: () => Promise<boolean | null>;
  } = {},
) {
  const area = memoryArea(options.settings);
  let shortlist = [...(options.shortlist ?? [])];
  let prices = 42;
  let chat = { accounts: 3, dismissals: 1 };
  const deps = {
    settings: {
      load: vi.fn(() => loadSettings(area)),
      save: vi.fn((change: Parameters<typeof saveSettings>[1]) => saveSettings(area, change, NOW)),
    },
    shortlist: {
      all: vi.fn(async () => shortlist),
      // In two batches, as the store reads a long list.
      allInParts: async function* () {
        const half = Math.ceil(shortlist.length / 2);
        yield shortlist.slice(0, half);
        yield shortlist.slice(half);
      },
      importEntries: vi.fn(async (entries: ShortlistEntry[], onProgress?: (done: number) => void) => {
        const keys = new Set(shortlist.map((entry) => entry.key));
        const added = entries.filter((entry) => !keys.has(entry.key));
        shortlist = [...shortlist, ...added];
        onProgress?.(entries.length);
        return { added: added.length, merged: entries.length - added.length };
      }),
    },
    deleteEverything: vi.fn(async () => {
      shortlist = [];
      prices = 0;
      chat = { accounts: 0, dismissals: 0 };
      delete area.data[SETTINGS_KEY];
    }),
    storagePersisted: vi.fn(options.storagePersisted ?? (async (): Promise<boolean | null> => true)),
    askToPersist: vi.fn(options.askToPersist ?? (async (): Promise<boolean | null> => false)),
    priceHistory: vi.fn(async (clear: boolean) => (clear ? (prices = 0) : prices)),
    chatMemory: vi.fn(async (clear: boolean) => (clear ? (chat = { accounts: 0, dismissals: 0 }) : chat)),
    now: () => NOW,
  } satisfies OptionsDeps;
  act(() => render(<OptionsApp deps={deps} />, root));
  await settle();
  return { area, deps };
}

export const $ = (selector: string) => root.querySelector(selector) as HTMLElement;
export const text = (testId: string) => root.querySelector(`[data-testid="${testId}"]`)?.textContent ?? null;

export function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function click(element: HTMLElement) {
  act(() => element.click());
  await settle();
}

export async function submit(form: HTMLElement) {
  act(() => void form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
  await settle();
}

/** The button whose visible text is `label`, within `scope`. */
export function button(label: string, scope: ParentNode = root): HTMLButtonElement {
  const found = Array.from(scope.querySelectorAll('button')).find((b) => b.textContent?.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}
