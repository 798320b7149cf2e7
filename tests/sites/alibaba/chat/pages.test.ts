import { describe, expect, it } from 'vitest';
import { CHAT_MATCHES, isChatPage } from '../../../../src/sites/alibaba/chat';
import { CHAT_PAGE_EXAMPLES, NOT_CHAT_PAGE_EXAMPLES } from '../../../../src/sites/alibaba/chat/pages';
import { PAGE_EXAMPLES } from '../../../../src/sites/alibaba/pages';
import { adapterFor } from '../../../../src/sites/registry';

describe('isChatPage', () => {
  it.each(CHAT_PAGE_EXAMPLES)('accepts %s', (example) => {
    expect(isChatPage(new URL(example))).toBe(true);
  });

  it.each(NOT_CHAT_PAGE_EXAMPLES)('refuses %s', (example) => {
    expect(isChatPage(new URL(example))).toBe(false);
  });

  it("refuses every other page kind's examples, and accepts the chat kind's", () => {
    const { chat, ...others } = PAGE_EXAMPLES;
    for (const example of chat) expect(isChatPage(new URL(example)), example).toBe(true);
    for (const example of Object.values(others).flat())
      expect(isChatPage(new URL(example)), example).toBe(false);
  });

  it('is a marketplace page to the background, which answers content scripts only there', () => {
    for (const example of CHAT_PAGE_EXAMPLES)
      expect(adapterFor(new URL(example))?.id, example).toBe('alibaba');
  });

  it('has content-script matches that cover every example it accepts, on http and https', () => {
    for (const example of CHAT_PAGE_EXAMPLES) {
      for (const scheme of ['http:', 'https:']) {
        const url = new URL(example);
        url.protocol = scheme;
        expect(
          CHAT_MATCHES.some((pattern) => matches(pattern, url)),
          url.href,
        ).toBe(true);
      }
    }
  });
});

/** A WebExtension match pattern of the `*://*.host/path*` form, as the browser applies it. */
function matches(pattern: string, url: URL): boolean {
  const parts = /^(\*|https?):\/\/(\*\.)?([^/]+)(\/.*)$/.exec(pattern);
  if (!parts) throw new Error(`unexpected pattern ${pattern}`);
  const [, scheme, anySub, host, path] = parts as unknown as [
    string,
    string,
    string | undefined,
    string,
    string,
  ];
  const schemeOk = scheme === '*' ? /^https?:$/.test(url.protocol) : `${scheme}:` === url.protocol;
  const hostOk = url.hostname === host || (anySub !== undefined && url.hostname.endsWith(`.${host}`));
  const pathRe = new RegExp(`^${path.replace(/[.?+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return schemeOk && hostOk && pathRe.test(url.pathname + url.search);
}
