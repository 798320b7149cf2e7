import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ShortlistEntry, Visit } from '../../../src/shortlist/entry';
import type { AllowedSupplier } from '../../../src/storage/settings-change';
import { EntryDetail } from '../../../src/ui/popup/entry/EntryDetail';
import { NOTES_IDLE_MS } from '../../../src/ui/popup/entry/NotesField';
import type { PopupDeps } from '../../../src/ui/popup/popup-deps';
import { makeEntry } from '../../support/shortlist-entries';
import { fakeShortlist } from './fake-deps';
import { choose, click, flush, mount, popupRoot, typeInto } from './render';

const root = popupRoot();
const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector);
const text = (testId: string) => $(`[data-testid="${testId}"]`)?.textContent ?? null;
const buttonNamed = (name: string) =>
  Array.from(root.querySelectorAll('button')).find((button) => button.textContent === name);

afterEach(() => vi.useRealTimers());

const entry = makeEntry(2, {
  name: 'Acme Lighting Co.',
  url: 'https://acme.en.alibaba.com/',
  status: 'considering',
  tags: ['led'],
  notes: 'first call went well',
  checklist: {},
  assessment: {
    risk: 70,
    level: 'high',
    findings: [
      { rule: 'years', severity: 'danger', tone: 'concern', message: 'New on Alibaba.com' },
      { rule: 'ta', severity: 'info', tone: 'good', message: 'Offers Trade Assurance' },
      { rule: 'pay', severity: 'warning', tone: 'concern', message: 'Asks for a T/T deposit' },
    ],
  },
  level: 'high',
});

async function open(
  shown: ShortlistEntry = entry,
  options: { verified?: AllowedSupplier | null; saveSettings?: PopupDeps['saveSettings'] } = {},
) {
  const { access } = fakeShortlist([shown]);
  const handlers = {
    saveSettings: vi.fn(options.saveSettings ?? (async () => ({ ok: true as const }))),
    onVerifiedChange: vi.fn(),
    onChanged: vi.fn(),
    onRemoved: vi.fn(),
    onBack: vi.fn(),
  };
  await mount(
    root,
    <EntryDetail entry={shown} access={access} verified={options.verified ?? null} {...handlers} />,
  );
  return { access, ...handlers };
}

