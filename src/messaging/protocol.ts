import { z } from 'zod';
import { AssessmentSchema } from '../signals/assessment';
import { ListingSchema } from '../signals/listing';
import { PageKindSchema, SiteIdSchema } from '../signals/reading';
import { SupplierSchema } from '../signals/supplier';
import {
  ChatDismissalRequestSchema,
  ChatMemorySizeRequestSchema,
  CheckChatRequestSchema,
  ClearChatMemoryRequestSchema,
} from './chat-protocol';
import { ShortlistEntrySchema } from '../shortlist/entry';
import { EntryPatchSchema } from '../shortlist/patch';
import { SettingsChangeSchema } from '../storage/settings-change';

/**
 * Every message the background answers: one zod schema each (the chat's are
 * in chat-protocol.ts; the popup's to a tab's content script in
 * page-protocol.ts). Content scripts may only send CONTENT_SCRIPT_MESSAGES;
 * anything else must come from an extension page (popup, options).
 */

const JsonScalarSchema = z.union([z.string().max(20_000), z.number(), z.boolean(), z.null()]);
const PageRecordSchema = z.record(
  z.string().max(100),
  z.union([JsonScalarSchema, z.array(z.record(z.string().max(100), JsonScalarSchema)).max(100)]),
);

/** Inline-JSON records a content script leaves for the background to interpret (see RecordBatch). */
export const RecordBatchSchema = z.object({
  format: z.literal('alibaba-search-offers'),
  context: z.record(z.string().max(100), z.boolean()),
  records: z.array(PageRecordSchema).max(500),
  unreadable: z.number().int().min(0),
});

/** Content script -> background: judge what the page showed. */
export const JudgeRequestSchema = z.object({
  type: z.literal('judge'),
  site: SiteIdSchema,
  page: PageKindSchema,
  supplier: SupplierSchema.nullable(),
  listings: z.array(ListingSchema).max(500),
  batch: RecordBatchSchema.optional(),
  /**
   * The page the offers were seen on, for its price history. Honoured only from
   * extension pages (re-judging saved offers): a content script's page is the
   * one the browser says it runs in.
   */
  pageUrl: z.string().max(2_000).optional(),
});
export type JudgeRequest = z.infer<typeof JudgeRequestSchema>;

export const JudgeResponseSchema = z.object({
  supplier: AssessmentSchema.nullable(),
  listings: z.array(AssessmentSchema),
  /** One per listing interpreted from the batch, keyed by product id. */
  batch: z.array(
    z.object({
      key: z.string(),
      subject: z.string().nullable(),
      title: z.string().nullable(),
      assessment: AssessmentSchema,
    }),
  ),
  /**
   * How long the worker took (for the bench): from the message to its answer,
   * and of that, judging the page's offers (history read, prices, rules).
   */
  timing: z.object({ workerMs: z.number().min(0), judgeMs: z.number().min(0) }).optional(),
});
export type JudgeResponse = z.infer<typeof JudgeResponseSchema>;

/** Options page -> background: how many prices does the history hold; forget them all. */
export const PriceHistorySizeRequestSchema = z.object({ type: z.literal('price-history-size') });
export const ClearPriceHistoryRequestSchema = z.object({ type: z.literal('clear-price-history') });
export const PriceHistorySizeSchema = z.object({ observations: z.number().int().min(0) });
export type PriceHistorySize = z.infer<typeof PriceHistorySizeSchema>;

/**
 * Content script -> background: put this supplier (and the offer, when saved
 * from an offer's badge) on the shortlist, or refresh it there. The one
 * shortlist change a content script may ask for: it only adds what the page
 * showed; notes, status, checklist, deleting and importing are the extension pages'.
 */
export const ShortlistSaveRequestSchema = z.object({
  type: z.literal('shortlist-save'),
  site: SiteIdSchema,
  page: PageKindSchema,
  /** Null when the offer (or its batch record) names it. */
  supplier: SupplierSchema.nullable(),
  assessment: AssessmentSchema.nullable(),
  offer: ListingSchema.nullable(),
  /** A search card's offer, uninterpreted (one record), as a judge request carries it. */
  batch: RecordBatchSchema.optional(),
});
export type ShortlistSaveRequest = z.infer<typeof ShortlistSaveRequestSchema>;
export const ShortlistSaveResponseSchema = z.object({
  key: z.string(),
  name: z.string().nullable(),
  /** False when the supplier was already on the shortlist (it was refreshed). */
  added: z.boolean(),
});
export type ShortlistSaveResponse = z.infer<typeof ShortlistSaveResponseSchema>;

/** Extension pages -> background: change one entry, remove entries, or empty the shortlist. */
export const ShortlistUpdateRequestSchema = z.object({
  type: z.literal('shortlist-update'),
  key: z.string().max(200),
  patch: EntryPatchSchema,
});
export const ShortlistRemoveRequestSchema = z.object({
  type: z.literal('shortlist-remove'),
  keys: z.array(z.string().max(200)).max(10_000),
});
export const ShortlistEntryResponseSchema = z.object({ entry: ShortlistEntrySchema.nullable() });
/** Deletes everything Supplier Radar keeps: shortlist, price history, chat memory and settings. */
export const DeleteEverythingRequestSchema = z.object({ type: z.literal('delete-everything') });
export const OkResponseSchema = z.object({ ok: z.literal(true) });

/** Extension pages -> background: change settings (rules, targets, rates, the verified-supplier allowlist). */
export const SaveSettingsRequestSchema = z.object({
  type: z.literal('save-settings'),
  change: SettingsChangeSchema,
});
export const SaveSettingsResponseSchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/** Requests the background answers, by type. */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  JudgeRequestSchema,
  PriceHistorySizeRequestSchema,
  ClearPriceHistoryRequestSchema,
  CheckChatRequestSchema,
  ChatDismissalRequestSchema,
  ClearChatMemoryRequestSchema,
  ChatMemorySizeRequestSchema,
  ShortlistSaveRequestSchema,
  ShortlistUpdateRequestSchema,
  ShortlistRemoveRequestSchema,
  DeleteEverythingRequestSchema,
  SaveSettingsRequestSchema,
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<BackgroundRequest['type']> = new Set([
  'judge',
  'check-chat',
  'chat-dismissal',
  'shortlist-save',
]);

/** What a handler answers when it refuses or fails: never thrown across the boundary. */
export const ErrorResponseSchema = z.object({ error: z.string() });
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
