import { z } from 'zod';
import { AssessmentSchema, LevelSchema } from '../signals/assessment';
import { MoqSchema, PriceSchema } from '../signals/listing';
import { PageKindSchema, SiteIdSchema } from '../signals/reading';
import { SupplierSchema } from '../signals/supplier';
import { StatusSchema } from '../signals/buyer';
import { CHECKLIST_ITEMS, MAX_NOTES, MAX_OFFERS, MAX_TAGS, MAX_VISITS } from './vocabulary';

/**
 * One supplier on the buyer's shortlist, as stored in IndexedDB and as
 * exported to JSON. Every field a later version adds must have a default
 * here, so that entries stored (or exported) by an earlier version still parse.
 */

export { STATUSES, StatusSchema, type Status } from '../signals/buyer';

export { STATUS_LABEL } from './status-label';

export {
  CHECKLIST_ITEMS,
  CHECKLIST_LABEL,
  MAX_NOTES,
  MAX_OFFERS,
  MAX_TAGS,
  MAX_VISITS,
  type ChecklistItem,
} from './vocabulary';

export const ChecklistItemSchema = z.enum(CHECKLIST_ITEMS);

/** Each step: when the buyer ticked it (epoch ms), or absent. */
export const ChecklistSchema = z.partialRecord(ChecklistItemSchema, z.number().int().min(0));
export type Checklist = z.infer<typeof ChecklistSchema>;

const money = z.number().min(0).max(1e12);
const percent = z.number().min(0).max(1000);

/** What it costs to get one saved offer to the buyer's door, besides its price (all in the offer's currency). */
export const LandedCostInputsSchema = z.object({
  quantity: z.number().positive().max(1e9),
  /** Per unit, in the offer's currency; starts as the offer's normalised price. */
  unitPrice: z.number().positive().max(1e9),
  freight: money,
  insurance: money,
  dutyPercent: percent,
  /** What duty is charged on: the goods alone (US customs value) or goods + freight + insurance (CIF, as in the EU). */
  dutyBase: z.enum(['goods', 'cif']).default('goods'),
  broker: money,
  otherFees: money,
  contingencyPercent: percent,
});
export type LandedCostInputs = z.infer<typeof LandedCostInputsSchema>;

/** An offer's price per unit, normalised as the price benchmarks do. */
export const SavedUnitPriceSchema = z.object({
  value: z.number().positive(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  unit: z.string().max(40),
  quantity: z.number().positive().nullable(),
});
export type SavedUnitPrice = z.infer<typeof SavedUnitPriceSchema>;

export const SavedOfferSchema = z.object({
  productId: z.string().min(1).max(100),
  title: z.string().max(500).nullable(),
  url: z.string().max(2_000).nullable(),
  price: PriceSchema.nullable(),
  moq: MoqSchema.nullable(),
  unitPrice: SavedUnitPriceSchema.nullable(),
  savedAt: z.number().int().min(0),
  landedCost: LandedCostInputsSchema.nullable().default(null),
});
export type SavedOffer = z.infer<typeof SavedOfferSchema>;

/** What one page showed about the supplier, on one visit. */
export const VisitSchema = z.object({
  seenAt: z.number().int().min(0),
  /** Pages of different kinds show different fields, so visits are compared within a kind. */
  page: PageKindSchema,
  url: z.string().max(2_000).nullable(),
  supplier: SupplierSchema,
});
export type Visit = z.infer<typeof VisitSchema>;

export const TagSchema = z.string().trim().min(1).max(40);

export const ShortlistEntrySchema = z
  .object({
    /** Site + storefront identity (see supplierKey): the same supplier from any listing is one entry. */
    key: z.string().min(3).max(200),
    site: SiteIdSchema,
    name: z.string().max(300).nullable(),
    /** The storefront's address. */
    url: z.string().max(2_000).nullable(),
    /** What the latest visit showed, and how it was judged then. */
    signals: SupplierSchema,
    assessment: AssessmentSchema.nullable(),
    /** The level, copied out of the assessment so it can be indexed and filtered ('unknown' when never judged). */
    level: LevelSchema,
    offers: z.array(SavedOfferSchema).max(MAX_OFFERS).default([]),
    status: StatusSchema.default('considering'),
    notes: z.string().max(MAX_NOTES).default(''),
    tags: z.array(TagSchema).max(MAX_TAGS).default([]),
    checklist: ChecklistSchema.default({}),
    /** Oldest first, at most MAX_VISITS. */
    history: z.array(VisitSchema).max(MAX_VISITS).default([]),
    addedAt: z.number().int().min(0),
    updatedAt: z.number().int().min(0),
  })
  // A key of another shape would never meet its supplier's pages again (no visits, no mark on badges).
  .refine((entry) => entry.key.startsWith(`${entry.site}:`) && entry.key.length > entry.site.length + 1, {
    message: 'should be the site and the storefront, as in “alibaba:acme”',
    path: ['key'],
  });
export type ShortlistEntry = z.infer<typeof ShortlistEntrySchema>;
