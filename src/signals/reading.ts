import { z } from 'zod';
import { ListingSchema } from './listing';
import { SupplierSchema } from './supplier';

export const SITE_IDS = ['alibaba'] as const;
export const SiteIdSchema = z.enum(SITE_IDS);
export type SiteId = z.infer<typeof SiteIdSchema>;

export const PAGE_KINDS = ['search', 'product', 'supplier', 'chat', 'other'] as const;
export const PageKindSchema = z.enum(PAGE_KINDS);
export type PageKind = z.infer<typeof PageKindSchema>;

/**
 * ok: everything expected was read; partial: the page was read but some of
 * it could not be; blocked: a challenge page replaced the content;
 * unsupported: no adapter knows this page.
 */
export const HealthSchema = z.enum(['ok', 'partial', 'blocked', 'unsupported']);
export type Health = z.infer<typeof HealthSchema>;

/** Everything an adapter read from one page: pure data, no scores. */
export const PageReadingSchema = z.object({
  site: SiteIdSchema.nullable(),
  page: PageKindSchema,
  health: HealthSchema,
  /** The page's own supplier (product and supplier pages). */
  supplier: SupplierSchema.nullable(),
  listings: z.array(ListingSchema).max(2000),
  /** Why health is not "ok", in plain words ("offer JSON is truncated"). */
  problems: z.array(z.string()),
});
export type PageReading = z.infer<typeof PageReadingSchema>;
