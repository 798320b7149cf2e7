import type { Assessment } from '../signals/assessment';
import { ListingSchema, type Listing } from '../signals/listing';
import type { Supplier } from '../signals/supplier';
import {
  BackgroundRequestSchema,
  type ErrorResponse,
  type JudgeRequest,
  type JudgeResponse,
  type PriceHistorySize,
  type ShortlistSaveRequest,
  type ShortlistSaveResponse,
} from './protocol';
import type { ChatDismissal, ChatMemorySize, CheckChatRequest, CheckChatResponse } from './chat-protocol';
import { mayAsk, type SenderKind } from './sender-policy';
import type { BuyerKnowledge, SeenOn } from '../background/buyer-knowledge';
import type { SupplierChanges } from '../judge/judge';
import type { ShortlistEntry } from '../shortlist/entry';
import type { EntryPatch } from '../shortlist/patch';
import type { SaveResult } from '../storage/save-settings';
import type { SettingsChange } from '../storage/settings-change';
import { storageProblem } from '../storage/storage-error';
import { Refusal } from './refusal';

/** What the handlers need from the rest of the background, injected so tests can run them directly. */
export interface HandlerDeps<Settings> {
  loadSettings(): Promise<Settings>;
  /** The site adapter's interpretation of inline-JSON records a content script passed on. */
  interpret(site: JudgeRequest['site'], batch: NonNullable<JudgeRequest['batch']>): Listing[];
  /**
   * Offers seen together on one page, judged together (each price against the
   * others and what is known of their market). `pageUrl` is the sender's, as
   * the browser reported it.
   */
  judgePage(
    listings: readonly Listing[],
    settings: Settings,
    page: { url: URL | null },
    changesOf: SupplierChanges,
  ): Promise<Assessment[]>;
  judgeSupplier(supplier: Supplier, settings: Settings, changesOf?: SupplierChanges): Assessment;
  /** The buyer's shortlist and allowlist for the suppliers on one page (see readBuyerKnowledge). */
  buyerKnowledge(seenOn: SeenOn, suppliers: readonly Supplier[], settings: Settings): Promise<BuyerKnowledge>;
  priceHistorySize(): Promise<number>;
  clearPriceHistory(): Promise<void>;
  /** The chat guard: detector plus the conversation's remembered account details. */
  checkChat(request: CheckChatRequest): Promise<CheckChatResponse>;
  chatDismissal(conversation: string, dismissed: boolean | undefined): Promise<ChatDismissal>;
  chatMemorySize(): Promise<ChatMemorySize>;
  clearChatMemory(): Promise<void>;
  shortlistSave(request: ShortlistSaveRequest, pageUrl: string | null): Promise<ShortlistSaveResponse>;
  shortlistUpdate(key: string, patch: EntryPatch): Promise<ShortlistEntry | null>;
  shortlistRemove(keys: readonly string[]): Promise<void>;
  /** The one writer of settings: validates the change and keeps every other stored field. */
  saveSettings(change: SettingsChange): Promise<SaveResult>;
  /** Shortlist, price history, chat memory and settings: all gone. */
  deleteEverything(): Promise<void>;
}

export type HandlerResponse =
  | JudgeResponse
  | PriceHistorySize
  | CheckChatResponse
  | ChatDismissal
  | ChatMemorySize
  | ShortlistSaveResponse
  | { entry: ShortlistEntry | null }
  | { ok: true }
  | SaveResult
  | ErrorResponse;

