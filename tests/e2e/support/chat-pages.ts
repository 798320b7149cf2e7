import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { FIXTURE_DIR } from './routes';

/**
 * Chat pages served at their real https:// addresses through Playwright's
 * routing (the loopback fixture server speaks plain http only): every
 * request to an https *.alibaba.com URL is answered here, from the written
 * chat fixtures or pages built from them, or with a 404. Nothing reaches a network.
 */
export const CHAT_PAGES = {
  risky: {
    url: 'https://message.alibaba.com/message/messenger.htm?activeAccountId=2210987654&chatToken=abc#/',
    title: 'Messenger, a conversation turning risky',
  },
  benign: {
    url: 'https://message.alibaba.com/message/messenger.htm#/',
    title: 'Messenger, an ordinary conversation',
  },
  widget: {
    url: 'https://onetalk.alibaba.com/message/weblite.htm#/',
    title: 'Chat widget frame',
  },
  productWithWidget: {
    url: 'https://www.alibaba.com/product-detail/20000mAh-Power-Bank-PD-22-5W_1601111111111.html',
    title: 'Product page with the chat widget iframe',
  },
  large: {
    url: 'https://message.alibaba.com/message/messenger.htm?activeAccountId=2000000001#/',
    title: 'Messenger, a conversation of 2,000 messages',
  },
} as const;

export type ChatPageName = keyof typeof CHAT_PAGES;

/** Messages in the large conversation, and every how-many-th of them is risky. */
export const LARGE_MESSAGES = 2_000;
export const LARGE_RISKY_EVERY = 50;

const fixture = (name: string) => readFileSync(join(FIXTURE_DIR, name), 'utf8');

/** Page bodies by URL without its hash (also served to Firefox, by its own request interception). */
export function chatPageBodies(): Map<string, string> {
  const withoutHash = (url: string) => url.split('#')[0] as string;
  return new Map([
    [withoutHash(CHAT_PAGES.risky.url), fixture('chat-risky-messenger.html')],
    [withoutHash(CHAT_PAGES.benign.url), fixture('chat-benign-messenger.html')],
    [withoutHash(CHAT_PAGES.widget.url), fixture('chat-widget-weblite.html')],
    [withoutHash(CHAT_PAGES.productWithWidget.url), productPageWithWidget()],
    [withoutHash(CHAT_PAGES.large.url), largeConversation(LARGE_MESSAGES)],
  ]);
}

export interface ChatRouting {
  /** Every https request answered, with its status. */
  served: Array<{ url: string; status: number }>;
}

/** Answers https://*.alibaba.com/* in `context` from the chat pages above (404 for anything else). */
export async function routeChatPages(context: BrowserContext): Promise<ChatRouting> {
  const bodies = chatPageBodies();
  const routing: ChatRouting = { served: [] };
  await context.route(/^https:\/\/([a-z0-9-]+\.)*alibaba\.com\//, async (route: Route) => {
    const url = route.request().url().split('#')[0] as string;
    const body = bodies.get(url);
    routing.served.push({ url, status: body === undefined ? 404 : 200 });
    await route.fulfill(
      body === undefined
        ? { status: 404, contentType: 'text/plain', body: 'not a fixture\n' }
        : { status: 200, contentType: 'text/html; charset=utf-8', body },
    );
  });
  return routing;
}

/**
 * A product page as far as the chat widget goes: the widget's iframe where
 * the notes verified it on product pages (div#\#weblite-iframe.weblite-iframe,
 * src onetalk.alibaba.com/message/weblite.htm#/). Not a saved product page:
 * only the frame matters here.
 */
