import { BADGE_TAG } from './badge-host';

/**
 * Calls `onChange` when elements other than our own badges are added under
 * `root`: new cards from infinite scroll, or cards the page re-rendered.
 * It runs in a microtask, before the browser draws the new cards, so their
 * badges can be read and requested in the same frame; one call per batch of
 * mutations. Returns a function that stops watching.
 */
export function watchAddedElements(root: Node, onChange: () => void): () => void {
  let scheduled = false;
  let stopped = false;
  const observer = new MutationObserver((records) => {
    if (scheduled || !records.some(addsForeignElement)) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      if (!stopped) onChange();
    });
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    stopped = true;
    observer.disconnect();
  };
}

function addsForeignElement(record: MutationRecord): boolean {
  for (const node of Array.from(record.addedNodes)) {
    if (node.nodeType === 1 && (node as Element).localName !== BADGE_TAG) return true;
  }
  // A badge removed by a re-render needs putting back.
  for (const node of Array.from(record.removedNodes)) {
    if (node.nodeType === 1 && (node as Element).localName === BADGE_TAG) return true;
  }
  return false;
}
