import type { ScrollToCardRequest } from '../../messaging/page-protocol';
import type { RateTable } from '../../prices/reference-rates';
import type { ShortlistAccess } from '../../shortlist/access';
import type { AllowedSupplier, SettingsChange } from '../../storage/settings-change';
import type { TabState } from './current-tab';
import type { FirstRowsSnapshot } from '../../storage/shortlist-first-rows';

/** What the popup asks of the current tab besides its summary (see summary-listener). */
export type TabRequest = ScrollToCardRequest | { type: 'save-page-supplier' };

export type SaveSettingsResult = { ok: true } | { ok: false; error: string };

/** Everything the popup needs from the browser, injected so tests can pass fakes. */
export interface PopupDeps {
  /** What the current tab's content script read. */
  tab(): Promise<TabState>;
  /** A message to the current tab's content script; resolves to its answer. */
  sendToTab(message: TabRequest): Promise<unknown>;
  shortlist: ShortlistAccess;
  /** The newest rows as last read, drawn before the database answers (none in tests unless given). */
  firstRowsSnapshot?: FirstRowsSnapshot;
  loadSettings(): Promise<{ rates: RateTable; allowlist: AllowedSupplier[] }>;
  saveSettings(change: SettingsChange): Promise<SaveSettingsResult>;
  openOptions?(): void;
}