function productPageWithWidget(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>20000mAh Power Bank - Alibaba.com</title>
<style>body{margin:0;font:14px Arial,sans-serif;background:#f5f5f5}main{padding:24px}
.weblite-iframe{position:fixed;right:16px;bottom:16px;width:380px;height:520px;box-shadow:0 4px 20px rgba(0,0,0,.2);border-radius:8px;overflow:hidden;background:#fff}
.weblite-iframe iframe{width:100%;height:100%;border:0}</style></head>
<body><main><h1>20000mAh Power Bank PD 22.5W Fast Charging Portable Charger</h1><p>US $6.20-7.10 / piece · Min. order: 500 pieces</p></main>
<div id="#weblite-iframe" class="weblite-iframe"><iframe src="${CHAT_PAGES.widget.url}" title="Chat"></iframe></div>
</body></html>`;
}

const BENIGN_LINES = [
  'Hello, the price for 1000 pcs is US $6.80 per piece.',
  'Can you print our logo on the box?',
  'Yes, logo printing is free above 500 pcs.',
  'What is the lead time after the deposit?',
  'About 15 days, then shipping by sea.',
  'Please send me the Trade Assurance order.',
  '好的，我们今天下午发给您。',
  'Thanks, I will check with my team.',
];
/** The large conversation's risky message (every LARGE_RISKY_EVERY-th row). */
export const LARGE_RISKY_LINE = 'For the deposit please pay by Western Union to save the bank fee.';

/**
 * The risky fixture with its message list replaced by `count` rows in the
 * same markup (what a long conversation scrolled all the way back shows):
 * alternating sides, a timestamp each, every LARGE_RISKY_EVERY-th row risky.
 */
export function largeConversation(count: number): string {
  const rows: string[] = [];
  for (let index = 0; index < count; index++) {
    const side = index % 2 === 0 ? 'left' : 'right';
    const day = String(1 + Math.floor(index / 600)).padStart(2, '0');
    const minute = String(Math.floor(index / 60) % 10).padStart(2, '0');
    const second = String(index % 60).padStart(2, '0');
    const risky = index % LARGE_RISKY_EVERY === LARGE_RISKY_EVERY - 2;
    const text = risky ? LARGE_RISKY_LINE : `${BENIGN_LINES[index % BENIGN_LINES.length]} (#${index})`;
    rows.push(
      `<div class="message-item-wrapper item-${side}" data-exp="2020MC_Message_Show" data-expinfo='{"messageType":1,"extBizType":""}'>` +
        `<div class="item-avatar">${side === 'left' ? 'L' : 'M'}</div><div class="item-content">` +
        `<div class="item-base-info"><span class="name">${side === 'left' ? 'Lily Chen' : 'Me'}</span><span>2025-11-${day} 09:${minute}:${second}</span></div>` +
        `<div class="item-bubble"><div class="session-rich-content text">${text}</div></div></div></div>`,
    );
  }
  return withMessageList(fixture('chat-risky-messenger.html'), rows.join('\n'));
}

/** The page with the content of its `.scrollbar-box` (the message list) replaced. */
function withMessageList(page: string, rows: string): string {
  const open = '<div class="scrollbar-box">';
  const start = page.indexOf(open) + open.length;
  // The list closes with the last three </div> before the composer: its own, .im-message-flow's, .message-flow-wrapper's.
  let end = page.indexOf('<div id="send-box-wrapper">');
  for (let closing = 0; closing < 3; closing++) end = page.lastIndexOf('</div>', end - 1);
  return `${page.slice(0, start)}\n${rows}\n${page.slice(end)}`;
}

/** The note hosts in a page or frame, with the first 40 characters of their row's text. */
export const NOTE = 'supplier-radar-chat[data-role="message"]';

export interface NoteOnPage {
  row: string;
  severity: string | null;
  dismissed: boolean;
  visible: boolean;
}

/** Resolves once `page` holds at least `count` notes. */
export function waitForNotes(
  page: Pick<Page, 'waitForFunction'>,
  count: number,
  timeout = 10_000,
): Promise<unknown> {
  return page.waitForFunction(
    ({ note, count }) => document.querySelectorAll(note).length >= count,
    { note: NOTE, count },
    { timeout },
  );
}

/** The page functions declare no named inner functions (see cards.ts). */
export function readNotes(page: Pick<Page, 'evaluate'>): Promise<NoteOnPage[]> {
  return page.evaluate((note) => {
    return Array.from(document.querySelectorAll(note)).map((host) => ({
      row: (
        host.closest('.message-item-wrapper')?.querySelector('.session-rich-content.text')?.textContent ?? ''
      )
        .trim()
        .slice(0, 40),
      severity: host.getAttribute('data-severity'),
      dismissed: host.hasAttribute('data-dismissed'),
      visible: (host as HTMLElement).offsetHeight > 0,
    }));
  }, NOTE);
}

/** Appends a message row in the messenger's markup, as the page does when a message arrives or is sent. */
export function appendChatRow(
  page: Pick<Page, 'evaluate'>,
  row: { side: 'left' | 'right'; time: string; text: string },
): Promise<void> {
  return page.evaluate(({ side, time, text }) => {
    const wrapper = document.createElement('div');
    wrapper.className = `message-item-wrapper item-${side}`;
    wrapper.setAttribute('data-exp', '2020MC_Message_Show');
    wrapper.setAttribute('data-expinfo', '{"messageType":1,"extBizType":""}');
    const avatar = document.createElement('div');
    avatar.className = 'item-avatar';
    avatar.textContent = side === 'left' ? 'L' : 'M';
    const content = document.createElement('div');
    content.className = 'item-content';
    const info = document.createElement('div');
    info.className = 'item-base-info';
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = side === 'left' ? 'Lily Chen' : 'Me';
    const stamp = document.createElement('span');
    stamp.textContent = time;
    info.append(name, stamp);
    const bubble = document.createElement('div');
    bubble.className = 'item-bubble';
    const body = document.createElement('div');
    body.className = 'session-rich-content text';
    body.textContent = text;
    bubble.append(body);
    content.append(info, bubble);
    wrapper.append(avatar, content);
    (document.querySelector('.scrollbar-box') ?? document.body).append(wrapper);
  }, row);
}

/**
 * What a list that re-renders does: replaces the row whose text starts with
 * `startsWith` by a fresh copy, drawn from the page's own markup (our note
 * is not part of it).
 */
export function rerenderChatRow(page: Pick<Page, 'evaluate'>, startsWith: string): Promise<void> {
  return page.evaluate(
    ({ startsWith, tag }) => {
      const row = Array.from(document.querySelectorAll('.message-item-wrapper')).find((candidate) =>
        (candidate.querySelector('.session-rich-content.text')?.textContent ?? '')
          .trim()
          .startsWith(startsWith),
      );
      if (!row) throw new Error(`no row starts with ${startsWith}`);
      const copy = row.cloneNode(true) as Element;
      for (const host of Array.from(copy.querySelectorAll(tag))) host.remove();
      row.replaceWith(copy);
    },
    { startsWith, tag: 'supplier-radar-chat' },
  );
}
