import { profileChanges } from '../../../shortlist/changes';
import type { ShortlistEntry } from '../../../shortlist/entry';

/** Worked out once per entry object: rows are redrawn on every scroll. Entries are replaced, never mutated. */
const known = new WeakMap<ShortlistEntry, boolean>();

/** True when a later visit showed a change that matters (see profileChanges). */
export function hasProfileChanges(entry: ShortlistEntry): boolean {
  let changed = known.get(entry);
  if (changed === undefined) {
    changed = profileChanges(entry.history).length > 0;
    known.set(entry, changed);
  }
  return changed;
}
