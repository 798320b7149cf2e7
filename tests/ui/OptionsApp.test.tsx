import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_JUDGE_SETTINGS } from '../../src/judge/rule-settings';
import { SETTINGS_KEY, SETTINGS_VERSION } from '../../src/storage/settings';
import { OptionsApp, type OptionsDeps } from '../../src/ui/options/OptionsApp';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

function memoryArea(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    get: vi.fn(async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {})),
    set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items))),
  };
}

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

async function mount(area = memoryArea(), remembered = 42) {
  let count = remembered;
  let chat = { accounts: 3, dismissals: 1 };
  const deps: OptionsDeps = {
    area,
    priceHistory: vi.fn(async (clear: boolean) => (clear ? (count = 0) : count)),
    chatMemory: vi.fn(async (clear: boolean) => (clear ? (chat = { accounts: 0, dismissals: 0 }) : chat)),
  };
  act(() => render(<OptionsApp deps={deps} />, root));
  await flush();
  await flush();
  return { area, deps };
}

const $ = (selector: string) => root.querySelector(selector) as HTMLElement;
const type = (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
async function submit(form: HTMLElement) {
  act(() => void form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
  await flush();
  await flush();
}

async function addTarget(product: string, price: string) {
  const inputs = root.querySelectorAll<HTMLInputElement>('[data-testid="add-target"] input');
  act(() => {
    type(inputs[0]!, product);
    type(inputs[1]!, price);
  });
  await submit($('[data-testid="add-target"]'));
}

describe('the options page', () => {
  it('adds a target price, keeping the rest of the settings as they were', async () => {
    const judge = { ...DEFAULT_JUDGE_SETTINGS, minimumEvidence: 4 };
    const { area } = await mount(memoryArea({ [SETTINGS_KEY]: { version: SETTINGS_VERSION, judge } }));
    expect($('[data-testid="targets"]').textContent).toContain('No target prices yet.');
    await addTarget('bubble sofa', '250');
    expect(area.data[SETTINGS_KEY]).toEqual({
      version: SETTINGS_VERSION,
      judge,
      targets: [{ product: 'bubble sofa', price: 250, currency: 'USD', unit: 'piece' }],
    });
    expect($('[data-testid="targets"] table').textContent).toContain('250 USD per piece');
    expect($('[data-testid="message"]').textContent).toBe('Added a target for "bubble sofa".');
  });

  it('refuses a target with no usable price, and writes nothing', async () => {
    const { area } = await mount();
    await addTarget('bubble sofa', 'cheap');
    expect(area.set).not.toHaveBeenCalled();
    expect($('[data-testid="message"]').textContent).toContain('needs product words, a price above zero');
  });

  it('removes a target', async () => {
    const targets = [{ product: 'sofa', price: 250, currency: 'USD', unit: 'piece' }];
    const { area } = await mount(memoryArea({ [SETTINGS_KEY]: { version: SETTINGS_VERSION, targets } }));
    act(() => $('[data-testid="targets"] td button').click());
    await flush();
    await flush();
    expect((area.data[SETTINGS_KEY] as { targets: unknown[] }).targets).toEqual([]);
  });

  it('saves exchange rates with their date, and points at the lines it cannot read', async () => {
    const { area } = await mount();
    const textarea = root.querySelector<HTMLTextAreaElement>('[data-testid="rates"] textarea')!;
    const date = root.querySelector<HTMLInputElement>('[data-testid="rates"] input[type=date]')!;
    expect(textarea.value).toContain('EUR 0.86');
    act(() => type(textarea, 'EUR 0.9\nINR eighty'));
    await submit($('[data-testid="rates"] form'));
    expect($('[data-testid="rates"] [role=alert]').textContent).toContain('INR eighty');
    expect(area.set).not.toHaveBeenCalled();
    act(() => {
      type(textarea, 'EUR 0.9\nINR 88.1');
      type(date, '2026-11-20');
    });
    await submit($('[data-testid="rates"] form'));
    expect(area.data[SETTINGS_KEY]).toMatchObject({
      rates: { date: '2026-11-20', perUsd: { EUR: 0.9, INR: 88.1 } },
    });
    expect($('[data-testid="rates"]').textContent).toContain('entered by you for 2026-11-20');
  });

  it('leaves settings from another version alone', async () => {
    const newer = { version: SETTINGS_VERSION + 1, judge: {} };
    const { area } = await mount(memoryArea({ [SETTINGS_KEY]: newer }));
    await addTarget('bubble sofa', '250');
    expect(area.data[SETTINGS_KEY]).toEqual(newer);
    expect($('[data-testid="message"]').textContent).toContain('another version');
  });

  it('says how many prices are remembered, and clears them', async () => {
    const { deps } = await mount(memoryArea(), 42);
    expect($('[data-testid="history-count"]').textContent).toBe('42 prices remembered.');
    act(() => $('[data-testid="history"] button').click());
    await flush();
    expect(deps.priceHistory).toHaveBeenLastCalledWith(true);
    expect($('[data-testid="history-count"]').textContent).toBe('0 prices remembered.');
  });

  it('says what the chat guard remembers, and forgets it', async () => {
    const { deps } = await mount();
    expect($('[data-testid="chat-memory-count"]').textContent).toBe(
      '3 accounts and 1 dismissed chat remembered.',
    );
    act(() => $('[data-testid="chat-memory"] button').click());
    await flush();
    expect(deps.chatMemory).toHaveBeenLastCalledWith(true);
    expect($('[data-testid="chat-memory-count"]').textContent).toBe(
      '0 accounts and 0 dismissed chats remembered.',
    );
    expect(($('[data-testid="chat-memory"] button') as HTMLButtonElement).disabled).toBe(true);
  });
});
