import { describe, expect, it } from 'vitest';
import { ADAPTERS, MARKETPLACE_MATCHES, adapterFor } from '../../src/sites/registry';

describe('site registry', () => {
  it('finds the alibaba adapter for its hosts, over http and https', () => {
    for (const url of [
      'https://www.alibaba.com/trade/search?SearchText=x',
      'http://www.alibaba.com/trade/search?SearchText=x',
      'https://dgxuandele.en.alibaba.com/company_profile.html',
    ]) {
      expect(adapterFor(new URL(url))?.id).toBe('alibaba');
    }
  });

  it('finds nothing for look-alike or foreign hosts', () => {
    for (const url of [
      'https://alibaba.com.evil.example/trade/search',
      'https://www.aliexpress.com/',
      'https://notalibaba.com/',
      'file:///tmp/page.html',
    ]) {
      expect(adapterFor(new URL(url))).toBeNull();
    }
  });

  it('asks only for marketplace hosts, never for all URLs', () => {
    expect(MARKETPLACE_MATCHES.length).toBeGreaterThan(0);
    for (const pattern of MARKETPLACE_MATCHES) {
      expect(pattern).not.toMatch(/<all_urls>|^\*:\/\/\*\//);
    }
  });

  it('registers each adapter once', () => {
    const ids = ADAPTERS.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
