import { ROW } from '../sites/alibaba/chat/selectors';
import { GUARD_TAG } from './host';

/**
 * Calls `onRows` with the message rows a DOM change touched: rows added
 * (the list scrolled, a message arrived, a row was re-rendered), rows whose
 * content changed (a translation arrived, a recycled row got another
 * message), and rows our note was removed from. First `onChange`, for every
 * batch of changes (the conversation may be another now, a draft may have been sent). One
 * call per batch of mutations, in a microtask. Returns a function that stops watching.
 */
export function watchRows(
  root: Node,
  onRows: (rows: Set<Element>) => void,
  onChange: () => void,
): () => void {
  let stopped = false;
  const observer = new MutationObserver((records) => {
    if (stopped) return;
    const rows = new Set<Element>();
    for (const record of records) collect(record, rows);
    onChange();
    if (rows.size > 0) onRows(rows);
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-expinfo'],
  });
  return () => {
    stopped = true;
    observer.disconnect();
  };
}

function collect(record: MutationRecord, rows: Set<Element>): void {
  const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
  // The row the change happened in, looked up once and only when needed.
  let rowOfTarget: Element | null | undefined;
  const addTargetRow = () => {
    rowOfTarget ??= target?.closest(ROW) ?? null;
    if (rowOfTarget) rows.add(rowOfTarget);
    return rowOfTarget !== null;
  };
  if (record.type !== 'childList') {
    addTargetRow();
    return;
  }
  for (const node of Array.from(record.addedNodes)) {
    if (isOwnHost(node)) continue;
    if (node.nodeType === 1 && (node as Element).matches(ROW)) rows.add(node as Element);
    else if (!addTargetRow() && node.nodeType === 1) {
      for (const row of Array.from((node as Element).querySelectorAll(ROW))) rows.add(row);
    }
  }
  // Content taken out of a row changes its message; our note taken out needs putting back.
  for (const node of Array.from(record.removedNodes)) {
    if (node.nodeType === 1 && !isOwnHost(node) && (node as Element).matches(ROW)) continue;
    addTargetRow();
  }
}

function isOwnHost(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === GUARD_TAG;
}
