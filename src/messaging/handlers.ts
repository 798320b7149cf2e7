import type { Assessment } from '../signals/assessment';
import { ListingSchema, type Listing } from '../signals/listing';
import type { Supplier } from '../signals/supplier';
import {
  BackgroundRequestSchema,
  type ErrorResponse,
  type JudgeRequest,
  type JudgeResponse,
} from './protocol';
import { mayAsk, type SenderKind } from './sender-policy';

/** What the handlers need from the rest of the background, injected so tests can run them directly. */
export interface HandlerDeps<Settings> {
  loadSettings(): Promise<Settings>;
  /** The site adapter's interpretation of inline-JSON records a content script passed on. */
  interpret(site: JudgeRequest['site'], batch: NonNullable<JudgeRequest['batch']>): Listing[];
  /** Offers seen together, judged together: each one's price is compared with the others'. */
  judgeListings(listings: readonly Listing[], settings: Settings): Assessment[];
  judgeSupplier(supplier: Supplier, settings: Settings): Assessment;
}

export type HandlerResponse = JudgeResponse | ErrorResponse;

/** Validates a message and its sender, then answers it. Never throws. */
export async function handleBackgroundMessage<Settings>(
  message: unknown,
  senderKind: SenderKind,
  deps: HandlerDeps<Settings>,
): Promise<HandlerResponse> {
  const parsed = BackgroundRequestSchema.safeParse(message);
  if (!parsed.success) return { error: 'malformed message' };
  if (!mayAsk(senderKind, parsed.data.type)) return { error: `not allowed: ${parsed.data.type}` };
  try {
    switch (parsed.data.type) {
      case 'judge':
        return await judge(parsed.data, deps);
    }
  } catch (error) {
    return { error: `failed: ${String(error)}` };
  }
}

async function judge<Settings>(request: JudgeRequest, deps: HandlerDeps<Settings>): Promise<JudgeResponse> {
  // Settings come from storage (through a cache it invalidates): the worker may have been restarted.
  const settings = await deps.loadSettings();
  // Interpreted from page JSON here, so checked against the schema like any listing sent to us.
  const fromBatch = request.batch ? deps.interpret(request.site, request.batch) : [];
  const keyed = fromBatch.filter(
    (listing): listing is Listing & { productId: string } =>
      listing.productId !== null && ListingSchema.safeParse(listing).success,
  );
  // One page, one market: the offers sent as listings and those from the batch are compared together.
  const assessments = deps.judgeListings([...request.listings, ...keyed], settings);
  const sent = request.listings.length;
  return {
    supplier: request.supplier ? deps.judgeSupplier(request.supplier, settings) : null,
    listings: assessments.slice(0, sent),
    batch: keyed.map((listing, index) => ({
      key: listing.productId,
      subject: listing.supplier.name,
      assessment: assessments[sent + index] as Assessment,
    })),
  };
}
