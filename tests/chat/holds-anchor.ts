import type { Cue } from '../../src/chat/lexicon/cue';

/** Whether `text` holds one of the cue's anchors (or the cue has none), searched one by one: what AnchorScan finds for all cues at once. */
export function holdsAnchor(cue: Cue, text: string): boolean {
  return !cue.anchors || cue.anchors.some((anchor) => text.includes(anchor));
}
