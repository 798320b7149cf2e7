import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ShortlistEntry, Visit } from '../../../src/shortlist/entry';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import type { FirstRowsSnapshot } from '../../../src/storage/shortlist-first-rows';
import { ROW_HEIGHT } from '../../../src/ui/popup/shortlist/ShortlistPanel';
import { makeEntry, manyEntries } from '../../support/shortlist-entries';
import { fakeDeps, fakeShortlist, held } from './fake-deps';
import { choose, click, flush, mount, popupRoot, press, typeInto } from './render';

const root = popupRoot();

// The popup loads the entry detail on first open (a dynamic import); loaded here first, opening
// it takes the same few ticks as in the extension rather than a module transform's time.
beforeAll(() => import('../../../src/ui/popup/entry/EntryDetail'));
const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector);
const text = (testId: string) => $(`[data-testid="${testId}"]`)?.textContent ?? null;
const options = () => Array.from(root.querySelectorAll<HTMLElement>('[role="option"]'));
const names = () => options().map((row) => row.querySelector('.srow__name')?.textContent);
const listbox = () => $('[role="listbox"]');
const search = () => $<HTMLInputElement>('[data-testid="shortlist-search"]')!;

async function show(entries: ShortlistEntry[]) {
  const deps = fakeDeps({}, entries);
  await mount(root, <PopupApp deps={deps} />);
  return deps;
}

/** Five suppliers that differ in one thing each, for searching, filtering and sorting. */
const five = [
  makeEntry(0, { name: 'Bright LED', level: 'low', status: 'considering', tags: ['lighting'], notes: '' }),
  makeEntry(1, { name: 'Ocean Packaging', level: 'high', status: 'contacted', tags: [], notes: 'boxes' }),
  makeEntry(2, { name: 'Café Crafts', level: 'medium', status: 'approved', tags: ['gifts'], notes: '' }),
  makeEntry(3, { name: 'Stone Works', level: 'high', status: 'rejected', tags: [], notes: 'slow to answer' }),
  makeEntry(4, { name: 'Tea Garden', level: 'unknown', status: 'considering', tags: ['LED'], notes: '' }),
];

