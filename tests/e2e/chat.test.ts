import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CHAT_PAGES,
  LARGE_MESSAGES,
  LARGE_RISKY_EVERY,
  LARGE_RISKY_LINE,
  NOTE,
  appendChatRow,
  readNotes,
  rerenderChatRow,
  routeChatPages,
  waitForNotes,
  type ChatPageName,
  type ChatRouting,
} from './support/chat-pages';
import { suiteBrowser } from './support/suite-browser';

// The chat guard in real Chromium with the built extension and its real background (detector
// included), on the written messenger pages served at their https:// addresses. Build first:
// `npx wxt build`.

const suite = suiteBrowser();
let routing: ChatRouting;
const SHOTS = '/tmp/chat-shots/';
const DOCS_SCREENSHOT = fileURLToPath(new URL('../../docs/screenshot-chat.png', import.meta.url));

beforeAll(async () => {
  routing = await routeChatPages(suite.browser.context);
  await mkdir(SHOTS, { recursive: true });
  await spyOnChecks();
});

/** The rows the detector must flag on the risky page, by their first 40 characters, in page order. */
const RISKY_ROWS = [
  'Sample is ok. For this order please pay by Western Union',
  '我们公司账户正在审计，请把货款付到新账户，账户信息稍后发给您。',
  '方便的话加我WhatsApp +86 138 0013 8000，聊得更快。',
  'You can also pay the invoice online here:',
  'OK, if it is cheaper I will pay by Western Union tomorrow.',
  'This price is only valid today, please pay now or we cancel the order.',
].map((text) => text.slice(0, 40));

/**
 * The service worker records the message ids of each check-chat request (a
 * second onMessage listener, which answers nothing), so a test can see what
 * was asked, in which requests, and what was not asked again.
 */
async function spyOnChecks(): Promise<void> {
  await suite.browser.serviceWorker!.evaluate(() => {
    const scope = globalThis as unknown as {
      chatRequests: string[][];
      chrome: { runtime: { onMessage: { addListener(listener: (message: unknown) => void): void } } };
    };
    scope.chatRequests = [];
    scope.chrome.runtime.onMessage.addListener((message) => {
      const request = message as { type?: string; messages?: Array<{ id: string }> };
      if (request?.type === 'check-chat')
        scope.chatRequests.push((request.messages ?? []).map((item) => item.id));
    });
  });
}

/** The ids each check-chat request carried, request by request. */
function askedRequests(): Promise<string[][]> {
  return suite.browser.serviceWorker!.evaluate(
    () => (globalThis as unknown as { chatRequests: string[][] }).chatRequests,
  );
}

async function askedIds(): Promise<string[]> {
  return (await askedRequests()).flat();
}

async function open(name: ChatPageName, notes: number): Promise<Page> {
  const page = await suite.browser.context.newPage();
  await page.goto(CHAT_PAGES[name].url);
  await waitForNotes(page, notes);
  return page;
}

function screenshot(page: Page, file: string): Promise<Buffer> {
  return page.screenshot({ path: `${SHOTS}${file}` });
}

