import { useEffect, useState } from 'preact/hooks';
import type { TargetPrice } from '../../prices/observation';
import { REFERENCE_RATES, type RateTable } from '../../prices/reference-rates';
import { parseRateLines, saveMarketSettings, type WritableArea } from '../../storage/market-settings';
import { HISTORY_LIMITS } from '../../storage/price-history';
import { loadSettings, SETTINGS_KEY, SETTINGS_VERSION } from '../../storage/settings';
import { TargetPriceForm } from './TargetPriceForm';

/** What the options page needs from the extension (fakes in tests). */
export interface OptionsDeps {
  area: WritableArea;
  /** Prices remembered, after clearing them when `clear` is set. */
  priceHistory(clear: boolean): Promise<number>;
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
    </main>
  );
}

function TargetPrices(props: {
  targets: TargetPrice[];
  onChange(targets: TargetPrice[], done: string): Promise<boolean>;
}) {
  return (
    <section data-testid="targets">
      <h2>Target prices</h2>
      <p class="options__help">
        The price you expect to pay per unit for a kind of product. An offer whose title has all the product
        words is compared with your target before anything else.
      </p>
      {props.targets.length === 0 ? (
        <p class="options__empty">No target prices yet.</p>
      ) : (
        <table class="options__table">
          <thead>
            <tr>
              <th>Product words</th>
              <th>Target price</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {props.targets.map((target, index) => (
              <tr key={`${target.product}-${index}`}>
                <td>{target.product}</td>
                <td>
                  {target.price} {target.currency} per {target.unit}
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={`Remove the target for ${target.product}`}
                    onClick={() =>
                      void props.onChange(
                        props.targets.filter((_, i) => i !== index),
                        `Removed the target for "${target.product}".`,
                      )
                    }
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <TargetPriceForm
        onAdd={(target) =>
          props.onChange([...props.targets, target], `Added a target for "${target.product}".`)
        }
      />
    </section>
  );
}

function ExchangeRates({ rates, onSave }: { rates: RateTable; onSave(rates: unknown): Promise<boolean> }) {
  const lines = () =>
    Object.entries(rates.perUsd)
      .filter(([code]) => code !== 'USD')
      .map(([code, value]) => `${code} ${value}`)
      .join('\n');
  const [text, setText] = useState(lines);
  const [date, setDate] = useState(rates.date);
  const [bad, setBad] = useState<string[]>([]);
  const bundled = rates === REFERENCE_RATES || rates.date === REFERENCE_RATES.date;
  const submit = async (event: Event) => {
    event.preventDefault();
    const parsed = parseRateLines(text);
    setBad(parsed.bad);
    if (parsed.bad.length > 0) return;
    await onSave({ date, perUsd: parsed.perUsd });
  };
  return (
    <section data-testid="rates">
      <h2>Exchange rates</h2>
      <p class="options__help">
        Used only to compare offers shown in different currencies. Units of each currency per US dollar,{' '}
        {bundled
          ? `bundled with the extension (approximate rates of ${REFERENCE_RATES.date}): replace them with today's.`
          : `entered by you for ${rates.date}.`}
      </p>
      <form onSubmit={submit}>
        <label>
          Rates of (date){' '}
          <input
            type="date"
            value={date}
            required
            onInput={(e) => setDate((e.target as HTMLInputElement).value)}
          />
        </label>
        <label class="options__block">
          One per line, like "EUR 0.86"
          <textarea rows={8} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
        </label>
        {bad.length > 0 ? (
          <p class="options__error" role="alert">
            Not a currency code and a number above zero: {bad.join('; ')}
          </p>
        ) : null}
        <button type="submit">Save rates</button>
      </form>
    </section>
  );
}

function PriceHistorySection({ deps }: { deps: OptionsDeps }) {
  const [count, setCount] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const ask = (clear: boolean) =>
    deps.priceHistory(clear).then(
      (n) => {
        setCount(n);
        setFailed(false);
      },
      () => setFailed(true),
    );
  useEffect(() => void ask(false), []);
  return (
    <section data-testid="history">
      <h2>Price history</h2>
      <p class="options__help">
        Prices from the search pages you visit, kept on this device to compare later offers on the same search
        with. Kept {HISTORY_LIMITS.maxAgeDays} days, {HISTORY_LIMITS.maxObservations.toLocaleString('en-US')}{' '}
        prices at most.
      </p>
      <p data-testid="history-count">
        {failed
          ? "Couldn't read the price history."
          : count === null
            ? 'Counting…'
            : `${count.toLocaleString('en-US')} ${count === 1 ? 'price' : 'prices'} remembered.`}
      </p>
      <button type="button" disabled={count === 0} onClick={() => void ask(true)}>
        Clear price history
      </button>
    </section>
  );
}
