import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageSummary } from '../../src/messaging/protocol';
import { PopupApp } from '../../src/ui/popup/PopupApp';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const searchSummary: PageSummary = {
  site: 'alibaba',
  page: 'search',
  health: 'ok',
  problems: [],
  counts: { low: 30, medium: 12, high: 4, unknown: 2 },
  listingsRead: 48,
  outliers: [],
};

const text = (testId: string) => root.querySelector(`[data-testid="${testId}"]`)?.textContent ?? null;

describe('PopupApp', () => {
  it('shows the page kind and the badges by level', () => {
    act(() => render(<PopupApp tab={{ kind: 'summary', summary: searchSummary }} />, root));
    expect(text('page-kind')).toBe('Alibaba.com · Search results');
    expect(text('health')).toContain('48 badges');
    expect(text('count-high')).toBe('4 High risk');
    expect(text('count-unknown')).toBe('2 Risk unknown');
    expect(text('unreadable')).toBeNull();
  });

  it('lists the offers priced far below the market, worst first, as text', () => {
    const withOutliers: PageSummary = {
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
    };
    act(() => render(<PopupApp tab={{ kind: 'summary', summary: withOutliers }} />, root));
    const items = Array.from(root.querySelectorAll('[data-testid="outliers"] li'), (li) => li.textContent);
    expect(items).toEqual([
      'Bubble sofa <b>3 seater</b> · Foshan Acme FurniturePrice 80% below the market: too good to be true',
      'Shop 2Price 35% below the market',
    ]);
    expect(root.querySelector('[data-testid="outliers"] b')).toBeNull();
  });

  it('opens the options from its footer', () => {
    let opened = 0;
    act(() =>
      render(
        <PopupApp tab={{ kind: 'summary', summary: searchSummary }} onOpenOptions={() => opened++} />,
        root,
      ),
    );
    act(() => (root.querySelector('.popup__link') as HTMLButtonElement).click());
    expect(opened).toBe(1);
  });

  it('lists no outliers when there are none', () => {
    act(() => render(<PopupApp tab={{ kind: 'summary', summary: searchSummary }} />, root));
    expect(root.querySelector('[data-testid="outliers"]')).toBeNull();
  });

  it('says a challenge page could not be read, with no counts', () => {
    const blocked: PageSummary = {
      ...searchSummary,
      health: 'blocked',
      counts: { low: 0, medium: 0, high: 0, unknown: 0 },
      problems: ['robot check'],
    };
    act(() => render(<PopupApp tab={{ kind: 'summary', summary: blocked }} />, root));
    expect(text('unreadable')).toContain("Couldn't read this page");
    expect(text('count-high')).toBeNull();
  });

  it('lists what could not be read on a partly read page', () => {
    const partial: PageSummary = {
      ...searchSummary,
      health: 'partial',
      problems: ['offer JSON is truncated'],
    };
    act(() => render(<PopupApp tab={{ kind: 'summary', summary: partial }} />, root));
    expect(text('health')).toContain('partly read');
    expect(root.textContent).toContain('offer JSON is truncated');
  });

  it('points elsewhere when the tab is not a marketplace page', () => {
    act(() => render(<PopupApp tab={{ kind: 'not-marketplace' }} />, root));
    expect(text('not-marketplace')).toContain('Alibaba.com');
  });
});
