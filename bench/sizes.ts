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
  for (const page of ['popup', 'options']) {
    bundles.push(measure(outDir, `${page} (html + js + css)`, pageFiles(outDir, `${page}.html`)));
  }
  return bundles;
}

/** An extension page and every script and stylesheet it loads (chunks it shares with other pages too). */
function pageFiles(outDir: string, html: string): string[] {
  const text = readFileSync(join(outDir, html), 'utf8');
  const loaded = [...text.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map(
    (match) => match[1] as string,
  );
  return [html, ...new Set(loaded)];
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
