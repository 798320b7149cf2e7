import {
  MAX_NOTES,
  MAX_OFFERS,
  MAX_TAGS,
  MAX_VISITS,
  type Checklist,
  type SavedOffer,
  type ShortlistEntry,
  type Visit,
} from './entry';
import { withGapsFilled } from './record-visit';

/**
 * `incoming` (from an import) merged into the stored entry. Nothing stored is
 * lost: offers, tags, checklist ticks, notes and visits are united, and the
 * fields that hold one value come from whichever side changed last, with
 * what that side doesn't know kept from the other.
 */
export function mergeEntry(existing: ShortlistEntry | undefined, incoming: ShortlistEntry): ShortlistEntry {
  if (existing === undefined) return incoming;
  // On a tie the stored side wins: an import never overrides what is already there without cause.
  const [later, earlier] =
    incoming.updatedAt > existing.updatedAt ? [incoming, existing] : [existing, incoming];
  const judged = later.assessment !== null || earlier.assessment === null ? later : earlier;
  return {
    key: existing.key,
    site: existing.site,
    name: later.name ?? earlier.name,
    url: later.url ?? earlier.url,
    signals: withGapsFilled(later.signals, earlier.signals),
    assessment: judged.assessment,
    level: judged.level,
    offers: mergeOffers(existing.offers, incoming.offers),
    status: later.status,
    notes: mergeNotes(existing.notes, incoming.notes),
    tags: mergeTags(existing.tags, incoming.tags),
    checklist: mergeChecklist(existing.checklist, incoming.checklist),
    history: mergeHistory(existing.history, incoming.history),
    addedAt: Math.min(existing.addedAt, incoming.addedAt),
    updatedAt: Math.max(existing.updatedAt, incoming.updatedAt),
  };
}

/**
 * United by product id; the newer copy of an offer wins, keeping landed-cost
 * figures from either. Stored offers keep their places; past MAX_OFFERS, the
 * oldest incoming ones are left out rather than any stored one.
 */
function mergeOffers(stored: readonly SavedOffer[], incoming: readonly SavedOffer[]): SavedOffer[] {
  const incomingById = new Map(incoming.map((offer) => [offer.productId, offer]));
  const merged = stored.map((offer) => {
    const other = incomingById.get(offer.productId);
    if (!other) return offer;
    const newer = other.savedAt > offer.savedAt ? other : offer;
    const older = newer === offer ? other : offer;
    return { ...newer, landedCost: newer.landedCost ?? older.landedCost };
  });
  const storedIds = new Set(stored.map((offer) => offer.productId));
  const added = [...incomingById.values()]
    .filter((offer) => !storedIds.has(offer.productId))
    .sort((a, b) => b.savedAt - a.savedAt)
    .slice(0, Math.max(0, MAX_OFFERS - merged.length));
  return [...merged, ...incoming.filter((offer) => added.includes(offer))];
}

/** Stored notes stay as written; imported notes follow after a blank line unless already there. */
function mergeNotes(stored: string, incoming: string): string {
  const extra = incoming.trim();
  if (extra === '' || stored.includes(extra)) return stored;
  if (stored === '') return cutAt(incoming, MAX_NOTES);
  const joined = `${stored}\n\n${extra}`;
  return cutAt(joined, MAX_NOTES);
}

/** At most `length` UTF-16 units, without splitting a character in two. */
function cutAt(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** Tags compare without case; stored ones come first and all stay. */
function mergeTags(stored: readonly string[], incoming: readonly string[]): string[] {
  const seen = new Set(stored.map((tag) => tag.toLocaleLowerCase()));
  const tags = [...stored];
  for (const tag of incoming) {
    const folded = tag.toLocaleLowerCase();
    if (seen.has(folded) || tags.length >= MAX_TAGS) continue;
    seen.add(folded);
    tags.push(tag);
  }
  return tags;
}

/** A step ticked on either side is ticked, from the earlier of the two times. */
function mergeChecklist(stored: Checklist, incoming: Checklist): Checklist {
  const merged: Checklist = { ...stored };
  for (const [item, time] of Object.entries(incoming) as [keyof Checklist, number | undefined][]) {
    if (time === undefined) continue;
    const mine = merged[item];
    merged[item] = mine === undefined ? time : Math.min(mine, time);
  }
  return merged;
}

/** Visits are the same when seen at the same moment on the same kind of page; oldest first, newest MAX_VISITS kept. */
function mergeHistory(stored: readonly Visit[], incoming: readonly Visit[]): Visit[] {
  const known = new Set(stored.map(visitId));
  const added = incoming.filter((visit) => !known.has(visitId(visit)));
  if (added.length === 0) return [...stored];
  return [...stored, ...added].sort((a, b) => a.seenAt - b.seenAt).slice(-MAX_VISITS);
}

function visitId(visit: Visit): string {
  return `${visit.seenAt}|${visit.page}`;
}
