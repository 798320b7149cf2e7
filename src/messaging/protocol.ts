import { z } from 'zod';
import { AssessmentSchema } from '../signals/assessment';
import { ListingSchema } from '../signals/listing';
import { HealthSchema, PageKindSchema, SiteIdSchema } from '../signals/reading';
import { SupplierSchema } from '../signals/supplier';

/**
 * Every message between the parts of the extension: one zod schema each.
 * Content scripts may only send CONTENT_SCRIPT_MESSAGES; anything else must
 * come from an extension page (popup, options).
 */

/** Content script -> background: judge what the page showed. */
export const JudgeRequestSchema = z.object({
  type: z.literal('judge'),
  site: SiteIdSchema,
  page: PageKindSchema,
  supplier: SupplierSchema.nullable(),
  listings: z.array(ListingSchema).max(500),
});
export type JudgeRequest = z.infer<typeof JudgeRequestSchema>;

export const JudgeResponseSchema = z.object({
  supplier: AssessmentSchema.nullable(),
  listings: z.array(AssessmentSchema),
});
export type JudgeResponse = z.infer<typeof JudgeResponseSchema>;

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

export const PageSummarySchema = z.object({
  site: SiteIdSchema.nullable(),
  page: PageKindSchema,
  health: HealthSchema,
  problems: z.array(z.string()),
  /** Badges on the page now, by level. */
  counts: LevelCountsSchema,
  listingsRead: z.number().int().min(0),
});
export type PageSummary = z.infer<typeof PageSummarySchema>;

/** Requests the background answers, by type. */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [JudgeRequestSchema]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<BackgroundRequest['type']> = new Set(['judge']);

/** What a handler answers when it refuses or fails: never thrown across the boundary. */
export const ErrorResponseSchema = z.object({ error: z.string() });
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