describe('the messenger', () => {
  it('puts a note beside exactly the risky rows, incoming and outgoing', async () => {
    const page = await open('risky', RISKY_ROWS.length);
    await page.waitForTimeout(200); // time for a stray extra note to show up
    const notes = await readNotes(page);
    expect(notes.map((note) => note.row)).toEqual(RISKY_ROWS);
    expect(notes.every((note) => note.visible && !note.dismissed)).toBe(true);
    const first = page.locator(NOTE).first();
    await expect(first.locator('mark').first().textContent()).resolves.toBe('Western Union');
    await expect(first.locator('.finding__advice').first().textContent()).resolves.toMatch(
      /^What to do: .*Trade Assurance/,
    );
    await first.evaluate((host) => host.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'messenger-notes.png');
    await copyFile(`${SHOTS}messenger-notes.png`, DOCS_SCREENSHOT);
    await page.locator(NOTE).nth(1).scrollIntoViewIfNeeded();
    await screenshot(page, 'messenger-notes-2.png');
    await page.close();
  });

  it('checks rows the page adds later, and puts a re-rendered row’s note back without asking again', async () => {
    const page = await open('risky', RISKY_ROWS.length);
    const askedAtOpen = (await askedIds()).length;
    await appendChatRow(page, {
      side: 'left',
      time: '2025-12-01 10:40:00',
      text: 'Add me on WhatsApp +86 138 0013 8000 for the photos',
    });
    await appendChatRow(page, {
      side: 'left',
      time: '2025-12-01 10:41:00',
      text: 'The photos are in the file above.',
    });
    await waitForNotes(page, RISKY_ROWS.length + 1);
    // Both new rows asked about before the re-renders: the second has no note to wait for, and its batch may still be
    // on its way when the first's note is drawn.
    await expect.poll(async () => (await askedIds()).length).toBeGreaterThanOrEqual(askedAtOpen + 2);
    const askedBefore = await askedIds();
    await rerenderChatRow(page, 'Sample is ok. For this order please pay');
    await rerenderChatRow(page, 'Add me on WhatsApp +86 138 0013 8000');
    await rerenderChatRow(page, 'Hi Lily, can you send a sample first?');
    await expect.poll(async () => (await readNotes(page)).length).toBe(RISKY_ROWS.length + 1);
    await page.waitForTimeout(200);
    const notes = await readNotes(page);
    expect(notes.map((note) => note.row)).toEqual([
      ...RISKY_ROWS,
      'Add me on WhatsApp +86 138 0013 8000 for the photos'.slice(0, 40),
    ]);
    // Nothing was asked again for the re-rendered rows.
    expect(await askedIds()).toEqual(askedBefore);
    await page.close();
  });

  it('hides the notes on "I know this sender", remembers it across a reload, and shows them again', async () => {
    let page = await open('risky', RISKY_ROWS.length);
    await page
      .locator(NOTE)
      .first()
      .getByRole('button', { name: /I know this sender/ })
      .click();
    await expect
      .poll(async () => (await readNotes(page)).every((note) => note.dismissed && !note.visible))
      .toBe(true);
    const undo = page.locator('supplier-radar-chat[data-role="undo"]');
    await expect(undo.textContent()).resolves.toBe('');
    await expect(undo.locator('.undo').textContent()).resolves.toContain('warnings hidden in this chat');
    await page.locator('.content-header').screenshot({ path: `${SHOTS}messenger-dismissed-header.png` });

    await page.reload();
    await waitForNotes(page, RISKY_ROWS.length);
    const afterReload = await readNotes(page);
    expect(afterReload).toHaveLength(RISKY_ROWS.length);
    expect(afterReload.every((note) => note.dismissed && !note.visible)).toBe(true);
    await undo.getByRole('button', { name: 'Show warnings' }).click();
    await expect.poll(async () => (await readNotes(page)).every((note) => note.visible)).toBe(true);
    await expect(undo.count()).resolves.toBe(0);

    await page.close();
    page = await open('risky', RISKY_ROWS.length);
    await page.waitForTimeout(200);
    expect((await readNotes(page)).every((note) => note.visible && !note.dismissed)).toBe(true);
    await page.close();
  });

  it('warns beside the composer while the buyer types a risky message, and lets it be sent', async () => {
    const page = await open('risky', RISKY_ROWS.length);
    const composer = page.locator('.send-textarea');
    await composer.click();
    await page.keyboard.type('I will pay by Western Union', { delay: 20 });
    const draft = page.locator('supplier-radar-chat[data-role="draft"]');
    await draft.locator('.note').waitFor({ state: 'visible', timeout: 5_000 });
    await expect(draft.locator('.headline').textContent()).resolves.toBe('Before you send this');
    await expect(draft.locator('mark').first().textContent()).resolves.toMatch(/western union/i);
    await expect(composer.inputValue()).resolves.toBe('I will pay by Western Union');
    await page.locator('#send-box-wrapper').scrollIntoViewIfNeeded();
    await screenshot(page, 'messenger-composer.png');
    // The page sends it (its own script would): the composer empties and the row appears.
    await page.evaluate(() => {
      (document.querySelector('.send-textarea') as HTMLTextAreaElement).value = '';
    });
    await appendChatRow(page, {
      side: 'right',
      time: '2025-12-01 10:50:00',
      text: 'I will pay by Western Union',
    });
    await draft.waitFor({ state: 'detached', timeout: 5_000 });
    await waitForNotes(page, RISKY_ROWS.length + 1);
    await page.close();
  });

  it('reads an account number that the supplier sends in two live messages as one account, not a change', async () => {
    const page = await open('benign', 0);
    await page.waitForTimeout(300);
    const bankRow = 'Bank: China Guangfa Bank Huizhou\nA/C: 9550 8800';
    await appendChatRow(page, { side: 'left', time: '2025-12-01 11:20:00', text: bankRow });
    await waitForNotes(page, 1);
    await appendChatRow(page, {
      side: 'left',
      time: '2025-12-01 11:21:00',
      text: 'rest of the acct: 2651 8300 117',
    });
    await waitForNotes(page, 2);
    const rulesOfNote = (index: number) =>
      page
        .locator(NOTE)
        .nth(index)
        .locator('.finding')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-rule')));
    await expect(rulesOfNote(1)).resolves.toEqual(['off-platform-payment']);
    // A number that differs from the whole is still a change.
    await appendChatRow(page, {
      side: 'left',
      time: '2025-12-01 11:22:00',
      text: 'sorry, full account is 9550 8800 2615 8030 117',
    });
    await waitForNotes(page, 3);
    await expect(rulesOfNote(2)).resolves.toContain('payment-details-change');
    await page.close();
  });

  it('flags nothing in an ordinary conversation', async () => {
    const before = (await askedIds()).length;
    const page = await open('benign', 0);
    await expect
      .poll(async () => (await askedIds()).length - before, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(7);
    await page.waitForTimeout(300);
    expect(await readNotes(page)).toEqual([]);
    await page.close();
  });
});

describe('the chat widget on a product page (all frames)', () => {
  it('puts the note inside the widget’s frame', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(CHAT_PAGES.productWithWidget.url);
    const frame = page
      .frames()
      .find((candidate) => candidate.url().startsWith('https://onetalk.alibaba.com/'));
    expect(frame).toBeDefined();
    await frame!.waitForFunction((note) => document.querySelectorAll(note).length >= 1, NOTE, {
      timeout: 10_000,
    });
    await frame!.waitForTimeout(200);
    expect((await readNotes(frame!)).map((note) => note.row)).toEqual([
      'Please add me on WhatsApp +86 138 0013 8000 for the best price.'.slice(0, 40),
    ]);
    expect(await page.locator(NOTE).count()).toBe(0);
    await frame!.locator(NOTE).evaluate((host) => host.scrollIntoView({ block: 'end' }));
    await screenshot(page, 'product-widget.png');
    await page.close();
  });
});

