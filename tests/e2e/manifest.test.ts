import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built manifests ask for the marketplace hosts and storage, nothing broad.
const manifest = (dir: string) => {
  const path = fileURLToPath(new URL(`../../.output/${dir}/manifest.json`, import.meta.url));
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first`);
  return JSON.parse(readFileSync(path, 'utf8'));
};

describe('built manifests', () => {
  it('Chrome: storage and the alibaba.com hosts; only the findings panel is web-accessible, at a dynamic URL', () => {
    const chrome = manifest('chrome-mv3');
    expect(chrome.permissions).toEqual(['storage']);
    expect(chrome.host_permissions).toEqual(['*://*.alibaba.com/*']);
    expect(chrome.web_accessible_resources).toEqual([
      { resources: ['findings-panel.js'], matches: ['*://*.alibaba.com/*'], use_dynamic_url: true },
    ]);
    const matches = chrome.content_scripts.flatMap((script: { matches: string[] }) => script.matches);
    for (const pattern of matches) expect(pattern).toMatch(/^\*:\/\/\*\.(en\.)?alibaba\.com\//);
    expect(JSON.stringify(chrome)).not.toMatch(/<all_urls>|"tabs"|"scripting"|content_security_policy/);
  });

  it('Firefox: the same hosts and storage, no web-accessible files, and no data collected', () => {
    const firefox = manifest('firefox-mv2');
    expect(firefox.permissions.sort()).toEqual(['*://*.alibaba.com/*', 'storage']);
    expect(firefox.web_accessible_resources).toBeUndefined();
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
  });

  // Firefox refuses to install an add-on whose manifest holds an empty list ("Extension is
  // invalid"), e.g. `exclude_matches: []` on a content script; Chrome accepts it silently.
  it.each(['chrome-mv3', 'firefox-mv2'])('%s: no empty lists anywhere', (dir) => {
    const empty: string[] = [];
    const visit = (value: unknown, path: string): void => {
      if (Array.isArray(value)) {
        if (value.length === 0) empty.push(path);
        value.forEach((item, index) => visit(item, `${path}[${index}]`));
      } else if (value && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) visit(item, `${path}.${key}`);
      }
    };
    visit(manifest(dir), 'manifest');
    expect(empty).toEqual([]);
  });
});

describe('built content scripts', () => {
  // Content scripts run in every marketplace page: zod stays in the background and the extension
  // pages (a stray value import of a schema module is enough to pull all of it in).
  it.each(['chrome-mv3', 'firefox-mv2'])('%s: carry no zod', (dir) => {
    const folder = fileURLToPath(new URL(`../../.output/${dir}/content-scripts/`, import.meta.url));
    const scripts = readdirSync(folder).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts)
      expect(readFileSync(`${folder}${file}`, 'utf8'), file).not.toMatch(/\$Zod[A-Z]/);
    const background = readFileSync(
      fileURLToPath(new URL(`../../.output/${dir}/background.js`, import.meta.url)),
      'utf8',
    );
    expect(background).toMatch(/\$Zod[A-Z]/);
  });
});
