import { describe, expect, it } from 'vitest';
import { ChatGuard, MAX_BATCH } from '../../src/chat-guard/chat-guard';
import { withTimeout } from '../../src/chat-guard/timeout';
import { EARLIER_MESSAGES } from '../../src/messaging/chat-limits';
import { readChat } from '../../src/sites/alibaba/chat';
import { parsePage } from '../support/saved-pages';
import {
  RISKY_CONVERSATION,
  RISKY_URL,
  benignPage,
  fakeBackground,
  fakeDeps,
  notesOn,
  riskyPage,
  settle,
} from './fake-background';

/** The rows the fake detector flags, by their first 40 characters, and the note's severity. */
const RISKY_ROWS = [
  ['Sample is ok. For this order please pay by Western Union', 'danger'],
  ['我们公司账户正在审计，请把货款付到新账户，账户信息稍后发给您。', 'danger'],
  ['方便的话加我WhatsApp +86 138 0013 8000，聊得更快。', 'warning'],
  ['You can also pay the invoice online here:', 'danger'],
  ['OK, if it is cheaper I will pay by Western Union tomorrow.', 'danger'],
  ['This price is only valid today, please pay now', 'info'],
].map(([text, severity]) => ({ row: text!.slice(0, 40), severity }));

function startGuard(doc: Document, background = fakeBackground(), url = RISKY_URL) {
  const { deps, stats, timers } = fakeDeps(background, url);
  const controller = new AbortController();
  const guard = new ChatGuard(doc, deps);
  guard.start(controller.signal);
  return { guard, background, stats, timers, controller };
}

/** A copy of the row at `index` (by its first words) put in place of it, as a re-rendering list does. */
function rerender(doc: Document, startsWith: string): Element {
  const row = Array.from(doc.querySelectorAll('.message-item-wrapper')).find((candidate) =>
    candidate.textContent?.includes(startsWith),
  )!;
  const copy = row.cloneNode(true) as Element;
  row.replaceWith(copy);
  return copy;
}

function appendRow(doc: Document, side: 'left' | 'right', time: string, text: string): Element {
  const row = doc.createElement('div');
  row.className = `message-item-wrapper item-${side}`;
  row.setAttribute('data-expinfo', '{"messageType":1}');
  const content = doc.createElement('div');
  content.className = 'item-content';
  const info = doc.createElement('div');
  info.className = 'item-base-info';
  const stamp = doc.createElement('span');
  stamp.textContent = time;
  info.append(stamp);
  const bubble = doc.createElement('div');
  bubble.className = 'item-bubble';
  const body = doc.createElement('div');
  body.className = 'session-rich-content text';
  body.textContent = text;
  bubble.append(body);
  content.append(info, bubble);
  row.append(content);
  doc.querySelector('.scrollbar-box')!.append(row);
  return row;
}

