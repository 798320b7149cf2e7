import type { Listing, PriceTier } from '../signals/listing';
import { canonicalUnit } from './units';

/** A listing's price per unit at the quantity a buyer would order, ready to compare. */
export interface UnitPrice {
  /** Price per unit at `quantity`. */
  value: number;
  /** The lowest price the listing shows (its cheapest tier or the bottom of its range). */
  lowest: number;
  currency: string;
  /** Folded unit ("piece", "set", "kg"). */
  unit: string;
  /** The quantity the price holds for (the MOQ unless asked otherwise); null when the page shows none. */
  quantity: number | null;
  /** tier: from the quantity ladder; range: the top of a "min-max" range; single: one price. */
  basis: 'tier' | 'range' | 'single';
}

export type UnitPriceResult = { ok: true; price: UnitPrice } | { ok: false; reason: string };

/**
 * The price a buyer ordering `quantity` (default: the MOQ) would pay per unit.
 * From the ladder when the page shows a sane one; otherwise the top of the
 * range, because a range's bottom is often a cheaper variant or a bulk tier,
 * and comparing its bottom would flag offers that are not cheap at all.
 */
export function unitPriceOf(listing: Listing, quantity?: number): UnitPriceResult {
  const price = listing.price;
  if (price === null) return { ok: false, reason: 'the listing shows no price' };
  if (!(price.min > 0 && price.max >= price.min && Number.isFinite(price.max))) {
    return { ok: false, reason: 'the price shown is not a usable amount' };
  }
  const unit = canonicalUnit(listing.moq?.unit);
  if (unit === null) return { ok: false, reason: 'the listing does not say what unit its price is for' };
  const wanted = quantity ?? listing.moq?.quantity ?? null;
  const ladder = saneLadder(price.tiers);
  if (ladder) {
    const tier = tierFor(ladder, wanted);
    const lowest = Math.min(...ladder.map((t) => t.price));
    return {
      ok: true,
      price: { value: tier.price, lowest, currency: price.currency, unit, quantity: wanted, basis: 'tier' },
    };
  }
  const basis = price.max > price.min ? 'range' : 'single';
  return {
    ok: true,
    price: { value: price.max, lowest: price.min, currency: price.currency, unit, quantity: wanted, basis },
  };
}

/** The ladder in ascending quantity, or null when it is missing or makes no sense (overlapping or empty rungs). */
function saneLadder(tiers: readonly PriceTier[] | undefined): PriceTier[] | null {
  if (!tiers || tiers.length === 0) return null;
  const sorted = [...tiers].sort((a, b) => a.minQuantity - b.minQuantity);
  for (const [index, tier] of sorted.entries()) {
    if (!(tier.price > 0) || !Number.isFinite(tier.price)) return null;
    if (tier.maxQuantity !== null && tier.maxQuantity < tier.minQuantity) return null;
    const next = sorted[index + 1];
    if (
      next &&
      (next.minQuantity === tier.minQuantity || (tier.maxQuantity ?? Infinity) >= next.minQuantity)
    ) {
      return null;
    }
  }
  return sorted;
}

/** The rung covering `quantity`; the first rung below the ladder or when no quantity is known, the last above it. */
function tierFor(ladder: PriceTier[], quantity: number | null): PriceTier {
  if (quantity === null) return ladder[0] as PriceTier;
  let chosen = ladder[0] as PriceTier;
  for (const tier of ladder) if (tier.minQuantity <= quantity) chosen = tier;
  return chosen;
}
