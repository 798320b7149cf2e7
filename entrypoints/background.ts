import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createChatCheck } from '../src/background/chat-check';
import { createPageJudge } from '../src/background/page-judge';
import { judgeSupplier } from '../src/judge/judge';
import { handleBackgroundMessage } from '../src/messaging/handlers';
import { classifySender } from '../src/messaging/sender-policy';
import type { SiteId } from '../src/signals/reading';
import { adapterById, adapterFor } from '../src/sites/registry';
import type { RecordBatch } from '../src/sites/types';
import { ChatAccountMemory } from '../src/storage/chat-accounts';
import { chatAccountSalt, ChatDismissals } from '../src/storage/chat-memory-area';
import { PriceHistory } from '../src/storage/price-history';
import { cachedSettings } from '../src/storage/settings-cache';

// Wires messages to the judge. Nothing lives only in memory (an MV3 worker may
// be stopped at any moment): the settings cache is a copy of storage, and the
// price history is IndexedDB's.
export default defineBackground(() => {
  const settings = cachedSettings(browser.storage.local, browser.storage.onChanged);
  const history = new PriceHistory();
  const chatAccounts = new ChatAccountMemory();
  const dismissals = new ChatDismissals(browser.storage.local);
  const deps = {
    loadSettings: settings,
    judgePage: createPageJudge(history, (url) => adapterFor(url)?.priceTopic(url) ?? null),
    judgeSupplier: (
      supplier: Parameters<typeof judgeSupplier>[0],
      loaded: Awaited<ReturnType<typeof settings>>,
    ) => judgeSupplier(supplier, loaded.judge),
    interpret: (site: SiteId, batch: RecordBatch) => adapterById(site)?.interpret(batch) ?? [],
    priceHistorySize: () => history.count(),
    clearPriceHistory: () => history.clear(),
    checkChat: createChatCheck({ memory: chatAccounts, salt: () => chatAccountSalt(browser.storage.local) }),
    chatDismissal: async (conversation: string, dismissed: boolean | undefined) => {
      if (dismissed !== undefined) await dismissals.set(conversation, dismissed);
      return { dismissed: await dismissals.isDismissed(conversation) };
    },
    chatMemorySize: async () => ({
      accounts: await chatAccounts.count(),
      dismissals: await dismissals.count(),
    }),
    clearChatMemory: async () => {
      await chatAccounts.clear();
      await dismissals.clear();
    },
  };
  const ownBaseUrl = browser.runtime.getURL('/');
  const isMarketplace = (url: URL) => adapterFor(url) !== null;

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const kind = classifySender(sender, browser.runtime.id, ownBaseUrl, isMarketplace);
    handleBackgroundMessage(message, kind, deps, sender.url ?? null).then(sendResponse);
    return true; // the answer comes asynchronously
  });
});
