const PANEL_WIDTH = 340;
const MARGIN = 8;
const GAP = 4;

/**
 * Puts the panel under its badge, or above it when it fits there and not
 * below, inside the viewport. Measures the rendered panel, so call it after
 * the panel's content is in place. The place is in page coordinates (the
 * panel is positioned absolutely in the top layer), so when the page scrolls
 * the panel goes with its badge instead of staying over another card; the
 * floating badge's panel is fixed to the screen, as that badge is.
 */
export function placePanel(panel: HTMLElement, anchor: DOMRect): void {
  const viewportHeight = window.innerHeight || 600;
  panel.style.maxHeight = '';
  const height = panel.offsetHeight;
  const roomBelow = viewportHeight - anchor.bottom - GAP - MARGIN;
  const roomAbove = anchor.top - GAP - MARGIN;
  const below = height <= roomBelow || roomBelow >= roomAbove;
  const room = below ? roomBelow : roomAbove;
  const shown = Math.min(height, room);
  const left = panelLeft(anchor.left);
  const top = below ? anchor.bottom + GAP : anchor.top - GAP - shown;
  const onPage = placedOnPage(panel);
  panel.style.left = `${left + (onPage ? window.scrollX : 0)}px`;
  panel.style.top = `${top + (onPage ? window.scrollY : 0)}px`;
  panel.style.maxHeight = `${Math.max(120, room)}px`;
}

/** Where the panel's left edge goes on screen: at its badge's, but never past the window's edges. */
export function panelLeft(anchorLeft: number): number {
  const viewportWidth = window.innerWidth || PANEL_WIDTH + 2 * MARGIN;
  return Math.max(MARGIN, Math.min(anchorLeft, viewportWidth - PANEL_WIDTH - MARGIN));
}

/** A panel is placed in page coordinates, except the floating badge's, which stays put on the screen (fixed) as its badge does. */
export function placedOnPage(panel: HTMLElement): boolean {
  return getComputedStyle(panel).position !== 'fixed';
}
