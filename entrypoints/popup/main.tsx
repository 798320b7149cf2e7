import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShortlistAccess } from '../../src/storage/shortlist-access';
import { currentTabId, readCurrentTabSummary } from '../../src/ui/popup/current-tab';
import type { PopupDeps } from '../../src/ui/popup/popup-deps';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { storageSnapshot } from '../../src/storage/shortlist-first-rows';
import { saveSettingsInBackground } from '../../src/ui/pages/save-settings-client';
import { showUpgradeBlocked } from '../../src/ui/pages/upgrade-blocked';
import '../../src/ui/pages/upgrade-blocked.css';
import '../../src/ui/popup/popup.css';
import '../../src/ui/popup/shortlist.css';
import '../../src/ui/popup/entry-detail.css';
import '../../src/ui/popup/check-message.css';

const popupUrl = new URL(location.href);
// The tab is picked once: `?tab=N` (browser tests), else the active tab when the popup opened.
const tabId = currentTabId(browser, popupUrl);

const deps: PopupDeps = {
  tab: () => readCurrentTabSummary(browser, popupUrl),
  async sendToTab(message) {
    const id = await tabId;
    if (id === null) throw new Error('no tab to ask');
    return browser.tabs.sendMessage(id, message);
  },
  shortlist: createShortlistAccess(() => showUpgradeBlocked(document)),
  firstRowsSnapshot: storageSnapshot(globalThis.localStorage),
  async loadSettings() {
    // Imported here: reading settings validates them with zod, which the popup's first rows don't need.
    const { loadSettings } = await import('../../src/storage/settings');
    const { rates, allowlist } = await loadSettings(browser.storage.local);
    return { rates, allowlist };
  },
  saveSettings: saveSettingsInBackground,
  openOptions: () => void browser.runtime.openOptionsPage(),
};

const root = document.getElementById('app');
if (root) render(<PopupApp deps={deps} />, root);