describe('a shortlisted supplier in detail', () => {
  it('links its name to the storefront in a new tab and lists its top concerns', async () => {
    await open();
    const link = $<HTMLAnchorElement>('#detail-name a')!;
    expect(link.href).toBe('https://acme.en.alibaba.com/');
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
    expect(link.textContent).toContain('Acme Lighting Co.');
    const findings = Array.from(
      root.querySelectorAll('[data-testid="top-findings"] li'),
      (li) => li.textContent,
    );
    expect(findings).toEqual(['New on Alibaba.com', 'Asks for a T/T deposit']);
  });

  it('never links an address that is not a web address', async () => {
    await open({ ...entry, url: 'javascript:alert(1)' });
    expect($('#detail-name a')).toBeNull();
    expect($('#detail-name')?.textContent).toBe('Acme Lighting Co.');
  });

  it('shows what changed since it was saved, and its visits newest first', async () => {
    const visit = (seenAt: number, yearsActive: number, name: string): Visit => ({
      seenAt,
      page: 'supplier',
      url: null,
      supplier: { ...entry.signals, yearsActive, name },
    });
    await open({
      ...entry,
      history: [
        visit(Date.UTC(2026, 0, 1), 9, 'Acme Lighting Co.'),
        visit(Date.UTC(2026, 1, 1), 1, 'Brand New Ltd'),
      ],
    });
    const flags = text('red-flags') ?? '';
    expect(flags).toContain('Company name changed');
    expect(flags).toContain('Years on Alibaba.com went down: 9 → 1');
    const visits = Array.from(root.querySelectorAll('[data-testid="visits"] li'), (li) => li.textContent);
    expect(visits[0]).toMatch(/^Feb 1, 2026 · Supplier page · 1 year ·/);
    expect(visits[1]).toMatch(/^Jan 1, 2026 · Supplier page · 9 years ·/);
  });

  it('shows no red-flag box when nothing changed', async () => {
    await open({ ...entry, history: entry.history.slice(0, 1) });
    expect($('[data-testid="red-flags"]')).toBeNull();
  });

  it('saves a new status', async () => {
    const { access, onChanged } = await open();
    choose($<HTMLSelectElement>('[data-testid="status-picker"]')!, 'sample-ordered');
    await flush();
    expect(access.update).toHaveBeenCalledWith(entry.key, { kind: 'status', status: 'sample-ordered' });
    expect(onChanged).toHaveBeenCalledWith(expect.objectContaining({ status: 'sample-ordered' }));
    expect(text('detail-message')).toBe('Status saved.');
  });

  it('ticks and unticks checklist steps', async () => {
    const { access } = await open();
    const box = () => $<HTMLInputElement>('[data-item="sample-evaluated"]')!;
    expect(root.querySelectorAll('[data-testid="checklist"] input')).toHaveLength(7);
    click(box());
    await flush();
    expect(access.update).toHaveBeenLastCalledWith(entry.key, {
      kind: 'checklist',
      item: 'sample-evaluated',
      done: true,
    });
    expect(box().checked).toBe(true);
    expect(text('checklist')).toContain('1 of 7 done');
    click(box());
    await flush();
    expect(access.update).toHaveBeenLastCalledWith(entry.key, {
      kind: 'checklist',
      item: 'sample-evaluated',
      done: false,
    });
  });

  it('adds and removes tags, refusing one it already has', async () => {
    const { access } = await open();
    const input = () => $<HTMLInputElement>('[data-testid="tag-input"]')!;
    const submit = () =>
      act(
        () => void $('.tags__add')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })),
      );
    typeInto(input(), '  backup ');
    submit();
    await flush();
    expect(access.update).toHaveBeenLastCalledWith(entry.key, { kind: 'tags', tags: ['led', 'backup'] });
    expect(input().value).toBe('');
    typeInto(input(), 'LED');
    submit();
    await flush();
    expect(access.update).toHaveBeenCalledTimes(1);
    expect(text('tags')).toContain('Already tagged');
    click($('[aria-label="Remove tag led"]'));
    await flush();
    expect(access.update).toHaveBeenLastCalledWith(entry.key, { kind: 'tags', tags: ['backup'] });
  });

  it('saves notes after a pause in typing, not on every keystroke', async () => {
    vi.useFakeTimers();
    const { access } = await openWithFakeTimers();
    const notes = $<HTMLTextAreaElement>('[data-testid="notes"]')!;
    typeInto(notes, 'first call went well, samples next');
    act(() => void vi.advanceTimersByTime(NOTES_IDLE_MS - 100));
    typeInto(notes, 'first call went well, samples next week');
    act(() => void vi.advanceTimersByTime(NOTES_IDLE_MS - 1));
    expect(access.update).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(1));
    expect(access.update).toHaveBeenCalledOnce();
    expect(access.update).toHaveBeenCalledWith(entry.key, {
      kind: 'notes',
      notes: 'first call went well, samples next week',
    });
  });

  it('saves notes at once on leaving the box, and only when they changed', async () => {
    const { access } = await open();
    const notes = $<HTMLTextAreaElement>('[data-testid="notes"]')!;
    act(() => void notes.dispatchEvent(new Event('blur')));
    expect(access.update).not.toHaveBeenCalled();
    typeInto(notes, 'call back Monday');
    act(() => void notes.dispatchEvent(new Event('blur')));
    await flush();
    expect(access.update).toHaveBeenCalledWith(entry.key, { kind: 'notes', notes: 'call back Monday' });
    expect(text('detail-message')).toBe('Notes saved.');
  });

  it('removes a saved offer', async () => {
    const withOffer = { ...entry, offers: makeEntry(3).offers.slice(0, 1) };
    const productId = withOffer.offers[0]!.productId;
    const { access } = await open(withOffer);
    click(buttonNamed('Remove offer'));
    await flush();
    expect(access.update).toHaveBeenCalledWith(entry.key, { kind: 'remove-offer', productId });
    expect(root.querySelectorAll('.offers__offer')).toHaveLength(0);
  });

  it('removes the supplier after asking once more', async () => {
    const { access, onRemoved } = await open();
    click($('[data-testid="remove-entry"]'));
    expect(access.remove).not.toHaveBeenCalled();
    expect(document.activeElement).toBe($('[data-testid="confirm-remove"]'));
    click($('[data-testid="confirm-remove"]'));
    await flush();
    expect(access.remove).toHaveBeenCalledWith([entry.key]);
    expect(onRemoved).toHaveBeenCalledWith(expect.objectContaining({ key: entry.key }));
  });

  it('keeps the supplier when the buyer changes their mind', async () => {
    const { access } = await open();
    click($('[data-testid="remove-entry"]'));
    click(buttonNamed('Keep it'));
    expect(access.remove).not.toHaveBeenCalled();
    expect(document.activeElement).toBe($('[data-testid="remove-entry"]'));
  });
});