describe('a conversation of 2,000 messages', () => {
  // How long this takes is measured in the bench (`BENCH_ONLY=chat`), not here.
  it('asks about every row once, a chunk at a time, and marks exactly the risky rows', async () => {
    const risky = LARGE_MESSAGES / LARGE_RISKY_EVERY;
    const earlier = (await askedRequests()).length;
    const page = await suite.browser.context.newPage();
    await page.goto(CHAT_PAGES.large.url);
    await expect
      .poll(async () => (await askedRequests()).slice(earlier).flat().length, { timeout: 20_000 })
      .toBeGreaterThanOrEqual(LARGE_MESSAGES);
    await waitForNotes(page, risky, 20_000);
    await page.waitForTimeout(200); // time for a stray extra note or request to show up
    const requests = (await askedRequests()).slice(earlier);
    // Every row asked about, each once.
    expect(requests.flat()).toHaveLength(LARGE_MESSAGES);
    expect(new Set(requests.flat()).size).toBe(LARGE_MESSAGES);
    // Read in chunks, the guard yielding to the page between them: at most 500 messages (the
    // background's limit) per request, so at least four requests for the 2,000 rows.
    expect(Math.max(...requests.map((ids) => ids.length))).toBeLessThanOrEqual(500);
    const notes = await readNotes(page);
    expect(notes).toHaveLength(risky);
    expect(notes.every((note) => note.row === LARGE_RISKY_LINE.slice(0, 40))).toBe(true);
    // One note per risky row: the page holds exactly `risky` rows with that text.
    await expect(page.locator(`.message-item-wrapper:has(${NOTE})`).count()).resolves.toBe(risky);
    await page.close();
  });
});

describe('network', () => {
  it('asked nothing of any host: every https page came from the test’s routing', async () => {
    const unexplained = suite.browser.requests.filter((address) => {
      if (/^(chrome-extension|data|about|blob):/.test(address)) return false;
      return !routing.served.some((served) => served.url === address.split('#')[0]);
    });
    expect(routing.served.length).toBeGreaterThan(0);
    expect(unexplained).toEqual([]);
  });
});
