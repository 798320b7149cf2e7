import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { judgeListings, judgeSupplier } from '../src/judge/judge';
import { handleBackgroundMessage } from '../src/messaging/handlers';
import { classifySender } from '../src/messaging/sender-policy';
import type { SiteId } from '../src/signals/reading';
import { adapterById, adapterFor } from '../src/sites/registry';
import type { RecordBatch } from '../src/sites/types';
import { cachedSettings } from '../src/storage/settings-cache';

// Wires messages to the judge. Nothing lives only in memory (an MV3 worker may
// be stopped at any moment): the settings cache is a copy of storage.
export default defineBackground(() => {
  const settings = cachedSettings(browser.storage.local, browser.storage.onChanged);
  const deps = {
    loadSettings: async () => (await settings()).judge,
    judgeListings,
    judgeSupplier,
    interpret: (site: SiteId, batch: RecordBatch) => adapterById(site)?.interpret(batch) ?? [],
  };
  const ownBaseUrl = browser.runtime.getURL('/');
  const isMarketplace = (url: URL) => adapterFor(url) !== null;

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const kind = classifySender(sender, browser.runtime.id, ownBaseUrl, isMarketplace);
    handleBackgroundMessage(message, kind, deps).then(sendResponse);
    return true; // the answer comes asynchronously
  });
});
