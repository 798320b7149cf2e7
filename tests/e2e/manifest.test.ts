import { existsSync, readFileSync } from 'node:fs';
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
});
