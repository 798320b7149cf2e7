import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askBackgroundToJudge, askToShortlist } from '../messaging/client';
import type { SiteCapture } from '../sites/types';
import { PageSession } from './page-session';
import { answerSummaryRequests } from './summary-listener';

/**
 * The listing overlay's life in one tab: a PageSession per URL (SPA
 * navigation starts a new one), answers for the popup, and a clean exit when
 * the extension is updated or disabled.
 */
export function runOverlay(ctx: ContentScriptContext, adapter: SiteCapture): void {
  let session: PageSession | null = null;

  const startSession = () => {
    session?.dispose();
    session = new PageSession(
      document,
      new URL(location.href),
      adapter,
      askBackgroundToJudge,
      askToShortlist,
    );
    session.start().catch((error: unknown) => console.warn('[Supplier Radar]', error));
  };

  startSession();
  ctx.addEventListener(window, 'wxt:locationchange', startSession);
  answerSummaryRequests(ctx, browser, {
    summary: () => session?.summary() ?? null,
    async savePageSupplier() {
      const request = session?.pageSupplierToSave();
      if (!request) throw new Error("This page doesn't say which supplier's storefront it belongs to.");
      return askToShortlist(request);
    },
  });
  ctx.onInvalidated(() => {
    session?.dispose();
    session = null;
  });
}
