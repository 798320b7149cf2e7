import type { PageKind, PageReading } from '../../signals/reading';
import type { PageReader, ReadingForJudging, SiteAdapter } from '../types';
import { isChallengePage } from './challenge';
import { alibabaPageKind } from './pages';

/**
 * An alibaba.com adapter over some of its page readers: all of them for the
 * background and the CLI, one for each content script.
 */
export function alibabaWith(readers: readonly PageReader[]): SiteAdapter {
  // Asked on every rescan of the page: remember the answer for the current URL.
  let last: { href: string; kind: PageKind; reader: PageReader | null } | null = null;
  const readerFor = (url: URL) => {
    if (last?.href !== url.href) {
      const kind = alibabaPageKind(url);
      last = { href: url.href, kind, reader: readers.find((candidate) => candidate.kind === kind) ?? null };
    }
    return last;
  };

  /** Challenge pages and unknown kinds first, then the reader; a reader that throws reads as partial. */
  const readWith = (url: URL, doc: Document, readPage: (reader: PageReader) => ReadingForJudging) => {
    const { kind, reader } = readerFor(url);
    if (isChallengePage(doc))
      return blank(kind, 'blocked', 'Alibaba.com showed a robot check instead of the page');
    if (!reader) return blank(kind, 'unsupported', 'Supplier Radar does not read this kind of page');
    try {
      return readPage(reader);
    } catch (error) {
      return blank(kind, 'partial', `reading failed: ${String(error)}`);
    }
  };

  return {
    id: 'alibaba',
    matches: ['*://*.alibaba.com/*'],
    pageKind: alibabaPageKind,
    read: (doc, url) =>
      readWith(url, doc, (reader) => ({ reading: reader.read(doc, url), batch: null })).reading,
    readForJudging: (doc, url) =>
      readWith(
        url,
        doc,
        (reader) => reader.readForJudging?.(doc, url) ?? { reading: reader.read(doc, url), batch: null },
      ),
    interpret(batch) {
      const reader = readers.find((candidate) => candidate.batchFormat === batch.format);
      return reader?.interpret?.(batch) ?? [];
    },
    findCards: (root, url) => readerFor(url).reader?.findCards(root, url) ?? [],
    readCard: (card, url) => readerFor(url).reader?.readCard(card, url) ?? null,
    cardsForJudging(cards, url) {
      const reader = readerFor(url).reader;
      if (reader?.cardsForJudging) return reader.cardsForJudging(cards, url);
      const listings = cards.flatMap((slot) => {
        const listing = reader?.readCard(slot.card, url);
        return listing ? [{ ...listing, productId: slot.key }] : [];
      });
      return { listings, batch: null };
    },
  };
}

function blank(page: PageKind, health: PageReading['health'], problem: string): ReadingForJudging {
  return {
    reading: { site: 'alibaba', page, health, supplier: null, listings: [], problems: [problem] },
    batch: null,
  };
}
