import { useEffect, useState } from 'preact/hooks';
import type { ChatMemorySize } from '../../messaging/chat-protocol';
import type { ShortlistAccess } from '../../shortlist/access';
import { checkSettingsChange, type SaveResult } from '../../storage/save-settings';
import type { LoadedSettings } from '../../storage/settings';
import type { SettingsChange } from '../../storage/settings-change';
import { AllowlistSection } from './AllowlistSection';
import { ChatMemorySection } from './ChatMemorySection';
import { DataSection } from './DataSection';
import { ExchangeRates } from './ExchangeRates';
import { PriceHistorySection } from './PriceHistorySection';
import { PrivacySection } from './PrivacySection';
import { RulesSection } from './RulesSection';
import { TargetPrices } from './TargetPrices';

/** What the options page needs from the extension (fakes in tests). Every change goes through the background. */
export interface OptionsDeps {
  settings: {
    load(): Promise<LoadedSettings>;
    /** Never throws: a refusal or a storage failure comes back in plain words. */
    save(change: SettingsChange): Promise<SaveResult>;
  };
  shortlist: Pick<ShortlistAccess, 'all' | 'allInParts' | 'importEntries'>;
  /** Shortlist, price history, chat memory and settings; throws when it fails. */
  deleteEverything(): Promise<void>;
  /** Whether the browser keeps our storage when the disk runs low; null when it can't say. */
  storagePersisted(): Promise<boolean | null>;
  /** Asks the browser to keep our storage (Firefox asks the user); its answer, null when it can't say. */
  askToPersist(): Promise<boolean | null>;
  /** Prices remembered, after clearing them when `clear` is set. */
  priceHistory(clear: boolean): Promise<number>;
  /** What the chat guard remembers, after forgetting it when `clear` is set. */
  chatMemory(clear: boolean): Promise<ChatMemorySize>;
  /** The clock, for export file names and import times. */
  now?(): number;
}

/** A change as the forms make it: checked here before it is sent. */
type ChangeInput = { [K in keyof SettingsChange]?: unknown };

/** Rules, verified suppliers, target prices, exchange rates, and the data Supplier Radar keeps. */
export function OptionsApp({ deps }: { deps: OptionsDeps }) {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // Bumped after "delete everything": every section mounts afresh and reads again.
  const [generation, setGeneration] = useState(0);
  const now = () => (deps.now ? deps.now() : Date.now());
  const reload = () =>
    deps.settings.load().then(
      (settings) => {
        setLoaded(settings);
        setLoadError(null);
      },
      (error: unknown) => setLoadError(`Couldn't read the settings (${String(error)}).`),
    );
  useEffect(() => void reload(), []);

  const save = async (change: ChangeInput, done: string) => {
    const checked = checkSettingsChange(change);
    let result: SaveResult = checked;
    if (checked.ok) {
      try {
        result = await deps.settings.save(checked.change);
      } catch (error) {
        result = { ok: false, error: `Couldn't save (${String(error)}). Nothing was changed.` };
      }
    }
    setMessage(result.ok ? done : result.error);
    if (result.ok) await reload();
    return result.ok;
  };

  const afterDelete = async () => {
    setMessage('Everything Supplier Radar kept on this device was deleted.');
    setGeneration((g) => g + 1);
    await reload();
  };

  if (!loaded) return <p role={loadError ? 'alert' : undefined}>{loadError ?? 'Loading…'}</p>;
  return (
    <main class="options">
      <h1>Supplier Radar options</h1>
      <nav class="options__nav" aria-label="Sections">
        <a href="#rules">Rules</a>
        <a href="#verified">Verified suppliers</a>
        <a href="#targets">Target prices</a>
        <a href="#rates">Exchange rates</a>
        <a href="#history">Price history</a>
        <a href="#chat-memory">Chat guard</a>
        <a href="#data">Your data</a>
        <a href="#privacy">Privacy</a>
      </nav>
      {message ? (
        <p class="options__message" role="status" data-testid="message">
          {message}
        </p>
      ) : null}
      {loaded.notices.length > 0 ? (
        <div class="options__notices" data-testid="notices">
          <p>Some saved settings could not be used, so defaults stand in for them:</p>
          <ul>
            {loaded.notices.map((notice) => (
              <li key={notice} class="options__notice">
                {notice}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <RulesSection
        judge={loaded.judge}
        onSave={(judge) => save({ judge }, 'Rules saved. Pages you open or reload from now on use them.')}
      />
      <AllowlistSection
        allowlist={loaded.allowlist}
        onUndo={(supplier) =>
          save({ disallow: supplier.key }, `${supplier.name ?? supplier.key} is no longer marked verified.`)
        }
      />
      <TargetPrices targets={loaded.targets} onChange={(targets, done) => save({ targets }, done)} />
      <ExchangeRates
        key={`rates-${generation}`}
        rates={loaded.rates}
        onSave={(rates) => save({ rates }, 'Exchange rates saved.')}
      />
      <PriceHistorySection key={`history-${generation}`} deps={deps} />
      <ChatMemorySection key={`chat-${generation}`} deps={deps} />
      <DataSection key={`data-${generation}`} deps={deps} now={now} onDeleted={afterDelete} />
      <PrivacySection />
    </main>
  );
}
