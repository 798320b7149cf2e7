const PANEL_WIDTH = 340;
const MARGIN = 8;

/** Puts the panel under its badge (or above it when there is no room), inside the viewport. */
export function placePanel(panel: HTMLElement, anchor: DOMRect): void {
  const viewportWidth = window.innerWidth || PANEL_WIDTH + 2 * MARGIN;
  const viewportHeight = window.innerHeight || 600;
  const left = Math.max(MARGIN, Math.min(anchor.left, viewportWidth - PANEL_WIDTH - MARGIN));
  const below = anchor.bottom + 4;
  const roomBelow = viewportHeight - below;
  panel.style.left = `${left}px`;
  panel.style.top = '';
  panel.style.bottom = '';
  if (roomBelow >= 240 || roomBelow >= anchor.top) {
    panel.style.top = `${below}px`;
    panel.style.maxHeight = `${Math.max(160, roomBelow - MARGIN)}px`;
  } else {
    panel.style.bottom = `${viewportHeight - anchor.top + 4}px`;
    panel.style.maxHeight = `${Math.max(160, anchor.top - 4 - MARGIN)}px`;
  }
}
