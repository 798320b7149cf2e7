import { afterEach, describe, expect, it } from 'vitest';
import { placePanel } from '../../src/ui/place-panel';

/** A panel whose rendered height is `height` (happy-dom lays nothing out). */
function panelOf(height: number): HTMLElement {
  const panel = document.createElement('div');
  Object.defineProperty(panel, 'offsetHeight', { value: height });
  document.body.append(panel);
  return panel;
}

const badgeAt = (top: number, left = 100): DOMRect => new DOMRect(left, top, 80, 20);

function viewport(width: number, height: number, scrollX = 0, scrollY = 0): void {
  const sizes = { innerWidth: width, innerHeight: height, scrollX, scrollY };
  for (const [name, value] of Object.entries(sizes)) {
    Object.defineProperty(window, name, { value, configurable: true });
  }
}

afterEach(() => {
  viewport(1024, 768);
  document.body.replaceChildren();
});

describe('placePanel', () => {
  it('puts the panel under its badge when it fits there', () => {
    viewport(1000, 800);
    const panel = panelOf(300);
    placePanel(panel, badgeAt(100));
    expect(panel.style.top).toBe('124px');
    expect(panel.style.left).toBe('100px');
  });

  it('puts it above the badge when only the room above holds it', () => {
    viewport(1000, 800);
    const panel = panelOf(300);
    placePanel(panel, badgeAt(600));
    // 600 - 4 (gap) - 300
    expect(panel.style.top).toBe('296px');
  });

  it('places it in page coordinates, so it scrolls with its badge', () => {
    viewport(1000, 800, 30, 2_000);
    const panel = panelOf(300);
    placePanel(panel, badgeAt(100));
    expect(panel.style.top).toBe('2124px');
    expect(panel.style.left).toBe('130px');
  });

  it("keeps a fixed panel (the floating badge's) in screen coordinates", () => {
    viewport(1000, 800, 30, 2_000);
    const panel = panelOf(300);
    panel.style.position = 'fixed';
    placePanel(panel, badgeAt(100));
    expect(panel.style.top).toBe('124px');
    expect(panel.style.left).toBe('100px');
  });

  it('keeps it inside the viewport on the right, and caps its height to the room it has', () => {
    viewport(600, 500);
    const panel = panelOf(900);
    placePanel(panel, badgeAt(100, 500));
    // 600 - 340 (width) - 8 (margin)
    expect(panel.style.left).toBe('252px');
    // More room below (500 - 120 - 4 - 8) than above: below, scrolling inside.
    expect(panel.style.top).toBe('124px');
    expect(panel.style.maxHeight).toBe('368px');
  });
});
