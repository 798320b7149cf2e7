import type { Cue } from './lexicon/cue';

/** The white space beyond ASCII that a regex's `\s` matches. */
const WIDE_SPACES: ReadonlySet<number> = new Set([
  0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);

/**
 * One bit per cue id, set for the cues that may match a text. Bits, not a
 * byte per cue: V8 keeps a typed array of up to 64 bytes in its heap and puts
 * a longer one outside it, which costs ten times as much to make. At 68 cues
 * a byte each, making it for every message slowed the scan by a quarter.
 */
export type Candidates = Int32Array;

/** Whether the cue with this id may match the text `candidates` was found for. */
export function isCandidate(candidates: Candidates, id: number): boolean {
  return ((candidates[id >>> 5]! >>> (id & 31)) & 1) === 1;
}

/**
 * Which cues have one of their anchors in a text, for all the detector's cue
 * lists at once, found in one pass over the text: an Aho–Corasick automaton
 * over every anchor. Testing each cue's anchors with a regex of its own
 * searched the message once per cue, and most cues never match a message.
 *
 * An anchor counts wherever it occurs as a substring, with each run of white
 * space in the text read as one space: anchors are written with one space
 * ("by ", "last chance") and a pattern's `\s+` may match a line break or
 * two spaces. A cue without anchors is always a candidate.
 */
export class AnchorScan {
  private readonly ids = new Map<Cue, number>();
  private readonly idsByList = new WeakMap<readonly Cue[], Int32Array>();
  /** Cues to run whatever the text holds: those without anchors. */
  private readonly always: number[] = [];
  /** Columns of the transition table: 0 for characters in no anchor, then each ASCII character some anchor has. */
  private readonly asciiColumn = new Uint8Array(128);
  private readonly width: number;
  /**
   * Next state by state and ASCII column, failures already followed: one
   * small row per state (about 30 columns), so the table stays in cache
   * while the rules run.
   */
  private readonly next: Uint16Array;
  /** Trie edges on the few other characters anchors have (Chinese, Cyrillic), followed with `failure`. */
  private readonly wideEdges: Array<Map<number, number> | undefined> = [];
  /** One bit per UTF-16 code unit: set for the non-ASCII characters some anchor has. */
  private readonly inSomeAnchor = new Uint8Array(0x10000 / 8);
  private readonly failure: Int32Array;
  /**
   * Whether some anchor ends at a state (also one ending inside it: "uni" in
   * "union"), and whose: the cue ids `found` holds from `foundFrom[state]`.
   */
  private readonly endsAnchor: Uint8Array;
  private readonly foundFrom: Int32Array;
  private readonly found: Int32Array;

  constructor(lists: ReadonlyArray<readonly Cue[]>) {
    for (const cue of new Set(lists.flat())) {
      const id = this.ids.size;
      this.ids.set(cue, id);
      // An empty anchor is found in any text, as a regex search for it would be.
      if (!cue.anchors || cue.anchors.includes('')) this.always.push(id);
    }
    const anchors = [...this.ids].flatMap(([cue, id]) => (cue.anchors ?? []).map((text) => ({ text, id })));
    let columns = 0;
    for (const { text } of anchors)
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 128 && this.asciiColumn[code] === 0) this.asciiColumn[code] = ++columns;
        if (code >= 128) this.inSomeAnchor[code >> 3]! |= 1 << (code & 7);
      }
    this.width = columns + 1;
    const width = this.width;

    // The trie: children by ASCII column or by other character code, and the cues whose anchor ends at each state.
    const children: Array<Map<number, number>> = [new Map()];
    const ends: Array<Set<number>> = [new Set()];
    const keyOf = (code: number) => (code < 128 ? this.asciiColumn[code]! : -code);
    for (const { text, id } of anchors) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const key = keyOf(text.charCodeAt(i));
        let child = children[state]!.get(key);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          ends.push(new Set());
          children[state]!.set(key, child);
        }
        state = child;
      }
      ends[state]!.add(id);
    }
    if (children.length > 0xffff) throw new Error('too many anchors for 16-bit states');
    children.forEach((byKey, state) => {
      const wide = [...byKey].filter(([key]) => key < 0).map(([key, child]) => [-key, child] as const);
      if (wide.length > 0) this.wideEdges[state] = new Map(wide);
    });

    // Breadth first, so a state's failure (always shallower) is complete before the state itself.
    this.next = new Uint16Array(children.length * width);
    this.failure = new Int32Array(children.length);
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const fail = this.failure[state]!;
      if (state !== 0) for (const id of ends[fail]!) ends[state]!.add(id);
      // Where the trie has no edge, go where the failure state goes (from the root: back to the root).
      if (state !== 0) this.next.copyWithin(state * width, fail * width, (fail + 1) * width);
      for (const [key, child] of children[state]!) {
        if (key >= 0) this.next[state * width + key] = child;
        this.failure[child] =
          state === 0 ? 0 : key >= 0 ? this.next[fail * width + key]! : this.wideStep(fail, -key);
        queue.push(child);
      }
    }
    this.endsAnchor = Uint8Array.from(ends, (ids) => (ids.size > 0 ? 1 : 0));
    this.foundFrom = new Int32Array(children.length + 1);
    const found: number[] = [];
    ends.forEach((ids, state) => {
      found.push(...ids);
      this.foundFrom[state + 1] = found.length;
    });
    this.found = Int32Array.from(found);
  }

  /** Which cues (by `idsOf`) may match `text`: read with `isCandidate`. */
  candidates(text: string): Candidates {
    const flags = new Int32Array((this.ids.size + 31) >>> 5);
    for (const id of this.always) flags[id >>> 5]! |= 1 << (id & 31);
    const { next, width, asciiColumn, endsAnchor, foundFrom, found } = this;
    let state = 0;
    let inSpace = false;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code === 32 || (code >= 9 && code <= 13) || (code > 127 && WIDE_SPACES.has(code))) {
        if (inSpace) continue;
        inSpace = true;
        code = 32;
      } else inSpace = false;
      state = code < 128 ? next[state * width + asciiColumn[code]!]! : this.wideStep(state, code);
      if (endsAnchor[state] === 0) continue;
      for (let k = foundFrom[state]!, end = foundFrom[state + 1]!; k < end; k++) {
        const id = found[k]!;
        flags[id >>> 5]! |= 1 << (id & 31);
      }
    }
    return flags;
  }

  /** The ids of a list's cues, in the list's order; the list must be one the scan was built with. */
  idsOf(cues: readonly Cue[]): Int32Array {
    let ids = this.idsByList.get(cues);
    if (!ids) {
      ids = Int32Array.from(cues, (cue) => {
        const id = this.ids.get(cue);
        if (id === undefined) throw new Error(`cue "${cue.label}" is not in the anchor scan`);
        return id;
      });
      this.idsByList.set(cues, ids);
    }
    return ids;
  }

  /** A character no dense column has: follow failures until some state has an edge for it. */
  private wideStep(state: number, code: number): number {
    // Most Chinese text is characters no anchor has: those lead back to the root.
    if ((this.inSomeAnchor[code >> 3]! & (1 << (code & 7))) === 0) return 0;
    for (let from = state; ; from = this.failure[from]!) {
      const next = this.wideEdges[from]?.get(code);
      if (next !== undefined) return next;
      if (from === 0) return 0;
    }
  }
}
