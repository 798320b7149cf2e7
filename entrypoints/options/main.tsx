import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ChatMemorySizeSchema } from '../../src/messaging/chat-protocol';
import {
  ErrorResponseSchema,
  OkResponseSchema,
  PriceHistorySizeSchema,
  type BackgroundRequest,
} from '../../src/messaging/protocol';
import { loadSettings } from '../../src/storage/settings';
import { createShortlistAccess } from '../../src/storage/shortlist-access';
import { OptionsApp, type OptionsDeps } from '../../src/ui/options/OptionsApp';
import { storageSnapshot } from '../../src/storage/shortlist-first-rows';
import { saveSettingsInBackground } from '../../src/ui/pages/save-settings-client';
import { showUpgradeBlocked } from '../../src/ui/pages/upgrade-blocked';
import '../../src/ui/options/options.css';
import '../../src/ui/pages/upgrade-blocked.css';

// The options page reads settings and the shortlist itself; every change goes
// to the background, which validates it and alone writes.

async function ask(request: BackgroundRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

const deps: OptionsDeps = {
  settings: {
    load: () => loadSettings(browser.storage.local),
    save: saveSettingsInBackground,
  },
  shortlist: createShortlistAccess(() => showUpgradeBlocked(document)),
  async deleteEverything() {
    // The popup's early rows go first: no supplier may show again once deleting has begun.
    storageSnapshot(globalThis.localStorage).clear();
    const answer = await ask({ type: 'delete-everything' });
    const refusal = ErrorResponseSchema.safeParse(answer);
    if (refusal.success) throw new Error(refusal.data.error);
    OkResponseSchema.parse(answer);
  },
  async storagePersisted() {
    return navigator.storage?.persisted ? navigator.storage.persisted() : null;
  },
  async askToPersist() {
    return navigator.storage?.persist ? navigator.storage.persist() : null;
  },
  async priceHistory(clear) {
    const answer = await ask({ type: clear ? 'clear-price-history' : 'price-history-size' });
    return PriceHistorySizeSchema.parse(answer).observations;
  },
  async chatMemory(clear) {
    const answer = await ask({ type: clear ? 'clear-chat-memory' : 'chat-memory-size' });
    return ChatMemorySizeSchema.parse(answer);
  },
};

const root = document.getElementById('app');
if (root) render(<OptionsApp deps={deps} />, root);
