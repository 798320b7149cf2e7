import { panelLeft, placedOnPage, placePanel } from './place-panel';

interface Layout {
  /** The badge's corner, in the coordinates the panel is placed in (the page's, or the screen's for a fixed panel). */
  left: number;
  top: number;
  /** How far those coordinates are from the screen's, across. */
  offsetX: number;
  viewport: string;
  contentHeight: number;
}

/**
 * Keeps an open panel beside its badge while the page moves under it: an
 * image loading above, cards laid out again, the window resized or zoomed,
 * or the panel's own content growing. Once a frame it compares the layout
 * with the last one: when only the badge moved, the panel moves down or up
 * by as much, so it stays on the side it opened on, and sideways with the
 * badge as far as the window's edges let it; when the window or the panel's
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
    const offsetX = onPage ? view.scrollX : 0;
    return {
      left: rect.left + offsetX,
      offsetX,
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
      panel.style.left = `${panelLeft(now.left - now.offsetX) + now.offsetX}px`;
      panel.style.top = `${(parseFloat(panel.style.top) || 0) + now.top - last.top}px`;
    }
    last = now;
    frame = view.requestAnimationFrame(check);
  };
  frame = view.requestAnimationFrame(check);
  return () => view.cancelAnimationFrame(frame);
}
