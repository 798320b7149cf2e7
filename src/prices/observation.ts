/** A unit price the buyer saw on a search page, kept to benchmark later pages on the same topic. */
export interface PriceObservation {
  /** The search it was seen under (see the site's priceTopic): only like is compared with like. */
  topic: string;
  productId: string;
  /** Price per unit at the minimum order, in `currency`. */
  value: number;
  currency: string;
  /** Folded unit ("piece"). */
  unit: string;
  /** Milliseconds since the epoch. */
  seenAt: number;
}

/** The buyer's own target price for a kind of product: the most trusted benchmark there is. */
export interface TargetPrice {
  /** Words a listing's title must all contain ("bubble sofa"). */
  product: string;
  /** Price per `unit` in `currency`. */
  price: number;
  currency: string;
  unit: string;
}
