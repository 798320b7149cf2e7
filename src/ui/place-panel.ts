const PANEL_WIDTH = 340;
const MARGIN = 8;
const GAP = 4;

/**
 * Puts the panel under its badge, or above it when it fits there and not
 * below, inside the viewport. Measures the rendered panel, so call it after
 * the panel's content is in place.
 */
export function placePanel(panel: HTMLElement, anchor: DOMRect): void {
  const viewportWidth = window.innerWidth || PANEL_WIDTH + 2 * MARGIN;
  const viewportHeight = window.innerHeight || 600;
  panel.style.maxHeight = '';
  const height = panel.offsetHeight;
  const roomBelow = viewportHeight - anchor.bottom - GAP - MARGIN;
  const roomAbove = anchor.top - GAP - MARGIN;
  const below = height <= roomBelow || roomBelow >= roomAbove;
  const room = below ? roomBelow : roomAbove;
  const shown = Math.min(height, room);
  panel.style.left = `${Math.max(MARGIN, Math.min(anchor.left, viewportWidth - PANEL_WIDTH - MARGIN))}px`;
  panel.style.top = `${below ? anchor.bottom + GAP : anchor.top - GAP - shown}px`;
  panel.style.maxHeight = `${Math.max(120, room)}px`;
}
