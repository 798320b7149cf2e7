import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followAnchor } from '../../src/ui/follow-anchor';

// Frames are run by hand, so each test says exactly how many the browser drew.
let frames: Map<number, FrameRequestCallback>;
let nextFrame: number;

function drawFrame(): void {
  const due = [...frames.values()];
  frames.clear();
  for (const callback of due) callback(0);
}

/** A badge whose on-screen box is `box` until the test moves it. */
function badgeAt(box: { top: number; left: number }): HTMLElement {
  const badge = document.createElement('button');
  badge.getBoundingClientRect = () => new DOMRect(box.left, box.top, 80, 20);
  document.body.append(badge);
  return badge;
}

/** A panel of this height, where it was placed when it opened (`at`, in px). */
function panelOf(height: number, at: { top?: number; left?: number } = {}): HTMLElement {
  const panel = document.createElement('div');
  if (at.top !== undefined) panel.style.top = `${at.top}px`;
  if (at.left !== undefined) panel.style.left = `${at.left}px`;
  Object.defineProperty(panel, 'offsetHeight', { value: height, configurable: true });
  Object.defineProperty(panel, 'scrollHeight', { value: height, configurable: true });
  document.body.append(panel);
  return panel;
}

beforeEach(() => {
  frames = new Map();
  nextFrame = 1;
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
    frames.set(nextFrame, callback);
    return nextFrame++;
  });
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation((id) => frames.delete(id));
  Object.defineProperty(window, 'innerHeight', { value: 800, configurable: true });
  Object.defineProperty(window, 'innerWidth', { value: 1000, configurable: true });
});

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('followAnchor', () => {
  it('moves the panel as far as the page moved its badge, on the side it opened on', () => {
    const box = { top: 500, left: 100 };
    const badge = badgeAt(box);
    // Opened above the badge: 500 - 4 - 400.
    const panel = panelOf(400, { top: 96, left: 100 });
    followAnchor(panel, badge);
    // An image loads above the card and pushes it 150 px down; the cards are laid out 20 px to the right.
    box.top = 650;
    box.left = 120;
    drawFrame();
    expect(panel.style.top).toBe('246px');
    expect(panel.style.left).toBe('120px');
  });

  it('follows the badge sideways only as far as the window lets the panel stay whole', () => {
    const box = { top: 100, left: 500 };
    const badge = badgeAt(box);
    const panel = panelOf(200, { top: 124, left: 500 });
    followAnchor(panel, badge);
    // The cards are laid out again and the badge ends up near the right edge.
    box.left = 900;
    drawFrame();
    // 1000 - 340 (its width) - 8, not 900, where it would run off the window.
    expect(panel.style.left).toBe('652px');
    expect(panel.style.top).toBe('124px');
    box.left = 20;
    drawFrame();
    expect(panel.style.left).toBe('20px');
  });

  it('places it again when the window changes size', () => {
    const badge = badgeAt({ top: 100, left: 900 });
    const panel = panelOf(200, { left: 652 });
    followAnchor(panel, badge);
    Object.defineProperty(window, 'innerWidth', { value: 800, configurable: true });
    drawFrame();
    // Kept inside the narrower window: 800 - 340 (its width) - 8.
    expect(panel.style.left).toBe('452px');
    expect(panel.style.top).toBe('124px');
  });

  it('leaves the panel alone while nothing moves', () => {
    const badge = badgeAt({ top: 100, left: 100 });
    const panel = panelOf(200, { top: 1234 });
    followAnchor(panel, badge);
    drawFrame();
    drawFrame();
    expect(panel.style.top).toBe('1234px');
    expect(frames.size).toBe(1);
  });

  it('places it again when its content grows', () => {
    const badge = badgeAt({ top: 500, left: 100 });
    const panel = panelOf(200);
    followAnchor(panel, badge);
    // Taller than the 276 px below the badge, so it goes above: 500 - 4 - 400.
    Object.defineProperty(panel, 'offsetHeight', { value: 400 });
    Object.defineProperty(panel, 'scrollHeight', { value: 400 });
    drawFrame();
    expect(panel.style.top).toBe('96px');
  });

  it('stops when asked, and by itself once the badge has left the page', () => {
    const box = { top: 100, left: 100 };
    const stop = followAnchor(panelOf(200), badgeAt(box));
    stop();
    expect(frames.size).toBe(0);

    const badge = badgeAt(box);
    const panel = panelOf(200, { top: 1234 });
    followAnchor(panel, badge);
    badge.remove();
    box.top = 300;
    drawFrame();
    expect(panel.style.top).toBe('1234px');
    expect(frames.size).toBe(0);
  });
});
