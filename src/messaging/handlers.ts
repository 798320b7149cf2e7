import type { Assessment } from '../signals/assessment';
import { ListingSchema, type Listing } from '../signals/listing';
import type { Supplier } from '../signals/supplier';
import {
  BackgroundRequestSchema,
  type ChatDismissal,
  type ChatMemorySize,
  type CheckChatRequest,
  type CheckChatResponse,
  type ErrorResponse,
  type JudgeRequest,
  type JudgeResponse,
  type PriceHistorySize,
} from './protocol';
import { mayAsk, type SenderKind } from './sender-policy';

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
  ): Promise<Assessment[]>;
  judgeSupplier(supplier: Supplier, settings: Settings): Assessment;
  priceHistorySize(): Promise<number>;
  clearPriceHistory(): Promise<void>;
  /** The chat guard: detector plus the conversation's remembered account details. */
  checkChat(request: CheckChatRequest): Promise<CheckChatResponse>;
  chatDismissal(conversation: string, dismissed: boolean | undefined): Promise<ChatDismissal>;
  chatMemorySize(): Promise<ChatMemorySize>;
  clearChatMemory(): Promise<void>;
}

export type HandlerResponse =
  JudgeResponse | PriceHistorySize | CheckChatResponse | ChatDismissal | ChatMemorySize | ErrorResponse;

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
    }
  } catch (error) {
    return { error: `failed: ${String(error)}` };
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
  // One page, one market: the offers sent as listings and those from the batch are compared together.
  const judging = performance.now();
  const assessments = await deps.judgePage([...request.listings, ...keyed], settings, {
    url: senderUrl === null ? null : safeUrl(senderUrl),
  });
  const judgeMs = performance.now() - judging;
  const sent = request.listings.length;
  return {
    supplier: request.supplier ? deps.judgeSupplier(request.supplier, settings) : null,
    listings: assessments.slice(0, sent),
    batch: keyed.map((listing, index) => ({
      key: listing.productId,
      subject: listing.supplier.name,
      title: listing.title,
      assessment: assessments[sent + index] as Assessment,
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
