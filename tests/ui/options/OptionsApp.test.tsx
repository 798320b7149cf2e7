import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_JUDGE_SETTINGS } from '../../../src/judge/rule-settings';
import { SETTINGS_KEY, SETTINGS_VERSION } from '../../../src/storage/settings';
import { $, mountOptions, root, settle, submit, text, type } from './mount-options';

afterEach(() => render(null, root));

async function addTarget(product: string, price: string) {
  const inputs = root.querySelectorAll<HTMLInputElement>('[data-testid="add-target"] input');
  type(inputs[0]!, product);
  type(inputs[1]!, price);
  await submit($('[data-testid="add-target"]'));
}

describe('the options page', () => {
  it('adds a target price through the background, keeping the rest of the settings as they were', async () => {
    const judge = { ...DEFAULT_JUDGE_SETTINGS, minimumEvidence: 4 };
    const { area, deps } = await mountOptions({ settings: { version: SETTINGS_VERSION, judge } });
    expect(text('targets')).toContain('No target prices yet.');
    await addTarget('bubble sofa', '250');
    const sofa = { product: 'bubble sofa', price: 250, currency: 'USD', unit: 'piece' };
    expect(deps.settings.save).toHaveBeenCalledWith({ targets: [sofa] });
    expect(area.data[SETTINGS_KEY]).toEqual({ version: SETTINGS_VERSION, judge, targets: [sofa] });
    expect($('[data-testid="targets"] table').textContent).toContain('250 USD per piece');
    expect(text('message')).toBe('Added a target for "bubble sofa".');
  });

  it('refuses a target with no usable price, and sends nothing', async () => {
    const { deps } = await mountOptions();
    await addTarget('bubble sofa', 'cheap');
    expect(deps.settings.save).not.toHaveBeenCalled();
    expect(text('message')).toContain('needs product words, a price above zero');
  });

  it('removes a target', async () => {
    const targets = [{ product: 'sofa', price: 250, currency: 'USD', unit: 'piece' }];
    const { area } = await mountOptions({ settings: { version: SETTINGS_VERSION, targets } });
    act(() => $('[data-testid="targets"] td button').click());
    await settle();
    expect((area.data[SETTINGS_KEY] as { targets: unknown[] }).targets).toEqual([]);
  });

  it('saves exchange rates with their date, and points at the lines it cannot read', async () => {
    const { area, deps } = await mountOptions();
    const textarea = root.querySelector<HTMLTextAreaElement>('[data-testid="rates"] textarea')!;
    const date = root.querySelector<HTMLInputElement>('[data-testid="rates"] input[type=date]')!;
    expect(textarea.value).toContain('EUR 0.86');
    type(textarea, 'EUR 0.9\nINR eighty');
    await submit($('[data-testid="rates"] form'));
    expect($('[data-testid="rates"] [role=alert]').textContent).toContain('INR eighty');
    expect(deps.settings.save).not.toHaveBeenCalled();
    type(textarea, 'EUR 0.9\nINR 88.1');
    type(date, '2026-11-20');
    await submit($('[data-testid="rates"] form'));
    expect(area.data[SETTINGS_KEY]).toMatchObject({
      rates: { date: '2026-11-20', perUsd: { EUR: 0.9, INR: 88.1 } },
    });
    expect(text('rates')).toContain('entered by you for 2026-11-20');
  });

  it('leaves settings from a newer version alone, and says so', async () => {
    const newer = { version: SETTINGS_VERSION + 1, judge: {} };
    const { area } = await mountOptions({ settings: newer });
    expect(text('notices')).toContain('newer version');
    await addTarget('bubble sofa', '250');
    expect(area.data[SETTINGS_KEY]).toEqual(newer);
    expect(text('message')).toContain('newer version');
  });

  it('shows a notice for each stored value it could not use, and uses the rest', async () => {
    const judge = structuredClone(DEFAULT_JUDGE_SETTINGS) as unknown as Record<string, unknown>;
    judge.levels = { medium: 'forty' };
    const good = { product: 'sofa', price: 250, currency: 'USD', unit: 'piece' };
    await mountOptions({
      settings: {
        version: SETTINGS_VERSION,
        judge,
        targets: [good, { product: '' }],
        rates: { date: 'yesterday' },
        allowlist: 'everyone',
      },
    });
    const notices = Array.from(root.querySelectorAll('[data-testid="notices"] li'), (li) => li.textContent);
    expect(notices).toEqual([
      'Setting "levels" was invalid; using its default.',
      '1 saved target price was invalid and ignored.',
      expect.stringContaining('Saved exchange rates were invalid'),
      'Saved verified suppliers were unreadable; none are marked verified.',
    ]);
    expect($('[data-testid="targets"] table').textContent).toContain('250 USD per piece');
  });

  it('shows no notices when the stored settings are fine', async () => {
    await mountOptions({ settings: { version: 1, judge: DEFAULT_JUDGE_SETTINGS } });
    expect(text('notices')).toBeNull();
  });

  it('says how many prices are remembered, and clears them', async () => {
    const { deps } = await mountOptions();
    expect(text('history-count')).toBe('42 prices remembered.');
    act(() => $('[data-testid="history"] button').click());
    await settle();
    expect(deps.priceHistory).toHaveBeenLastCalledWith(true);
    expect(text('history-count')).toBe('0 prices remembered.');
  });

  it('says what the chat guard remembers, and forgets it', async () => {
    const { deps } = await mountOptions();
    expect(text('chat-memory-count')).toBe('3 accounts and 1 dismissed chat remembered.');
    act(() => $('[data-testid="chat-memory"] button').click());
    await settle();
    expect(deps.chatMemory).toHaveBeenLastCalledWith(true);
    expect(text('chat-memory-count')).toBe('0 accounts and 0 dismissed chats remembered.');
    expect(($('[data-testid="chat-memory"] button') as HTMLButtonElement).disabled).toBe(true);
  });

  it('states that everything stays on this device', async () => {
    await mountOptions();
    expect(text('privacy')).toContain('happens on this device');
    expect(text('privacy')).toContain('no account and no server');
  });
});
