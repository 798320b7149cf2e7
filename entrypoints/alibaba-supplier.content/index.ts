import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runOverlay } from '../../src/overlay/run-overlay';
import { alibabaCapture } from '../../src/sites/alibaba/adapter';
import { supplierReader } from '../../src/sites/alibaba/supplier/reader';

// Alibaba.com supplier pages: only this page kind's reader is bundled here.
export default defineContentScript({
  matches: supplierReader.matches,
  excludeMatches: supplierReader.excludeMatches,
  runAt: 'document_idle',
  main(ctx: ContentScriptContext) {
    runOverlay(ctx, alibabaCapture([supplierReader]));
  },
});
