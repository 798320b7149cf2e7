/**
 * Where the buyer is with a shortlisted supplier. Kept apart from the schemas
 * (buyer.ts builds StatusSchema from it) so the popup's first paint can name
 * statuses without loading zod.
 */
export const STATUSES = ['considering', 'contacted', 'sample-ordered', 'approved', 'rejected'] as const;
export type Status = (typeof STATUSES)[number];
