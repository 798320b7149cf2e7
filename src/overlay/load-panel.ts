import { browser } from 'wxt/browser';
import { PANEL_GLOBAL } from '../ui/panel-global';
import type { PanelRenderer } from '../ui/panel-renderer';

let loading: Promise<PanelRenderer> | null = null;

/**
 * The findings panel's renderer, loaded on first use. Chrome builds load the
 * extension's own `findings-panel.js` (an extension file, never the network),
 * so content scripts don't carry Preact; Firefox builds bundle it, since
 * Firefox's module loading from content scripts isn't tested here.
 */
export function loadPanelRenderer(): Promise<PanelRenderer> {
  loading ??= import.meta.env.FIREFOX
    ? import('../ui/panel-renderer').then((module) => module.renderFindingsPanel)
    : import(/* @vite-ignore */ browser.runtime.getURL('/findings-panel.js')).then(rendererFromGlobal);
  return loading;
}

/** The panel script leaves its renderer on the isolated world's global, which it shares with us. */
function rendererFromGlobal(): PanelRenderer {
  const renderer = (globalThis as Record<string, unknown>)[PANEL_GLOBAL];
  if (typeof renderer !== 'function') throw new Error('findings panel did not load');
  return renderer as PanelRenderer;
}

/** Tests (under happy-dom there is no extension to load from) provide the renderer directly. */
export function providePanelRenderer(renderer: PanelRenderer): void {
  loading = Promise.resolve(renderer);
}
