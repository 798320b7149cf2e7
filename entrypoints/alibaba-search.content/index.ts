import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runOverlay } from '../../src/overlay/run-overlay';
import { alibabaWith } from '../../src/sites/alibaba/adapter';
import { searchReader } from '../../src/sites/alibaba/search/reader';

// Alibaba.com search pages: only this page kind's reader is bundled here.
export default defineContentScript({
  matches: searchReader.matches,
  excludeMatches: searchReader.excludeMatches ?? [],
  runAt: 'document_idle',
  main(ctx: ContentScriptContext) {
    runOverlay(ctx, alibabaWith([searchReader]));
  },
});
