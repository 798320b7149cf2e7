/**
 * Badges a marketplace can show for a supplier, in display order. Kept apart
 * from the zod schema so content scripts can use the list without zod.
 */
export const BADGES = [
  'verified',
  'verified-pro',
  'gold',
  'assessed',
  'trade-assurance',
  'guaranteed',
] as const;

/** Each badge as the marketplace names it, for the buyer to read. */
export const BADGE_NAME: Record<(typeof BADGES)[number], string> = {
  verified: 'Verified',
  'verified-pro': 'Verified Pro',
  gold: 'Gold Supplier',
  assessed: 'Assessed',
  'trade-assurance': 'Trade Assurance',
  guaranteed: 'Guaranteed',
};