describe('marking a supplier verified', () => {
  it('adds it to the allowlist', async () => {
    const { saveSettings, onVerifiedChange } = await open();
    const toggle = $<HTMLInputElement>('[data-testid="verified-toggle"]')!;
    expect(toggle.checked).toBe(false);
    click(toggle);
    await flush();
    const allow = { key: entry.key, name: 'Acme Lighting Co.', verifiedAt: expect.any(Number) };
    expect(saveSettings).toHaveBeenCalledWith({ allow });
    expect(onVerifiedChange).toHaveBeenCalledWith(entry.key, allow);
  });

  it('takes it off the allowlist', async () => {
    const verified = { key: entry.key, name: entry.name, verifiedAt: Date.UTC(2026, 2, 3) };
    const { saveSettings, onVerifiedChange } = await open(entry, { verified });
    const toggle = $<HTMLInputElement>('[data-testid="verified-toggle"]')!;
    expect(toggle.checked).toBe(true);
    expect(root.textContent).toContain('Marked verified on Mar 3, 2026');
    click(toggle);
    await flush();
    expect(saveSettings).toHaveBeenCalledWith({ disallow: entry.key });
    expect(onVerifiedChange).toHaveBeenCalledWith(entry.key, null);
  });

  it('says why when the settings could not be saved, and leaves the box as it was', async () => {
    const { onVerifiedChange } = await open(entry, {
      saveSettings: async () => ({ ok: false, error: 'Settings are full' }),
    });
    click($('[data-testid="verified-toggle"]'));
    await flush();
    expect(text('detail-error')).toBe("Couldn't save: Settings are full");
    expect(onVerifiedChange).not.toHaveBeenCalled();
    expect($<HTMLInputElement>('[data-testid="verified-toggle"]')!.checked).toBe(false);
  });
});

describe("a saved offer's price as a target", () => {
  const offered = makeEntry(2, {
    offers: [
      {
        productId: '1600930741831',
        title: 'Luxury Living Room Sofa 3 Seater 2026',
        url: null,
        price: null,
        moq: null,
        unitPrice: { value: 420, currency: 'USD', unit: 'set', quantity: 1 },
        savedAt: 1,
        landedCost: null,
      },
    ],
  });

  it("saves the product words and the offer's normalised price as one target", async () => {
    const { saveSettings } = await open(offered);
    const form = $('[data-testid="target-from-offer"]')!;
    const words = form.querySelector<HTMLInputElement>('input')!;
    expect(words.value).toBe('luxury living room');
    typeInto(words, 'sofa');
    form.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await flush();
    expect(saveSettings).toHaveBeenCalledWith({
      addTarget: { product: 'sofa', price: 420, currency: 'USD', unit: 'set' },
    });
    expect(text('detail-message')).toContain('Target saved');
  });

  it('offers no target for an offer whose unit price could not be read', async () => {
    await open({ ...offered, offers: [{ ...offered.offers[0]!, unitPrice: null }] });
    expect($('[data-testid="target-from-offer"]')).toBeNull();
  });
});

describe('when a change cannot be saved', () => {
  it('shows the error, keeps what was shown, and clears the error after the next save', async () => {
    const { access, onChanged } = await open();
    access.update.mockRejectedValueOnce(new Error('QuotaExceededError: the disk is full'));
    choose($<HTMLSelectElement>('[data-testid="status-picker"]')!, 'approved');
    await flush();
    expect(text('detail-error')).toBe("Couldn't save: QuotaExceededError: the disk is full");
    expect(text('detail-message')).toBe('');
    expect(onChanged).not.toHaveBeenCalled();
    expect($<HTMLSelectElement>('[data-testid="status-picker"]')!.value).toBe('considering');
    choose($<HTMLSelectElement>('[data-testid="status-picker"]')!, 'approved');
    await flush();
    expect(text('detail-error')).toBeNull();
  });

  it('says so when the supplier was removed meanwhile (elsewhere)', async () => {
    const { access } = await open();
    access.update.mockResolvedValueOnce(null);
    click($('[data-item="video-tour"]'));
    await flush();
    expect(text('detail-error')).toBe('This supplier is no longer on your shortlist.');
  });

  it('shows why removing failed', async () => {
    const { access, onRemoved } = await open();
    access.remove.mockRejectedValueOnce(new Error('background stopped'));
    click($('[data-testid="remove-entry"]'));
    click($('[data-testid="confirm-remove"]'));
    await flush();
    expect(text('detail-error')).toBe("Couldn't remove: background stopped");
    expect(onRemoved).not.toHaveBeenCalled();
  });
});

/** Mounting waits on promises only (no timer), so it works with fake timers. */
async function openWithFakeTimers() {
  const { access } = fakeShortlist([entry]);
  const noop = vi.fn();
  act(() => {
    render(
      <EntryDetail
        entry={entry}
        access={access}
        verified={null}
        saveSettings={vi.fn()}
        onVerifiedChange={noop}
        onChanged={noop}
        onRemoved={noop}
        onBack={noop}
      />,
      root,
    );
  });
  return { access };
}
