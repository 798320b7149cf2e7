import type { RateTable } from '../../../prices/reference-rates';
import type { ShortlistEntry } from '../../../shortlist/entry';
import { STATUS_LABEL } from '../../../shortlist/status-label';
import { formatMoney } from '../format';
import { LevelPill } from '../LevelPill';
import { hasProfileChanges } from './has-changes';
import { lowestUnitPrice } from './lowest-offer';

/** One supplier in the list, on two lines: name and level; status, changes, lowest price and tags. */
export function ShortlistRow({ entry, rates }: { entry: ShortlistEntry; rates: RateTable }) {
  const price = lowestUnitPrice(entry, rates);
  return (
    <>
      <span class="srow__line">
        <span class="srow__name">{entry.name ?? 'Unnamed supplier'}</span>
        <LevelPill level={entry.level} />
      </span>
      <span class="srow__line srow__meta">
        <span class={`srow__status srow__status--${entry.status}`}>{STATUS_LABEL[entry.status]}</span>
        {hasProfileChanges(entry) ? (
          <span class="srow__changed" data-testid="row-changed">
            Changed
          </span>
        ) : null}
        {price ? (
          <span class="srow__price">
            from {formatMoney(price.value, price.currency)}/{price.unit}
          </span>
        ) : null}
        {entry.tags.length > 0 ? (
          <span class="srow__tags">{entry.tags.map((tag) => `#${tag}`).join(' ')}</span>
        ) : null}
      </span>
    </>
  );
}
