import type { PageKind, PageReading } from '../../signals/reading';
import type { PageCapture, PageReader, ReadingForJudging, SiteAdapter, SiteCapture } from '../types';
import { hasChallengeScript, showsChallengeElement } from './challenge';
import { alibabaPageKind } from './pages';
import { searchPriceTopic } from './search/price-topic';

/**
 * alibaba.com as a content script sees it, over the captures of the page
 * kinds that script handles (one each: a page loads only its own kind's code).
 */
export function alibabaCapture<C extends PageCapture>(
  captures: readonly C[],
): SiteCapture & { captureFor(url: URL): C | null } {
  // Asked on every rescan of the page: remember the answer for the current URL.
  let last: { href: string; kind: PageKind; capture: C | null } | null = null;
  const captureAt = (url: URL) => {
    if (last?.href !== url.href) {
      const kind = alibabaPageKind(url);
      last = { href: url.href, kind, capture: captures.find((candidate) => candidate.kind === kind) ?? null };
    }
    return last;
  };
  return {
    id: 'alibaba',
    pageKind: alibabaPageKind,
    captureFor: (url) => captureAt(url).capture,
    readForJudging: (doc, url) => guarded(doc, captureAt(url), (capture) => capture.readForJudging(doc, url)),
    findCards: (root, url) => captureAt(url).capture?.findCards(root, url) ?? [],
    findCardsAround: (elements, url) => captureAt(url).capture?.findCardsAround?.(elements, url) ?? null,
    cardsForJudging: (cards, url) =>
      captureAt(url).capture?.cardsForJudging(cards, url) ?? { listings: [], batch: null },
    recordKey: (record, url) => captureAt(url).capture?.recordKey?.(record) ?? null,
  };
}

/** alibaba.com with every page kind whole: for the background and the audit CLI. */
export function alibabaWith(readers: readonly PageReader[]): SiteAdapter {
  const capture = alibabaCapture(readers);
  return {
    ...capture,
    matches: ['*://*.alibaba.com/*'],
    read: (doc, url) =>
      guarded(doc, { kind: alibabaPageKind(url), capture: capture.captureFor(url) }, (reader) => ({
        reading: reader.read(doc, url),
        batch: null,
      })).reading,
    readCard: (card, url) => capture.captureFor(url)?.readCard(card, url) ?? null,
    priceTopic: (url) => (alibabaPageKind(url) === 'search' ? searchPriceTopic(url) : null),
    interpret(batch) {
      const reader = readers.find((candidate) => candidate.batchFormat === batch.format);
      return reader?.interpret?.(batch) ?? [];
    },
  };
}

/** Challenge pages and unknown kinds first, then the page's own reading; one that throws reads as partial. */
function guarded<C>(
  doc: Document,
  { kind, capture }: { kind: PageKind; capture: C | null },
  readPage: (capture: C) => ReadingForJudging,
): ReadingForJudging {
  const blocked = () => blank(kind, 'blocked', 'Alibaba.com showed a robot check instead of the page');
  if (showsChallengeElement(doc)) return blocked();
  // A challenge that shows only through its script config leaves nothing to read: the costlier
  // scan of the page's scripts is kept for pages that gave nothing.
  const read = readOrPartial(kind, capture, readPage);
  if (showsNothing(read) && hasChallengeScript(doc)) return blocked();
  return read;
}

function readOrPartial<C>(
  kind: PageKind,
  capture: C | null,
  readPage: (capture: C) => ReadingForJudging,
): ReadingForJudging {
  if (!capture) return blank(kind, 'unsupported', 'Supplier Radar does not read this kind of page');
  try {
    return readPage(capture);
  } catch (error) {
    return blank(kind, 'partial', `reading failed: ${String(error)}`);
  }
}

function showsNothing({ reading, batch }: ReadingForJudging): boolean {
  return reading.supplier === null && reading.listings.length === 0 && batch === null;
}

function blank(page: PageKind, health: PageReading['health'], problem: string): ReadingForJudging {
  return {
    reading: { site: 'alibaba', page, health, supplier: null, listings: [], problems: [problem] },
    batch: null,
  };
}
