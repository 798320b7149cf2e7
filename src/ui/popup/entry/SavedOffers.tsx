import type { SavedOffer } from '../../../shortlist/entry';
import type { EntryPatch } from '../../../shortlist/patch';
import { formatCount, formatDate, formatMoney } from '../format';
import { ExternalLink } from './ExternalLink';
import { LandedCostForm } from './LandedCostForm';
import { TargetFromOffer } from './TargetFromOffer';
import type { TargetPrice } from '../../../prices/observation';

interface Props {
  offers: SavedOffer[];
  apply(patch: EntryPatch, done: string): Promise<boolean>;
  setTarget(target: TargetPrice): Promise<boolean>;
}

/** The offers saved with this supplier, each with what an order of it costs delivered. */
export function SavedOffers({ offers, apply, setTarget }: Props) {
  return (
    <section class="detail__field offers" aria-labelledby="offers-title" data-testid="offers">
      <h4 id="offers-title" class="detail__label">
        Saved offers
      </h4>
      {offers.length === 0 ? (
        <p class="detail__muted">
          None yet. Saving the supplier from one of its product pages saves that offer too.
        </p>
      ) : (
        <ul class="offers__list">
          {offers.map((offer) => (
            <OfferItem key={offer.productId} offer={offer} apply={apply} setTarget={setTarget} />
          ))}
        </ul>
      )}
    </section>
  );
}

function OfferItem({ offer, apply, setTarget }: { offer: SavedOffer } & Pick<Props, 'apply' | 'setTarget'>) {
  const currency = offer.unitPrice?.currency ?? offer.price?.currency ?? 'USD';
  const title = offer.title ?? `Offer ${offer.productId}`;
  return (
    <li class="offers__offer" data-product={offer.productId}>
      <p class="offers__title">
        <ExternalLink url={offer.url}>{title}</ExternalLink>
      </p>
      <p class="detail__muted">
        {offer.unitPrice
          ? `${formatMoney(offer.unitPrice.value, offer.unitPrice.currency)} per ${offer.unitPrice.unit}`
          : 'No unit price read'}
        {offer.moq ? ` · MOQ ${formatCount(offer.moq.quantity)} ${offer.moq.unit ?? 'units'}` : ''} · saved{' '}
        {formatDate(offer.savedAt)}
      </p>
      <details class="offers__landed" open={offer.landedCost !== null}>
        <summary>Landed cost</summary>
        <LandedCostForm offer={offer} currency={currency} apply={apply} />
      </details>
      {offer.unitPrice ? (
        <TargetFromOffer title={offer.title} unitPrice={offer.unitPrice} setTarget={setTarget} />
      ) : null}
      <button
        type="button"
        class="popup__button popup__button--quiet"
        aria-label={`Remove offer ${title}`}
        onClick={() => void apply({ kind: 'remove-offer', productId: offer.productId }, 'Offer removed.')}
      >
        Remove offer
      </button>
    </li>
  );
}