/** Validates a message and its sender, then answers it. Never throws. */
export async function handleBackgroundMessage<Settings>(
  message: unknown,
  senderKind: SenderKind,
  deps: HandlerDeps<Settings>,
  /** The sender's URL (the page a content script runs in). */
  senderUrl: string | null = null,
): Promise<HandlerResponse> {
  const started = performance.now();
  const parsed = BackgroundRequestSchema.safeParse(message);
  if (!parsed.success) return { error: 'malformed message' };
  if (!mayAsk(senderKind, parsed.data.type)) return { error: `not allowed: ${parsed.data.type}` };
  try {
    switch (parsed.data.type) {
      case 'judge': {
        // Only our own pages may say which page offers came from; a content script's is its own.
        const pageUrl = senderKind === 'extension-page' ? (parsed.data.pageUrl ?? senderUrl) : senderUrl;
        return await judge(parsed.data, deps, pageUrl, started);
      }
      case 'price-history-size':
        return { observations: await deps.priceHistorySize() };
      case 'clear-price-history':
        await deps.clearPriceHistory();
        return { observations: await deps.priceHistorySize() };
      case 'check-chat':
        return await deps.checkChat(parsed.data);
      case 'chat-dismissal':
        return await deps.chatDismissal(parsed.data.conversation, parsed.data.dismissed);
      case 'chat-memory-size':
        return await deps.chatMemorySize();
      case 'clear-chat-memory':
        await deps.clearChatMemory();
        return await deps.chatMemorySize();
      case 'shortlist-save':
        return await deps.shortlistSave(parsed.data, senderUrl);
      case 'shortlist-update':
        return { entry: await deps.shortlistUpdate(parsed.data.key, parsed.data.patch) };
      case 'shortlist-remove':
        await deps.shortlistRemove(parsed.data.keys);
        return { ok: true };
      case 'save-settings':
        return await deps.saveSettings(parsed.data.change);
      case 'delete-everything':
        await deps.deleteEverything();
        return { ok: true };
    }
  } catch (error) {
    // Storage failures (a full disk) reach the buyer in words they can act on.
    if (error instanceof Refusal) return { error: error.message };
    return { error: storageProblem(error) ?? `failed: ${String(error)}` };
  }
}

async function judge<Settings>(
  request: JudgeRequest,
  deps: HandlerDeps<Settings>,
  senderUrl: string | null,
  /** When the message arrived (performance.now()), for the answer's timing. */
  started: number,
): Promise<JudgeResponse> {
  // Settings come from storage (through a cache it invalidates): the worker may have been restarted.
  const settings = await deps.loadSettings();
  // Interpreted from page JSON here, so checked against the schema like any listing sent to us.
  const fromBatch = request.batch ? deps.interpret(request.site, request.batch) : [];
  const keyed = fromBatch.filter(
    (listing): listing is Listing & { productId: string } =>
      listing.productId !== null && ListingSchema.safeParse(listing).success,
  );
  const listings = [...request.listings, ...keyed];
  const suppliers = listings.map((listing) => listing.supplier);
  if (request.supplier) suppliers.push(request.supplier);
  const seenOn = { site: request.site, page: request.page, url: senderUrl };
  const buyer = await deps.buyerKnowledge(seenOn, suppliers, settings);
  // One page, one market: the offers sent as listings and those from the batch are compared together.
  const judging = performance.now();
  const assessments = await deps.judgePage(
    listings,
    settings,
    { url: senderUrl === null ? null : safeUrl(senderUrl) },
    buyer.changesOf,
  );
  const judgeMs = performance.now() - judging;
  const marked = (assessment: Assessment, supplier: Supplier): Assessment => {
    const mark = buyer.markOf(supplier);
    return mark ? { ...assessment, buyer: mark } : assessment;
  };
  const sent = request.listings.length;
  const supplier = request.supplier
    ? marked(deps.judgeSupplier(request.supplier, settings, buyer.changesOf), request.supplier)
    : null;
  // After the answer: the page is waiting for its badges, the history is not.
  setTimeout(() => {
    buyer
      .recordVisits((seen) => deps.judgeSupplier(seen, settings, buyer.changesOf))
      .catch((error: unknown) => console.warn('[Supplier Radar] shortlist:', error));
  }, 0);
  return {
    supplier,
    listings: request.listings.map((listing, index) =>
      marked(assessments[index] as Assessment, listing.supplier),
    ),
    batch: keyed.map((listing, index) => ({
      key: listing.productId,
      subject: listing.supplier.name,
      title: listing.title,
      assessment: marked(assessments[sent + index] as Assessment, listing.supplier),
    })),
    timing: { judgeMs, workerMs: performance.now() - started },
  };
}

function safeUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
