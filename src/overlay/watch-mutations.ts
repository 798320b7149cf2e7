import { BADGE_TAG } from './badge-host';

/**
 * Calls `onChange` (at most once per `delayMs`) when elements other than our
 * own badges are added under `root`: new cards from infinite scroll, or
 * cards the page re-rendered. Returns a function that stops watching.
 */
export function watchAddedElements(root: Node, onChange: () => void, delayMs = 16): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    if (timer !== undefined || !records.some(addsForeignElement)) return;
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, delayMs);
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
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
