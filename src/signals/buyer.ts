import { z } from 'zod';
import { STATUSES } from './statuses';

export { STATUSES, type Status } from './statuses';
export const StatusSchema = z.enum(STATUSES);

/** What the buyer has said about a supplier a badge is about: on the shortlist, and/or verified by them. */
export const BuyerMarkSchema = z.object({
  /** The supplier key (site + storefront). */
  key: z.string(),
  /** Null when the supplier is not on the shortlist. */
  status: StatusSchema.nullable(),
  /** When the buyer marked the supplier "I have verified this supplier"; null when they haven't. */
  verifiedAt: z.number().int().min(0).nullable(),
});
export type BuyerMark = z.infer<typeof BuyerMarkSchema>;
