import { z } from 'zod';
import { BADGES } from './badges';

export { BADGES };

export const BadgeSchema = z.enum(BADGES);
export type Badge = z.infer<typeof BadgeSchema>;

export const BusinessTypeSchema = z.enum(['manufacturer', 'trading', 'manufacturer-trading']);
export type BusinessType = z.infer<typeof BusinessTypeSchema>;

const rate = z.number().min(0).max(1);

/**
 * What a page shows about one supplier. A value the page does not show is
 * null, never a guessed default: unknown never counts against a supplier.
 */
export const SupplierSchema = z.object({
  name: z.string().nullable(),
  url: z.string().nullable(),
  /** ISO 3166-1 alpha-2, upper case. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  yearsActive: z.number().int().min(0).max(100).nullable(),
  badges: z.array(BadgeSchema),
  /**
   * True when the page shows this supplier's verification status, so that a
   * missing "verified" badge means "not verified" rather than "not shown".
   */
  verificationShown: z.boolean(),
  responseRate: rate.nullable(),
  responseTimeHours: z.number().min(0).nullable(),
  onTimeDeliveryRate: rate.nullable(),
  rating: z.number().min(0).max(5).nullable(),
  reviewCount: z.number().int().min(0).nullable(),
  businessType: BusinessTypeSchema.nullable(),
});
export type Supplier = z.infer<typeof SupplierSchema>;
