import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runOverlay } from '../../src/overlay/run-overlay';
import { alibabaCapture } from '../../src/sites/alibaba/adapter';
import { productReader } from '../../src/sites/alibaba/product/reader';

// Alibaba.com product pages: only this page kind's reader is bundled here.
export default defineContentScript({
  matches: productReader.matches,
  excludeMatches: productReader.excludeMatches,
  runAt: 'document_idle',
  // WXT's older way to stop a previous copy of this script: a postMessage every page script sees (and that
  // tells it the extension is there). Its custom event on the document does the job alone.
  noScriptStartedPostMessage: true,
  main(ctx: ContentScriptContext) {
    runOverlay(ctx, alibabaCapture([productReader]));
  },
});
