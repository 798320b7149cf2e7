import { BADGE_TAG } from './badge-host';

/**
 * Calls `onChange` with what changed when elements other than our own badges
 * are added under `root` (new cards from infinite scroll, or cards the page
 * re-rendered), or when one of our badges is removed (with the element it was
 * removed from). It runs in a microtask, before the browser draws the new
 * cards, so they can be marked and their verdicts requested in the same
 * frame; one call per batch of mutations. Returns a function that stops watching.
 */
export function watchAddedElements(root: Node, onChange: (changed: Element[]) => void): () => void {
  let changed: Element[] = [];
  let stopped = false;
  const observer = new MutationObserver((records) => {
    const wasEmpty = changed.length === 0;
    for (const record of records) collectChanged(record, changed);
    if (!wasEmpty || changed.length === 0) return;
    queueMicrotask(() => {
      const batch = changed;
      changed = [];
      if (!stopped) onChange(batch);
    });
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    stopped = true;
    observer.disconnect();
  };
}

function collectChanged(record: MutationRecord, into: Element[]): void {
  for (const node of Array.from(record.addedNodes)) {
    if (node.nodeType === 1 && (node as Element).localName !== BADGE_TAG) into.push(node as Element);
  }
  // A badge removed by a re-render needs putting back where it was.
  for (const node of Array.from(record.removedNodes)) {
    if (node.nodeType === 1 && (node as Element).localName === BADGE_TAG && record.target.nodeType === 1) {
      into.push(record.target as Element);
    }
  }
}

/**
 * Starts noticing whether anything is added or removed under `root`; the function returned stops and says whether
 * anything was. Costs nothing per change: the records are never read.
 */
export function noticeChanges(root: Node): () => boolean {
  let changed = false;
  const observer = new MutationObserver(() => {
    changed = true;
    observer.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    // Records not yet delivered count too (disconnecting drops them).
    const pending = observer.takeRecords().length > 0;
    observer.disconnect();
    return changed || pending;
  };
}
