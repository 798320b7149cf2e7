import { z } from 'zod';
import { SupplierSchema } from './supplier';

/** One rung of a quantity price ladder: from `minQuantity` (inclusive) up to `maxQuantity` (null = open). */
export const PriceTierSchema = z.object({
  minQuantity: z.number().min(0),
  maxQuantity: z.number().min(0).nullable(),
  price: z.number().positive(),
});
export type PriceTier = z.infer<typeof PriceTierSchema>;

export const PriceSchema = z.object({
  min: z.number().positive(),
  max: z.number().positive(),
  /** ISO 4217, upper case. */
  currency: z.string().regex(/^[A-Z]{3}$/),
  tiers: z.array(PriceTierSchema).optional(),
});
export type Price = z.infer<typeof PriceSchema>;

export const MoqSchema = z.object({
  quantity: z.number().positive(),
  /** Unit as the page writes it, lower case ("pieces", "bags", "set"). */
  unit: z.string().nullable(),
});
export type Moq = z.infer<typeof MoqSchema>;

export const ListingSchema = z.object({
  productId: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  price: PriceSchema.nullable(),
  moq: MoqSchema.nullable(),
  supplier: SupplierSchema,
  /** Payment terms the listing advertises in its own text ("Western Union, T/T"), verbatim. */
  paymentTerms: z.array(z.string()),
});
export type Listing = z.infer<typeof ListingSchema>;
