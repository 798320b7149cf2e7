import { z } from 'zod';
import { LevelSchema } from '../signals/assessment';
import { HealthSchema, PageKindSchema, SiteIdSchema } from '../signals/reading';
import { MAX_OUTLIERS, MAX_RISKIEST } from './limits';

/**
 * Messages between the popup and the content script of the tab it was opened
 * on (tabs.sendMessage): what the page read, scroll to a card, save the
 * page's supplier. The content script answers only its own extension's pages.
 */

/** Popup -> content script (tabs.sendMessage): what did you read here? */
export const PageSummaryRequestSchema = z.object({ type: z.literal('page-summary') });
export type PageSummaryRequest = z.infer<typeof PageSummaryRequestSchema>;

const LevelCountsSchema = z.object({
  low: z.number().int().min(0),
  medium: z.number().int().min(0),
  high: z.number().int().min(0),
  unknown: z.number().int().min(0),
});
export type LevelCounts = z.infer<typeof LevelCountsSchema>;

export const PriceOutlierSchema = z.object({
  title: z.string().nullable(),
  subject: z.string().nullable(),
  severity: z.enum(['warning', 'danger']),
  message: z.string(),
});
export type PriceOutlier = z.infer<typeof PriceOutlierSchema>;

/** A card the popup lists among the page's riskiest; `key` finds it again (scroll-to-card). */
export const RiskyCardSchema = z.object({
  key: z.string().max(200),
  title: z.string().nullable(),
  subject: z.string().nullable(),
  level: LevelSchema,
  /** The card's top concern, in plain words. */
  finding: z.string().nullable(),
});
export type RiskyCard = z.infer<typeof RiskyCardSchema>;

/** Popup -> content script: bring this card into view and focus its badge. */
export const ScrollToCardRequestSchema = z.object({
  type: z.literal('scroll-to-card'),
  key: z.string().max(200),
});
export type ScrollToCardRequest = z.infer<typeof ScrollToCardRequestSchema>;

/** Popup -> content script: save the supplier this page is about to the shortlist (answers ShortlistSaveResponse). */
export const SavePageSupplierRequestSchema = z.object({ type: z.literal('save-page-supplier') });

export const PageSummarySchema = z.object({
  site: SiteIdSchema.nullable(),
  page: PageKindSchema,
  health: HealthSchema,
  problems: z.array(z.string()),
  /** Badges on the page now, by level. */
  counts: LevelCountsSchema,
  listingsRead: z.number().int().min(0),
  /** Offers priced far below their benchmark, worst first. */
  outliers: z.array(PriceOutlierSchema).max(MAX_OUTLIERS),
  /** The highest-risk badges on the page, riskiest first, each with its top concern. */
  riskiest: z.array(RiskyCardSchema).max(MAX_RISKIEST).default([]),
  /** The supplier a product or supplier page is about, when the page names its storefront. */
  pageSupplier: z.object({ key: z.string(), name: z.string().nullable() }).nullable().default(null),
});
export type PageSummary = z.infer<typeof PageSummarySchema>;
