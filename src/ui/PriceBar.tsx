import { formatMoney } from '../judge/format';
import type { PriceCheck } from '../signals/assessment';

/** Where the offer's price sits: a scale from zero, the benchmark's typical band, its median, and this offer. */
export function PriceBar({ check }: { check: PriceCheck }) {
  const money = (value: number) => formatMoney(value, check.currency);
  const top = Math.max(check.value, check.median + 2 * check.spread, check.median * 1.5) * 1.05;
  const at = (value: number) => `${Math.min(100, Math.max(0, (value / top) * 100)).toFixed(1)}%`;
  const low = Math.max(0, check.median - check.spread);
  const high = check.median + check.spread;
  return (
    <figure class="sr-price">
      <div class="sr-price__scale" aria-hidden="true">
        {check.spread > 0 ? (
          <span class="sr-price__band" style={{ left: at(low), width: `calc(${at(high)} - ${at(low)})` }} />
        ) : null}
        <span class="sr-price__median" style={{ left: at(check.median) }} />
        <span class="sr-price__offer" style={{ left: at(check.value) }} />
      </div>
      <figcaption class="sr-price__caption">
        This offer {money(check.value)} per {check.unit} · {benchmarkName(check)} {money(check.median)}
        <br />
        <span class="sr-price__source">{sourceText(check)}</span>
      </figcaption>
    </figure>
  );
}

function benchmarkName(check: PriceCheck): string {
  return check.source === 'target' ? 'your target' : 'median';
}

function sourceText(check: PriceCheck): string {
  switch (check.source) {
    case 'target':
      return `Your target price for "${check.label ?? 'this product'}", from the options.`;
    case 'history':
      return `Median of ${check.count} offers you saw earlier${check.label ? ` for "${check.label}"` : ''}.`;
    case 'page':
      return `Median of ${check.count} similar offers on this page; the band is their typical spread.`;
  }
}