describe('chat guard on the risky conversation', () => {
  it('puts a note beside exactly the risky rows, incoming and outgoing, asking about each message once', async () => {
    const doc = riskyPage();
    const { background } = startGuard(doc);
    await settle();
    expect(notesOn(doc).map(({ row, severity }) => ({ row, severity }))).toEqual(RISKY_ROWS);
    // Every message of the page, as the adapter reads it, was asked about once, in one batch.
    const expected = readChat(riskyPage(), new URL(RISKY_URL));
    expect(background.requests).toHaveLength(1);
    expect(background.requests[0]).toEqual({
      conversation: RISKY_CONVERSATION,
      supplierName: 'Shenzhen Lianyu Electronics Co., Ltd.',
      messages: expected.messages,
    });
  });

  it("draws the note under the bubble, with the evidence marked, and leaves the page's own nodes alone", async () => {
    const doc = riskyPage();
    const row = Array.from(doc.querySelectorAll('.message-item-wrapper')).find((candidate) =>
      candidate.textContent?.includes('please pay by Western Union'),
    )!;
    const textNode = row.querySelector('.session-rich-content.text')!.firstChild;
    const bubble = row.querySelector('.item-bubble')!;
    startGuard(doc);
    await settle();
    const host = row.querySelector('supplier-radar-chat')!;
    expect(host.previousElementSibling).toBe(bubble);
    expect(host.parentElement).toBe(row.querySelector('.item-content'));
    expect(row.querySelector('.session-rich-content.text')!.firstChild).toBe(textNode);
    expect(textNode?.textContent).toBe(
      'Sample is ok. For this order please pay by Western Union, then we give you 5% discount.',
    );
    const shadow = host.shadowRoot!;
    expect(Array.from(shadow.querySelectorAll('mark'), (mark) => mark.textContent)).toEqual([
      'Western Union',
    ]);
    expect(shadow.querySelector('.quote')?.textContent).toBe(
      'Sample is ok. For this order please pay by Western Union, then we give you 5% discount.',
    );
    expect(shadow.querySelector('.finding__advice')?.textContent).toBe(
      'What to do: Advice for off-platform-payment',
    );
    expect(shadow.querySelector('button')?.textContent).toBe('I know this sender');
  });

  it('re-mounts the note on a re-rendered row without asking again, and drops a copied host', async () => {
    const doc = riskyPage();
    const { background } = startGuard(doc);
    await settle();
    const asked = background.askedIds().length;
    const copy = rerender(doc, 'please pay by Western Union'); // the copy carries a shadowless copy of our host
    rerender(doc, 'Hi Lily, can you send a sample first');
    await settle();
    expect(background.askedIds()).toHaveLength(asked);
    const hosts = copy.querySelectorAll('supplier-radar-chat');
    expect(hosts).toHaveLength(1);
    expect(hosts[0]?.shadowRoot?.querySelector('mark')?.textContent).toBe('Western Union');
    expect(notesOn(doc).map(({ row }) => row)).toEqual(RISKY_ROWS.map(({ row }) => row));
  });

  it('checks rows the page adds later, and a row the list reuses for another message', async () => {
    const doc = riskyPage();
    const { background } = startGuard(doc);
    await settle();
    appendRow(doc, 'left', '2025-12-01 10:40:00', 'Also you can add me on WhatsApp for photos');
    appendRow(doc, 'left', '2025-12-01 10:41:00', 'Photos attached, have a nice day');
    await settle();
    expect(background.requests).toHaveLength(2);
    expect(background.requests[1]?.messages.map((message) => message.text)).toEqual([
      'Also you can add me on WhatsApp for photos',
      'Photos attached, have a nice day',
    ]);
    // With them, the last messages checked before, oldest first, for a number one begins and a later one finishes.
    const first = background.requests[0]!.messages;
    expect(background.requests[0]?.earlier).toBeUndefined();
    expect(background.requests[1]?.earlier).toEqual(first.slice(-EARLIER_MESSAGES));
    expect(notesOn(doc).at(-1)?.row).toBe('Also you can add me on WhatsApp for photos'.slice(0, 40));
    // A virtualised list reuses the element for another, harmless message: the old note goes.
    const reused = Array.from(doc.querySelectorAll('.message-item-wrapper')).at(-2)!;
    reused.querySelector('.session-rich-content.text')!.textContent = 'Sure, thanks';
    await settle();
    expect(reused.querySelector('supplier-radar-chat')).toBeNull();
    expect(background.requests.at(-1)?.messages.map((message) => message.text)).toEqual(['Sure, thanks']);
  });

  it('asks again when a translation arrives, and keeps the same key', async () => {
    const doc = riskyPage();
    const row = appendRow(doc, 'left', '2025-12-01 10:45:00', '请付到新的账户');
    const { background } = startGuard(doc);
    await settle();
    const first = background.requests[0]!.messages.at(-1)!;
    expect(row.querySelector('supplier-radar-chat')).toBeNull();
    const translation = doc.createElement('div');
    translation.className = 'session-rich-content';
    translation.textContent = 'Please pay to the new account';
    const wrapper = doc.createElement('div');
    wrapper.className = 'content-with-translation text-content';
    const original = row.querySelector('.session-rich-content.text')!;
    original.after(wrapper);
    wrapper.append(translation);
    await settle();
    const again = background.requests.at(-1)!.messages;
    expect(again).toEqual([{ ...first, text: '请付到新的账户\nPlease pay to the new account' }]);
    expect(row.querySelector('supplier-radar-chat')?.getAttribute('data-key')).toBe(first.id);
  });
});

describe('chat guard on large conversations', () => {
  it('reads in chunks that yield to the page, and sends at most 500 messages per request', async () => {
    const doc = parsePage('<div class="scrollbar-box"></div>');
    for (let index = 0; index < 1_234; index++) {
      const text = index % 100 === 7 ? `Order ${index}: pay by Western Union` : `Order ${index} confirmed`;
      appendRow(
        doc,
        index % 2 ? 'right' : 'left',
        `2025-12-01 10:${String(index % 60).padStart(2, '0')}:00`,
        text,
      );
    }
    let clock = 0;
    const background = fakeBackground();
    const { deps, stats } = fakeDeps(background, RISKY_URL, () => (clock += 1)); // a clock read every 16 rows: 128 rows a slice
    new ChatGuard(doc, deps).start();
    await settle(40);
    const sizes = background.requests.map((request) => request.messages.length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_BATCH);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(1_234);
    expect(new Set(background.askedIds()).size).toBe(1_234);
    expect(stats.yields).toBeGreaterThan(5);
    expect(notesOn(doc)).toHaveLength(13);
  });

  it('keeps each request at 500 messages when reading is fast', async () => {
    const doc = parsePage('<div class="scrollbar-box"></div>');
    for (let index = 0; index < 1_100; index++) appendRow(doc, 'left', `t${index}`, `message ${index}`);
    const background = fakeBackground();
    const { deps } = fakeDeps(background, RISKY_URL, () => 0);
    new ChatGuard(doc, deps).start();
    await settle(10);
    expect(background.requests.map((request) => request.messages.length)).toEqual([500, 500, 100]);
  });
});

