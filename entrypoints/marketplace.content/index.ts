import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { askBackgroundToJudge } from '../../src/messaging/client';
import { answerSummaryRequests } from '../../src/overlay/summary-listener';
import { PageSession } from '../../src/overlay/page-session';
import { MARKETPLACE_MATCHES, adapterFor } from '../../src/sites/registry';

// Listing overlay: find the adapter, read the page, ask the background to judge, badge the cards.
export default defineContentScript({
  matches: MARKETPLACE_MATCHES,
  runAt: 'document_idle',
  main(ctx: ContentScriptContext) {
    let session: PageSession | null = null;

    const startSession = () => {
      session?.dispose();
      session = null;
      const url = new URL(location.href);
      const adapter = adapterFor(url);
      if (!adapter) return;
      session = new PageSession(document, url, adapter, askBackgroundToJudge);
      session.start().catch((error: unknown) => console.warn('[Supplier Radar]', error));
    };

    startSession();
    ctx.addEventListener(window, 'wxt:locationchange', startSession);
    answerSummaryRequests(ctx, browser, () => session?.summary() ?? null);
    ctx.onInvalidated(() => {
      session?.dispose();
      session = null;
    });
  },
});
