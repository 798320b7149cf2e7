import { z } from 'zod';
import {
  ChecklistItemSchema,
  LandedCostInputsSchema,
  MAX_NOTES,
  MAX_TAGS,
  StatusSchema,
  TagSchema,
  type ShortlistEntry,
} from './entry';

/**
 * One change the buyer makes to an entry from the popup or options page.
 * Small and explicit, so the background applies it inside one transaction to
 * the entry as it is then (a visit recorded meanwhile is never overwritten).
 */
export const EntryPatchSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('status'), status: StatusSchema }),
  z.object({ kind: z.literal('notes'), notes: z.string().max(MAX_NOTES) }),
  z.object({ kind: z.literal('tags'), tags: z.array(TagSchema).max(MAX_TAGS) }),
  z.object({ kind: z.literal('checklist'), item: ChecklistItemSchema, done: z.boolean() }),
  z.object({
    kind: z.literal('landed-cost'),
    productId: z.string().min(1).max(100),
    inputs: LandedCostInputsSchema.nullable(),
  }),
  z.object({ kind: z.literal('remove-offer'), productId: z.string().min(1).max(100) }),
]);
export type EntryPatch = z.infer<typeof EntryPatchSchema>;

/** The entry with the patch applied; `now` stamps the change (and a ticked checklist step). */
export function applyPatch(entry: ShortlistEntry, patch: EntryPatch, now: number): ShortlistEntry {
  const changed = { ...entry, updatedAt: now };
  switch (patch.kind) {
    case 'status':
      return { ...changed, status: patch.status };
    case 'notes':
      return { ...changed, notes: patch.notes };
    case 'tags':
      return { ...changed, tags: uniqueTags(patch.tags) };
    case 'checklist': {
      const checklist = { ...entry.checklist };
      if (patch.done) checklist[patch.item] ??= now;
      else delete checklist[patch.item];
      return { ...changed, checklist };
    }
    case 'landed-cost':
      return {
        ...changed,
        offers: entry.offers.map((offer) =>
          offer.productId === patch.productId ? { ...offer, landedCost: patch.inputs } : offer,
        ),
      };
    case 'remove-offer':
      return { ...changed, offers: entry.offers.filter((offer) => offer.productId !== patch.productId) };
  }
}

/** Tags compare without case: "LED" and "led" are one tag, kept as first written. */
function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const folded = tag.toLocaleLowerCase();
    if (seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
}
