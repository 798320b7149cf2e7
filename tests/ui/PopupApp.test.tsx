import { describe, expect, it, vi } from 'vitest';
import type { PageSummary } from '../../src/messaging/page-protocol';
import type { TabState } from '../../src/ui/popup/current-tab';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { fakeDeps, held, searchSummary } from './popup/fake-deps';
import { click, flush, mount, popupRoot } from './popup/render';

const root = popupRoot();

const text = (testId: string) => root.querySelector(`[data-testid="${testId}"]`)?.textContent ?? null;

const showTab = (tab: TabState, overrides = {}) =>
  mount(root, <PopupApp deps={fakeDeps({ tab: async () => tab, ...overrides })} />);
const showSummary = (summary: PageSummary) => showTab({ kind: 'summary', summary });

describe('PopupApp', () => {
  it('shows the page kind and the badges by level', async () => {
    await showSummary(searchSummary);
    expect(text('page-kind')).toBe('Alibaba.com · Search results');
    expect(text('health')).toContain('48 badges');
    expect(text('count-high')).toBe('4 High risk');
    expect(text('count-unknown')).toBe('2 Risk unknown');
    expect(text('unreadable')).toBeNull();
  });

  it('says it is reading the page until the tab answers, while the shortlist shows already', async () => {
    const answer = held<TabState>();
    await showTab({ kind: 'loading' }, { tab: () => answer.promise });
    expect(root.textContent).toContain('Reading this page…');
    expect(root.querySelector('#shortlist-title')).not.toBeNull();
    answer.resolve({ kind: 'summary', summary: searchSummary });
    await flush();
    expect(root.textContent).not.toContain('Reading this page…');
    expect(text('page-kind')).toBe('Alibaba.com · Search results');
  });

  it('lists the offers priced far below the market, worst first, as text', async () => {
    await showSummary({
      ...searchSummary,
      outliers: [
        {
          title: 'Bubble sofa <b>3 seater</b>',
          subject: 'Foshan Acme Furniture',
          severity: 'danger',
          message: 'Price 80% below the market: too good to be true',
        },
        { title: null, subject: 'Shop 2', severity: 'warning', message: 'Price 35% below the market' },
      ],
    });
    const items = Array.from(root.querySelectorAll('[data-testid="outliers"] li'), (li) => li.textContent);
    expect(items).toEqual([
      'Bubble sofa <b>3 seater</b> · Foshan Acme FurniturePrice 80% below the market: too good to be true',
      'Shop 2Price 35% below the market',
    ]);
    expect(root.querySelector('[data-testid="outliers"] b')).toBeNull();
  });

  it('shows the three worst outliers and folds the rest behind "Show more"', async () => {
    const outlier = (n: number) => ({
      title: `Offer ${n}`,
      subject: null,
      severity: 'warning' as const,
      message: `Price ${40 - n}% below the market`,
    });
    await showSummary({ ...searchSummary, outliers: [1, 2, 3, 4, 5].map(outlier) });
    const folded = root.querySelector('[data-testid="outliers"] details');
    expect(folded?.querySelector('summary')?.textContent).toBe('Show 2 more offers');
    expect(Array.from(folded?.querySelectorAll('li') ?? [], (li) => li.textContent)).toEqual([
      'Offer 4Price 36% below the market',
      'Offer 5Price 35% below the market',
    ]);
    expect(root.querySelectorAll('[data-testid="outliers"] > ul > li')).toHaveLength(3);
  });

  it('opens the options from its footer', async () => {
    const openOptions = vi.fn();
    await showTab({ kind: 'summary', summary: searchSummary }, { openOptions });
    click(root.querySelector('.popup__foot .popup__link'));
    expect(openOptions).toHaveBeenCalledOnce();
  });

  it('lists no outliers and no riskiest cards when there are none', async () => {
    await showSummary(searchSummary);
    expect(root.querySelector('[data-testid="outliers"]')).toBeNull();
    expect(root.querySelector('[data-testid="riskiest"]')).toBeNull();
    expect(root.querySelector('[data-testid="save-supplier"]')).toBeNull();
  });

  it('says a challenge page could not be read, with no counts', async () => {
    await showSummary({
      ...searchSummary,
      health: 'blocked',
      counts: { low: 0, medium: 0, high: 0, unknown: 0 },
      problems: ['robot check'],
    });
    expect(text('unreadable')).toContain("Couldn't read this page");
    expect(text('count-high')).toBeNull();
  });

  it('lists what could not be read on a partly read page', async () => {
    await showSummary({ ...searchSummary, health: 'partial', problems: ['offer JSON is truncated'] });
    expect(text('health')).toContain('partly read');
    expect(root.textContent).toContain('offer JSON is truncated');
  });

  it('points elsewhere when the tab is not a marketplace page', async () => {
    await showTab({ kind: 'not-marketplace' });
    expect(text('not-marketplace')).toContain('Alibaba.com');
  });

  it('puts this page first, then the shortlist, then Check a message', async () => {
    await showSummary(searchSummary);
    const order = Array.from(root.querySelectorAll('main > section h2'), (h) => h.textContent);
    expect(order).toEqual(['This page', 'Shortlist', 'Check a message']);
  });
});
