import { describe, expect, it, vi } from 'vitest';
import type { PageSummary } from '../../src/messaging/page-protocol';
import { readCurrentTabSummary } from '../../src/ui/popup/current-tab';

const summary: PageSummary = {
  site: 'alibaba',
  page: 'search',
  health: 'ok',
  problems: [],
  counts: { low: 3, medium: 1, high: 0, unknown: 0 },
  listingsRead: 4,
  outliers: [],
  riskiest: [{ key: '42', title: 'Sofa', subject: 'Acme', level: 'high', finding: 'New on Alibaba.com' }],
  pageSupplier: null,
};

function tabsApi(answer: () => Promise<unknown>, activeTabId: number | null = 7) {
  return {
    tabs: {
      query: vi.fn(async () => (activeTabId === null ? [] : [{ id: activeTabId }])),
      sendMessage: vi.fn(answer),
    },
  } as unknown as Parameters<typeof readCurrentTabSummary>[0];
}

const POPUP = new URL('chrome-extension://abc/popup.html');

describe('readCurrentTabSummary', () => {
  it("asks the active tab's content script and validates its answer", async () => {
    const api = tabsApi(async () => summary);
    expect(await readCurrentTabSummary(api, POPUP)).toEqual({ kind: 'summary', summary });
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'page-summary' });
  });

  it('fills in the riskiest cards and page supplier a content script of an earlier version leaves out', async () => {
    const older: Partial<PageSummary> = { ...summary };
    delete older.riskiest;
    delete older.pageSupplier;
    const state = await readCurrentTabSummary(
      tabsApi(async () => older),
      POPUP,
    );
    expect(state).toEqual({ kind: 'summary', summary: { ...summary, riskiest: [], pageSupplier: null } });
  });

  it('asks the tab named in ?tab= when the popup is opened as a page', async () => {
    const api = tabsApi(async () => summary);
    await readCurrentTabSummary(api, new URL('chrome-extension://abc/popup.html?tab=42'));
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(42, { type: 'page-summary' });
    expect(api.tabs.query).not.toHaveBeenCalled();
  });

  it.each([
    ['no content script in the tab', () => Promise.reject(new Error('Receiving end does not exist'))],
    ['an answer that is not a summary', () => Promise.resolve({ counts: 'lots' })],
    ['no answer', () => Promise.resolve(undefined)],
  ])('says the page is not a marketplace page we read on %s', async (_name, answer) => {
    expect(await readCurrentTabSummary(tabsApi(answer), POPUP)).toEqual({ kind: 'not-marketplace' });
  });

  it('copes with no active tab', async () => {
    expect(
      await readCurrentTabSummary(
        tabsApi(async () => summary, null),
        POPUP,
      ),
    ).toEqual({
      kind: 'not-marketplace',
    });
  });
});
