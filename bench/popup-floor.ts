import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIRST_ROWS_KEY } from '../src/storage/shortlist-first-rows';
import { EXTENSION_DIR, launchWithExtension, type Launched } from '../tests/e2e/support/launch';

// The floor under the popup's first rows (issue 5): how soon any extension page on this machine can
// show rows drawn by a script. It is a copy of the built popup.html with the popup's own scripts
// swapped for one small classic script that draws the rows the popup saved at its last opening
// (its localStorage snapshot, see shortlist-first-rows.ts). Styles, origin and storage are the
// popup's. Added to a copy of the build, never to the extension that ships.

/** The floor page, at the extension's root. */
export const FLOOR_PAGE = 'bench-floor.html';
const FLOOR_SCRIPT = 'bench-floor.js';

/** Rows drawn, as many as the popup draws first; ids like the popup's rows, which the timing waits for. */
const floorScript = (key: string) => `(() => {
  const rows = JSON.parse(localStorage.getItem(${JSON.stringify(key)}) || '[]');
  const list = document.createElement('div');
  list.className = 'vlist__rows';
  rows.slice(0, 8).forEach((row, index) => {
    const item = document.createElement('div');
    item.id = 'shortlist-row-' + index;
    item.className = 'vlist__row';
    item.textContent = String(row.name);
    list.append(item);
  });
  document.getElementById('app').append(list);
})();
`;

/** Chromium with a copy of the built extension that has the floor page; closing it deletes the copy too. */
export async function launchWithFloorPage(port: number): Promise<Launched> {
  const copy = await extensionWithFloorPage();
  try {
    const launched = await launchWithExtension({ extension: true, extensionDir: copy.dir, port });
    return { ...launched, close: () => launched.close().finally(copy.remove) };
  } catch (error) {
    await copy.remove();
    throw error;
  }
}

/** A copy of the built extension with the floor page added; `remove` deletes the copy. */
async function extensionWithFloorPage(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'supplier-radar-floor-'));
  await cp(EXTENSION_DIR, dir, { recursive: true });
  const popup = await readFile(join(dir, 'popup.html'), 'utf8');
  const floor = popup
    .replace(/<script type="module"[^>]*><\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '')
    .replace('<div id="app"></div>', `<div id="app"></div><script src="/${FLOOR_SCRIPT}"></script>`);
  if (floor === popup || /type="module"/.test(floor) || !floor.includes(FLOOR_SCRIPT)) {
    throw new Error('popup.html is no longer shaped as the floor page expects: update bench/popup-floor.ts');
  }
  await writeFile(join(dir, FLOOR_PAGE), floor);
  await writeFile(join(dir, FLOOR_SCRIPT), floorScript(FIRST_ROWS_KEY));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