describe('the shortlist in the popup', () => {
  it('shows the newest rows before the whole list is read, then all of it', async () => {
    const entries = manyEntries(200);
    const shortlist = fakeShortlist(entries, { holdAll: true });
    await mount(root, <PopupApp deps={fakeDeps({ shortlist: shortlist.access })} />);
    expect(shortlist.access.firstRows).toHaveBeenCalledWith(20);
    expect(listbox()?.querySelector('[aria-setsize="20"]')).not.toBeNull();
    expect(names()[0]).toBe(entries[199]!.name ?? 'Unnamed supplier');
    expect(text('shortlist-count')).toBe('The 20 newest; reading the rest…');
    shortlist.releaseAll();
    await flush();
    expect(text('shortlist-count')).toBe('200 suppliers');
    expect(options()[0]!.getAttribute('aria-setsize')).toBe('200');
  });

  it('asks for the whole list only once the first rows are in (IndexedDB would answer it first)', async () => {
    const entries = manyEntries(50);
    const shortlist = fakeShortlist(entries);
    const first = held<ShortlistEntry[]>();
    shortlist.access.firstRows.mockReturnValueOnce(first.promise);
    await mount(root, <PopupApp deps={fakeDeps({ shortlist: shortlist.access })} />);
    expect(shortlist.access.all).not.toHaveBeenCalled();
    first.resolve(entries.slice(-20).reverse());
    await flush();
    expect(shortlist.access.all).toHaveBeenCalledTimes(1);
    expect(text('shortlist-count')).toBe('50 suppliers');
  });

  it('shows each supplier with its level, status, tags, lowest price and whether it changed', async () => {
    const seen = (seenAt: number, yearsActive: number): Visit => ({
      seenAt,
      page: 'supplier',
      url: null,
      supplier: { ...makeEntry(9).signals, yearsActive },
    });
    const changed = makeEntry(9, {
      name: 'Shrinking Years Co.',
      level: 'medium',
      status: 'sample-ordered',
      tags: ['led', 'q3'],
      history: [seen(1, 8), seen(2, 2)],
      offers: [
        {
          ...makeEntry(1).offers[0]!,
          unitPrice: { value: 2.5, currency: 'USD', unit: 'piece', quantity: 100 },
        },
        {
          ...makeEntry(1).offers[0]!,
          productId: '2',
          unitPrice: { value: 1.8, currency: 'EUR', unit: 'piece', quantity: 100 },
        },
      ],
    });
    const steady = makeEntry(10, { history: [seen(1, 8), seen(2, 8)], offers: [], tags: [] });
    await show([changed, steady]);
    // Newest first: the steady one was added later.
    const [second, first] = options();
    expect(first!.textContent).toBe(
      'Shrinking Years Co.Medium riskSample orderedChangedfrom €1.80/piece#led #q3',
    );
    expect(second!.querySelector('[data-testid="row-changed"]')).toBeNull();
    expect(second!.querySelector('.srow__price')).toBeNull();
  });

  it('searches names, tags and notes as the buyer types', async () => {
    await show(five);
    typeInto(search(), 'led');
    await flush(1);
    expect(names()).toEqual(['Tea Garden', 'Bright LED']);
    typeInto(search(), 'cafe');
    expect(names()).toEqual(['Café Crafts']);
    typeInto(search(), 'slow answer');
    expect(names()).toEqual(['Stone Works']);
    expect(text('shortlist-count')).toBe('1 of 5 suppliers');
  });

  it('filters by status and by risk level', async () => {
    await show(five);
    choose($<HTMLSelectElement>('[data-testid="filter-status"]')!, 'considering');
    expect(names()).toEqual(['Tea Garden', 'Bright LED']);
    choose($<HTMLSelectElement>('[data-testid="filter-status"]')!, 'all');
    choose($<HTMLSelectElement>('[data-testid="filter-level"]')!, 'high');
    expect(names()).toEqual(['Stone Works', 'Ocean Packaging']);
  });

  it('sorts by date added, by risk and by price', async () => {
    await show(five);
    expect(names()).toEqual(['Tea Garden', 'Stone Works', 'Café Crafts', 'Ocean Packaging', 'Bright LED']);
    choose($<HTMLSelectElement>('[data-testid="sort"]')!, 'risk');
    expect(names().slice(0, 2).sort()).toEqual(['Ocean Packaging', 'Stone Works']);
    expect(names().at(-1)).toBe('Bright LED');
    choose($<HTMLSelectElement>('[data-testid="sort"]')!, 'price');
    expect(names()).not.toEqual([
      'Tea Garden',
      'Stone Works',
      'Café Crafts',
      'Ocean Packaging',
      'Bright LED',
    ]);
    // Entries without a priced offer come last.
    expect(names().slice(-2).sort()).toEqual(['Bright LED', 'Tea Garden']);
  });

  it('says when nothing matches, and clears the search and filters', async () => {
    await show(five);
    typeInto(search(), 'no such supplier');
    expect(options()).toHaveLength(0);
    expect(text('shortlist-no-match')).toContain('No suppliers match');
    click($('[data-testid="shortlist-no-match"] button'));
    expect(search().value).toBe('');
    expect(options()).toHaveLength(5);
  });

  it('explains how to save a supplier when the shortlist is empty', async () => {
    await show([]);
    expect(text('shortlist-empty')).toContain('Save supplier to shortlist');
    expect(search()).toBeNull();
  });

  it('says when the shortlist cannot be read', async () => {
    const { access } = fakeShortlist([]);
    access.firstRows.mockRejectedValue(new Error('The database is blocked'));
    access.all.mockRejectedValue(new Error('The database is blocked'));
    await mount(root, <PopupApp deps={fakeDeps({ shortlist: access })} />);
    expect(text('shortlist-error')).toContain('The database is blocked');
  });
});

describe('the first rows kept from the last opening', () => {
  /** A snapshot in memory, as localStorage would keep it. */
  function memorySnapshot(rows: ShortlistEntry[] | null) {
    const kept = { rows };
    const snapshot: FirstRowsSnapshot = {
      read: (limit) => kept.rows?.slice(0, limit) ?? null,
      write: (written) => (kept.rows = [...written]),
      clear: () => (kept.rows = null),
    };
    return { snapshot, kept };
  }

  it('draws them before the database answers, then what the database holds, and keeps that', async () => {
    const stale = [makeEntry(7, { name: 'Removed Since Co.' })];
    const { snapshot, kept } = memorySnapshot(stale);
    const shortlist = fakeShortlist(five);
    const first = held<ShortlistEntry[]>();
    shortlist.access.firstRows.mockReturnValueOnce(first.promise);
    await mount(
      root,
      <PopupApp deps={fakeDeps({ shortlist: shortlist.access, firstRowsSnapshot: snapshot })} />,
    );
    expect(names()).toEqual(['Removed Since Co.']);
    first.resolve([...five].reverse());
    await flush();
    expect(names()).not.toContain('Removed Since Co.');
    expect(names()).toHaveLength(5);
    expect(kept.rows?.map((entry) => entry.name)).toEqual([...five].reverse().map((entry) => entry.name));
  });

  it('takes them away when the database cannot be read, and keeps them as they were', async () => {
    const stale = [makeEntry(7, { name: 'Kept Co.' })];
    const { snapshot, kept } = memorySnapshot(stale);
    const { access } = fakeShortlist([]);
    access.firstRows.mockRejectedValue(new Error('The database is blocked'));
    access.all.mockRejectedValue(new Error('The database is blocked'));
    await mount(root, <PopupApp deps={fakeDeps({ shortlist: access, firstRowsSnapshot: snapshot })} />);
    expect(text('shortlist-error')).toContain('The database is blocked');
    expect(names()).toEqual([]);
    expect(kept.rows).toEqual(stale);
  });
});

