import type { Level } from '../signals/assessment';
import { convert, type RateTable } from '../prices/reference-rates';
import type { ShortlistEntry, Status } from './entry';

export interface ShortlistQuery {
  /** Words that must all appear in the name, tags or notes. */
  text: string;
  status: Status | 'all';
  level: Level | 'all';
  /** risk: riskiest first; price: cheapest saved offer first; added: newest first. */
  sort: 'risk' | 'price' | 'added';
}

/** Newest first, as the popup shows the list before it has all of it. */
export const DEFAULT_QUERY: ShortlistQuery = { text: '', status: 'all', level: 'all', sort: 'added' };

type Sort = ShortlistQuery['sort'];

/**
 * Text folded for searching: no case and no accents ("Café" finds "cafe"),
 * and compatibility forms unified (full-width "ＬＥＤ" finds "led").
 */
export function foldText(text: string): string {
  // Most of a shortlist is plain ASCII, which has nothing to decompose: the quick way gives the same.
  if (!NOT_PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}+/gu, '');
}

const NOT_PLAIN_ASCII = /[^\t\n\r\x20-\x7e]/;

/** What a query needs of one entry, worked out once. */
interface Row {
  entry: ShortlistEntry;
  haystack: string;
  /** Folded, for ties; null (unnamed) sorts after every name. */
  name: string | null;
  levelRank: number;
  risk: number;
  lowestUsd: number;
}

/** Riskiest first; never-judged suppliers sit between the flagged and the low-risk ones. */
const LEVEL_RANK: Record<Level, number> = { high: 0, medium: 1, unknown: 2, low: 3 };

/**
 * The shortlist, ready to be searched as the buyer types. Folding the text
 * and sorting happen once, here; a query then only walks the sorted rows and
 * keeps those that match, so it stays quick at 10,000 suppliers.
 */
export class ShortlistIndex {
  private readonly sorted: Record<Sort, readonly Row[]>;

  constructor(entries: readonly ShortlistEntry[], rates: RateTable) {
    const rows = entries.map((entry) => rowOf(entry, rates));
    this.sorted = {
      risk: [...rows].sort(byRisk),
      price: [...rows].sort(byPrice),
      added: [...rows].sort(byAdded),
    };
  }

  get size(): number {
    return this.sorted.added.length;
  }

  query(q: ShortlistQuery): ShortlistEntry[] {
    const words = foldText(q.text).split(/\s+/).filter(Boolean);
    const found: ShortlistEntry[] = [];
    for (const row of this.sorted[q.sort]) {
      if (q.status !== 'all' && row.entry.status !== q.status) continue;
      if (q.level !== 'all' && row.entry.level !== q.level) continue;
      if (!words.every((word) => row.haystack.includes(word))) continue;
      found.push(row.entry);
    }
    return found;
  }
}

function rowOf(entry: ShortlistEntry, rates: RateTable): Row {
  return {
    entry,
    // Line breaks keep a word from matching across two fields.
    haystack: foldText([entry.name ?? '', ...entry.tags, entry.notes].join('\n')),
    name: entry.name === null ? null : foldText(entry.name),
    levelRank: LEVEL_RANK[entry.level],
    risk: entry.assessment?.risk ?? -1,
    lowestUsd: lowestUsdPrice(entry, rates),
  };
}

/** The cheapest saved offer's unit price in US dollars; Infinity when no offer has a price that converts. */
export function lowestUsdPrice(entry: Pick<ShortlistEntry, 'offers'>, rates: RateTable): number {
  let lowest = Infinity;
  for (const offer of entry.offers) {
    if (!offer.unitPrice) continue;
    const usd = convert(offer.unitPrice.value, offer.unitPrice.currency, 'USD', rates);
    if (usd !== null && Number.isFinite(usd) && usd < lowest) lowest = usd;
  }
  return lowest;
}

function byName(a: Row, b: Row): number {
  if (a.name !== b.name) {
    if (a.name === null || b.name === null) return a.name === null ? 1 : -1;
    return a.name < b.name ? -1 : 1;
  }
  return a.entry.key < b.entry.key ? -1 : a.entry.key > b.entry.key ? 1 : 0;
}

function byRisk(a: Row, b: Row): number {
  return a.levelRank - b.levelRank || b.risk - a.risk || byName(a, b);
}

function byPrice(a: Row, b: Row): number {
  if (a.lowestUsd !== b.lowestUsd) return a.lowestUsd < b.lowestUsd ? -1 : 1;
  return byName(a, b);
}

function byAdded(a: Row, b: Row): number {
  return b.entry.addedAt - a.entry.addedAt || byName(a, b);
}
