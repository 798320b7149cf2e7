import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  name: string;
  files: string[];
  raw: number;
  gzip: number;
}

/** Raw and gzipped (zlib default level, each file on its own) sizes of the built extension's bundles. */
export function bundleSizes(outDir: string): BundleSize[] {
  const list = (dir: string, pattern: RegExp) =>
    readdirSync(join(outDir, dir))
      .filter((file) => pattern.test(file))
      .map((file) => `${dir}/${file}`);
  const bundles: BundleSize[] = list('content-scripts', /\.js$/).map((file) => measure(outDir, file, [file]));
  bundles.push(measure(outDir, 'findings-panel.js (loaded on first open)', ['findings-panel.js']));
  bundles.push(measure(outDir, 'background', ['background.js']));
  bundles.push(
    measure(outDir, 'popup (html + js + css)', [
      'popup.html',
      ...list('chunks', /^popup-.*\.js$/),
      ...list('assets', /^popup-.*\.css$/),
    ]),
  );
  return bundles;
}

function measure(outDir: string, name: string, files: string[]): BundleSize {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(outDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { name, files, raw, gzip };
}