describe('chat guard when the background does not help', () => {
  it.each([
    ['refuses', async () => Promise.reject(new Error('background refused: {"error":"forbidden"}'))],
    ['answers for fewer messages', async () => ({ messages: [] })],
    ['answers for other messages', async () => ({ messages: [{ id: 'x', findings: [] }] })],
    [
      'answers with a malformed finding',
      async (request: { messages: Array<{ id: string }> }) => ({
        messages: request.messages.map((message) => ({
          id: message.id,
          findings: [{ rule: 'x', severity: 'fatal' }],
        })),
      }),
    ],
  ])('leaves the page as it was when it %s', async (_name, answer) => {
    const doc = riskyPage();
    const before = doc.querySelectorAll('*').length;
    const background = fakeBackground();
    background.answer = answer as unknown as typeof background.answer;
    startGuard(doc, background);
    await settle();
    expect(doc.querySelectorAll('supplier-radar-chat')).toHaveLength(0);
    expect(doc.querySelectorAll('*').length).toBe(before);
  });

  it('leaves the page as it was when it never answers, and asks again when the row shows again', async () => {
    const doc = riskyPage();
    const background = fakeBackground();
    const realAnswer = background.answer;
    background.answer = () => withTimeout(new Promise(() => {}), 20, window as never);
    startGuard(doc, background);
    await new Promise((resolve) => setTimeout(resolve, 60));
    await settle();
    expect(doc.querySelectorAll('supplier-radar-chat')).toHaveLength(0);
    background.answer = realAnswer;
    rerender(doc, 'please pay by Western Union');
    await settle();
    expect(background.requests.at(-1)?.messages).toHaveLength(1);
    expect(notesOn(doc).map(({ row }) => row)).toEqual([RISKY_ROWS[0]?.row]);
  });

  it('does nothing, and throws nothing, on a page without rows or with rows it cannot read', async () => {
    for (const html of [
      '',
      '<div class="message-item-wrapper"><div class="session-rich-content text">pay by Western Union</div></div>',
      '<div class="message-item-wrapper item-left" data-expinfo=\'{"messageType":60}\'><img alt=""></div>',
    ]) {
      const doc = parsePage(html);
      const { background } = startGuard(doc);
      await settle();
      doc.body.append(doc.createElement('div'));
      await settle();
      expect(background.requests).toEqual([]);
      expect(doc.querySelectorAll('supplier-radar-chat')).toHaveLength(0);
    }
  });

  it('flags nothing on the benign conversation', async () => {
    const doc = benignPage();
    const { background } = startGuard(
      doc,
      fakeBackground(),
      'https://message.alibaba.com/message/messenger.htm#/',
    );
    await settle();
    expect(background.requests[0]?.conversation).toBe('contact:Kevin Wu');
    expect(background.requests[0]?.messages).toHaveLength(7);
    // "We never accept Western Union" is the detector's to judge; the fake one flags it, so one note.
    expect(notesOn(doc).map(({ row }) => row)).toEqual([
      'Yes, please place the order through Alibaba'.slice(0, 40),
    ]);
  });
});

describe('chat guard life', () => {
  it('stops watching and takes its notes away when the extension context goes (ctx.signal aborts)', async () => {
    const doc = riskyPage();
    const { background, controller } = startGuard(doc);
    await settle();
    expect(notesOn(doc)).toHaveLength(RISKY_ROWS.length);
    controller.abort();
    expect(doc.querySelectorAll('supplier-radar-chat')).toHaveLength(0);
    const asked = background.requests.length;
    appendRow(doc, 'left', '2025-12-01 11:00:00', 'pay by Western Union please');
    await settle();
    expect(background.requests).toHaveLength(asked);
    expect(doc.querySelectorAll('supplier-radar-chat')).toHaveLength(0);
  });

  it('draws nothing for answers that arrive after it stopped', async () => {
    const doc = riskyPage();
    const background = fakeBackground();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const realAnswer = background.answer;
    background.answer = async (request) => {
      await gate;
      return realAnswer(request);
    };
    const { guard } = startGuard(doc, background);
    await settle();
    guard.dispose();
    release();
    await settle();
    expect(doc.querySelectorAll('supplier-radar-chat')).toHaveLength(0);
  });

  it('asks under the new conversation when the header names someone else at the same URL', async () => {
    const doc = riskyPage();
    const { background } = startGuard(doc);
    await settle();
    doc.querySelector('.contact-name')!.textContent = 'Kevin Wu';
    appendRow(doc, 'left', '2025-12-01 12:00:00', 'Hello from Kevin');
    await settle();
    expect(background.requests.at(-1)?.conversation).toBe('contact:Kevin Wu');
  });
});
