import { useEffect, useState } from 'preact/hooks';
import { HISTORY_LIMITS } from '../../storage/price-history';
import type { OptionsDeps } from './OptionsApp';

/** How many prices are remembered, with a button that forgets them. */
export function PriceHistorySection({ deps }: { deps: OptionsDeps }) {
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
    <section id="history" data-testid="history">
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
