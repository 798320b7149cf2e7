import type { browser as Browser } from 'wxt/browser';
import type { PageSummary } from '../../messaging/page-protocol';

export type TabState =
  { kind: 'loading' } | { kind: 'not-marketplace' } | { kind: 'summary'; summary: PageSummary };

/**
 * Asks the current tab's content script what it read. `?tab=N` in the
 * popup's URL picks tab N (browser tests open the popup as a page of its own).
 */
export async function readCurrentTabSummary(
  api: Pick<typeof Browser, 'tabs'>,
  popupUrl: URL,
): Promise<TabState> {
  const tabId = await currentTabId(api, popupUrl);
  if (tabId === null) return { kind: 'not-marketplace' };
  let answer: unknown;
  try {
    answer = await api.tabs.sendMessage(tabId, { type: 'page-summary' });
  } catch {
    // No content script in that tab: not a marketplace page we read.
    return { kind: 'not-marketplace' };
  }
  // Loaded once a tab has answered, so the popup starts without zod.
  const { PageSummarySchema } = await import('../../messaging/page-protocol');
  const summary = PageSummarySchema.safeParse(answer);
  return summary.success ? { kind: 'summary', summary: summary.data } : { kind: 'not-marketplace' };
}

/** The tab the popup is about: `?tab=N` when given, else the active tab of this window. */
export async function currentTabId(api: Pick<typeof Browser, 'tabs'>, popupUrl: URL): Promise<number | null> {
  const asked = Number(popupUrl.searchParams.get('tab'));
  if (Number.isInteger(asked) && asked > 0) return asked;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
