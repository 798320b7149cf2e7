import type { Cue } from '../../src/chat/lexicon/cue';

/**
 * Whether `text` holds one of the cue's anchors (or the cue has none),
 * searched one by one with each run of white space read as one space: what
 * AnchorScan finds for all cues at once.
 */
export function holdsAnchor(cue: Cue, text: string): boolean {
  const folded = text.replace(/\s+/g, ' ');
  return !cue.anchors || cue.anchors.some((anchor) => folded.includes(anchor));
}
