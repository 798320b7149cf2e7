import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../src/sites/registry';
import { ALIBABA_READERS } from '../../src/sites/alibaba';

// Conventions the next engineer can rely on: every page kind an adapter claims has a saved page
// with an expected reading, and every saved page says where it came from.
const FIXTURES = join(import.meta.dirname, '../fixtures');

describe.each(ADAPTERS.map((adapter) => adapter.id))('%s fixtures', (site) => {
  const folder = join(FIXTURES, site);
  const files = readdirSync(folder);

  it.each(ALIBABA_READERS.map((reader) => reader.kind))(
    'has a saved %s page with its expected reading',
    (kind) => {
      const pages = files
        .filter(
          (file) =>
            file.endsWith('.html') && existsSync(join(folder, file.replace(/\.html$/, '.expected.json'))),
        )
        .map((file) =>
          JSON.parse(readFileSync(join(folder, file.replace(/\.html$/, '.expected.json')), 'utf8')),
        )
        .filter((expected) => expected.page === kind);
      expect(pages.length).toBeGreaterThan(0);
    },
  );

  it('says where every saved page came from', () => {
    const saved = files.filter((file) => !/\.(source\.md|expected\.json)$/.test(file));
    const unsourced = saved.filter(
      (file) =>
        !files.includes(`${file}.source.md`) && !files.includes(file.replace(/\.[^.]+$/, '.source.md')),
    );
    expect(unsourced).toEqual([]);
  });
});
