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
