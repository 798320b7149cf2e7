import { useEffect, useState } from 'preact/hooks';
import type { TargetPrice } from '../../prices/observation';
import type { RateTable } from '../../prices/reference-rates';
import { saveMarketSettings, type WritableArea } from '../../storage/market-settings';
import { loadSettings, SETTINGS_KEY, SETTINGS_VERSION } from '../../storage/settings';
import type { ChatMemorySize } from '../../messaging/protocol';
import { ChatMemorySection } from './ChatMemorySection';
import { ExchangeRates } from './ExchangeRates';
import { PriceHistorySection } from './PriceHistorySection';
import { TargetPrices } from './TargetPrices';

/** What the options page needs from the extension (fakes in tests). */
export interface OptionsDeps {
  area: WritableArea;
  /** Prices remembered, after clearing them when `clear` is set. */
  priceHistory(clear: boolean): Promise<number>;
  /** What the chat guard remembers, after forgetting it when `clear` is set. */
  chatMemory(clear: boolean): Promise<ChatMemorySize>;
}

interface Loaded {
  targets: TargetPrice[];
  rates: RateTable;
  notices: string[];
}

/** The buyer's target prices, exchange rates and price history. */
export function OptionsApp({ deps }: { deps: OptionsDeps }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const reload = () => loadSettings(deps.area).then(setLoaded);
  useEffect(() => void reload(), []);

  const save = async (change: { targets?: TargetPrice[]; rates?: unknown }, done: string) => {
    const result = await saveMarketSettings(deps.area, SETTINGS_KEY, SETTINGS_VERSION, change);
    setMessage(result.ok ? done : result.error);
    if (result.ok) await reload();
    return result.ok;
  };

  if (!loaded) return <p>Loading…</p>;
  return (
    <main class="options">
      <h1>Supplier Radar options</h1>
      {message ? (
        <p class="options__message" role="status" data-testid="message">
          {message}
        </p>
      ) : null}
      {loaded.notices.map((notice) => (
        <p key={notice} class="options__notice">
          {notice}
        </p>
      ))}
      <TargetPrices targets={loaded.targets} onChange={(targets, done) => save({ targets }, done)} />
      <ExchangeRates rates={loaded.rates} onSave={(rates) => save({ rates }, 'Exchange rates saved.')} />
      <PriceHistorySection deps={deps} />
      <ChatMemorySection deps={deps} />
    </main>
  );
}
