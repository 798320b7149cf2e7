import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runOverlay } from '../../src/overlay/run-overlay';
import { alibabaCapture } from '../../src/sites/alibaba/adapter';
import { searchCapture } from '../../src/sites/alibaba/search/capture';

// Alibaba.com search pages: only the search capture is bundled here; the background interprets.
export default defineContentScript({
  matches: searchCapture.matches,
  excludeMatches: searchCapture.excludeMatches,
  runAt: 'document_idle',
  main(ctx: ContentScriptContext) {
    runOverlay(ctx, alibabaCapture([searchCapture]));
  },
});
