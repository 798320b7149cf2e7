import { placedOnPage, placePanel } from './place-panel';

interface Layout {
  /** The badge's corner, in the coordinates the panel is placed in. */
  left: number;
  top: number;
  viewport: string;
  contentHeight: number;
}

/**
 * Keeps an open panel beside its badge while the page moves under it: an
 * image loading above, cards laid out again, the window resized or zoomed,
 * or the panel's own content growing. Once a frame it compares the layout
 * with the last one: when only the badge moved, the panel moves by as much,
 * so it stays on the side it opened on; when the window or the panel's
 * content changed size, it is placed again. It runs only while a panel is
 * open (one at a time), and stops by itself when the badge leaves the page.
 * Returns the function that stops it.
 */
export function followAnchor(panel: HTMLElement, anchor: Element): () => void {
  const view = anchor.ownerDocument.defaultView;
  if (!view) return () => {};
  const onPage = placedOnPage(panel);
  const measure = (): Layout => {
    const rect = anchor.getBoundingClientRect();
    return {
      left: rect.left + (onPage ? view.scrollX : 0),
      top: rect.top + (onPage ? view.scrollY : 0),
      viewport: `${view.innerWidth}x${view.innerHeight}`,
      contentHeight: panel.scrollHeight,
    };
  };
  let last = measure();
  let frame = 0;
  const check = () => {
    if (!anchor.isConnected || !panel.isConnected) return;
    const now = measure();
    if (now.viewport !== last.viewport || now.contentHeight !== last.contentHeight) {
      placePanel(panel, anchor.getBoundingClientRect());
    } else if (now.left !== last.left || now.top !== last.top) {
      shift(panel, 'left', now.left - last.left);
      shift(panel, 'top', now.top - last.top);
    }
    last = now;
    frame = view.requestAnimationFrame(check);
  };
  frame = view.requestAnimationFrame(check);
  return () => view.cancelAnimationFrame(frame);
}

function shift(panel: HTMLElement, side: 'left' | 'top', by: number): void {
  if (by !== 0) panel.style[side] = `${(parseFloat(panel.style[side]) || 0) + by}px`;
}