describe('the shortlist with 10,000 suppliers', () => {
  it('draws only the rows in view, and those around where it is scrolled to', async () => {
    await show(manyEntries(10_000));
    expect(options()[0]!.getAttribute('aria-setsize')).toBe('10000');
    expect(options().length).toBeGreaterThan(5);
    expect(options().length).toBeLessThanOrEqual(16);
    const scroller = $('.vlist')!;
    act(() => {
      scroller.scrollTop = 5_000 * ROW_HEIGHT;
      scroller.dispatchEvent(new Event('scroll'));
    });
    const drawn = options().map((row) => Number(row.getAttribute('aria-posinset')));
    expect(drawn.length).toBeLessThanOrEqual(17);
    expect(drawn).toContain(5_001);
    expect(drawn).toContain(5_005);
    // The row with focus stays drawn, so focus is never lost.
    expect(drawn).toContain(1);
    expect(drawn.filter((n) => n > 1).every((n) => n > 4_990 && n < 5_020)).toBe(true);
  });

  it('moves between rows with the arrow keys, Home and End, and opens one with Enter', async () => {
    const entries = manyEntries(10_000);
    await show(entries);
    const first = options()[0]!;
    expect(first.tabIndex).toBe(0);
    first.focus();
    press(first, 'ArrowDown');
    await flush(1);
    expect(document.activeElement?.getAttribute('aria-posinset')).toBe('2');
    expect(document.activeElement?.getAttribute('aria-selected')).toBe('true');
    press(document.activeElement!, 'End');
    await flush(1);
    expect(document.activeElement?.getAttribute('aria-posinset')).toBe('10000');
    expect(options().length).toBeLessThanOrEqual(17);
    press(document.activeElement!, 'ArrowUp');
    await flush(1);
    expect(document.activeElement?.getAttribute('aria-posinset')).toBe('9999');
    const name = document.activeElement?.querySelector('.srow__name')?.textContent;
    press(document.activeElement!, 'Enter');
    await flush();
    expect($('[data-testid="entry-detail"]')).not.toBeNull();
    expect($('#detail-name')?.textContent).toContain(name);
    expect(document.activeElement).toBe($('#detail-name'));
  });

  it('goes back to the list with focus on the row that was opened', async () => {
    await show(manyEntries(1_000));
    const first = options()[0]!;
    first.focus();
    press(first, 'PageDown');
    await flush(1);
    const at = document.activeElement?.getAttribute('aria-posinset');
    expect(Number(at)).toBeGreaterThan(1);
    press(document.activeElement!, 'Enter');
    await flush();
    click($('.detail__back'));
    await flush();
    expect($('[data-testid="entry-detail"]')).toBeNull();
    expect(document.activeElement?.getAttribute('role')).toBe('option');
    expect(document.activeElement?.getAttribute('aria-posinset')).toBe(at);
  });

  it('opens a row on click', async () => {
    await show(five);
    click(options()[2]);
    await flush();
    expect($('#detail-name')?.textContent).toContain('Café Crafts');
  });
});

describe('coming back from a supplier', () => {
  it('shows the changes made there in its row', async () => {
    const deps = await show(five);
    click(options().find((row) => row.textContent?.includes('Café Crafts')));
    await flush();
    choose($<HTMLSelectElement>('[data-testid="status-picker"]')!, 'rejected');
    await flush();
    expect(deps.shortlist.update).toHaveBeenCalledOnce();
    click($('.detail__back'));
    await flush();
    const row = options().find((option) => option.textContent?.includes('Café Crafts'));
    expect(row?.querySelector('.srow__status')?.textContent).toBe('Rejected');
    choose($<HTMLSelectElement>('[data-testid="filter-status"]')!, 'rejected');
    expect(names()).toEqual(['Stone Works', 'Café Crafts']);
  });

  it('saves notes typed just before going back, and shows them in the search', async () => {
    await show(five);
    click(options().find((row) => row.textContent?.includes('Tea Garden')));
    await flush();
    typeInto($<HTMLTextAreaElement>('[data-testid="notes"]')!, 'ask about oolong');
    click($('.detail__back'));
    await flush();
    typeInto(search(), 'oolong');
    expect(names()).toEqual(['Tea Garden']);
  });

  it('says the supplier was removed, and lists it no more', async () => {
    await show(five);
    click(options().find((row) => row.textContent?.includes('Ocean Packaging')));
    await flush();
    click($('[data-testid="remove-entry"]'));
    click($('[data-testid="confirm-remove"]'));
    await flush();
    expect(text('shortlist-notice')).toBe('Removed Ocean Packaging from your shortlist.');
    expect(names()).not.toContain('Ocean Packaging');
    expect(text('shortlist-count')).toBe('4 suppliers');
  });
});
