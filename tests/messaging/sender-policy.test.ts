import { describe, expect, it } from 'vitest';
import { classifySender, mayAsk } from '../../src/messaging/sender-policy';

const OWN_ID = 'abcdefghijklmnop';
const OWN_BASE = `chrome-extension://${OWN_ID}/`;
const isMarketplace = (url: URL) => url.hostname.endsWith('.alibaba.com');

describe('classifySender', () => {
  it.each([
    ['our popup', { id: OWN_ID, url: `${OWN_BASE}popup.html` }, 'extension-page'],
    [
      'our content script on a marketplace tab',
      { id: OWN_ID, url: 'https://www.alibaba.com/trade/search', tab: {} },
      'content-script',
    ],
    [
      'our content script on some other site',
      { id: OWN_ID, url: 'https://evil.example/', tab: {} },
      'foreign',
    ],
    ['a marketplace URL without a tab', { id: OWN_ID, url: 'https://www.alibaba.com/' }, 'foreign'],
    ['another extension', { id: 'someoneelse', url: 'chrome-extension://someoneelse/x.html' }, 'foreign'],
    ['a sender with no url', { id: OWN_ID }, 'foreign'],
    [
      'a page pretending to be ours by path',
      { id: OWN_ID, url: `https://www.alibaba.com/${OWN_BASE}`, tab: {} },
      'content-script',
    ],
    ['a sender with a broken url', { id: OWN_ID, url: 'not a url', tab: {} }, 'foreign'],
  ] as const)('%s', (_name, sender, expected) => {
    expect(classifySender(sender, OWN_ID, OWN_BASE, isMarketplace)).toBe(expected);
  });
});

describe('mayAsk', () => {
  it('lets content scripts ask only to judge', () => {
    expect(mayAsk('content-script', 'judge')).toBe(true);
    expect(mayAsk('foreign', 'judge')).toBe(false);
    expect(mayAsk('extension-page', 'judge')).toBe(true);
  });
});
