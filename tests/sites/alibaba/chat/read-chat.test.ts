import { describe, expect, it } from 'vitest';
import { withSavedPage } from '../../../../src/cli/read-page';
import { ChatMessageSchema } from '../../../../src/signals/chat';
import { readChat, type ChatReading } from '../../../../src/sites/alibaba/chat';
import { parsePage, readFixture } from '../../../support/saved-pages';

const FIXTURES = [
  [
    'chat-risky-messenger',
    'https://message.alibaba.com/message/messenger.htm?activeAccountId=2210987654&chatToken=abc#/',
  ],
  ['chat-benign-messenger', 'https://message.alibaba.com/message/messenger.htm#/'],
  ['chat-widget-weblite', 'https://onetalk.alibaba.com/message/weblite.htm#/'],
] as const;

const expected = (name: string) => JSON.parse(readFixture(`${name}.expected.json`)) as ChatReading;

describe('readChat on the written chat pages', () => {
  it.each(FIXTURES)('%s reads as its expected JSON', (name, url) => {
    const reading = readChat(parsePage(readFixture(`${name}.html`)), new URL(url));
    for (const message of reading.messages) expect(ChatMessageSchema.safeParse(message).success).toBe(true);
    expect(reading).toEqual(expected(name));
  });

  it.each(FIXTURES)(
    '%s reads the same in a saved-page parser that runs no script (the audit CLI)',
    (name, url) => {
      const reading = withSavedPage(readFixture(`${name}.html`), (doc) => readChat(doc, new URL(url)));
      expect(reading).toEqual(expected(name));
    },
  );

  it('reads the risky conversation row by row as a person would', () => {
    const { messages } = expected('chat-risky-messenger');
    const texts = messages.map((message) => `${message.from}: ${message.text.split('\n')[0]}`);
    // Skipped: the flow card, the auto-reception row, the product card, the image, the file, the summary.
    expect(texts).toEqual([
      'supplier: Hello, thank you for your inquiry! MOQ is 500 pcs, price US $6.80/pc for 1000 pcs with your logo.',
      'buyer: Hi Lily, can you send a sample first? How long is the lead time?',
      'supplier: Sample is ok. For this order please pay by Western Union, then we give you 5% discount.',
      // The reply, without the message it quotes.
      'buyer: Sorry, I only pay through Trade Assurance on Alibaba.com.',
      'supplier: 我们公司账户正在审计，请把货款付到新账户，账户信息稍后发给您。',
      'supplier: 方便的话加我WhatsApp +86 138 0013 8000，聊得更快。',
      'supplier: You can also pay the invoice online here:',
      'buyer: OK, if it is cheaper I will pay by Western Union tomorrow.',
      'supplier: This price is only valid today, please pay now or we cancel the order.',
    ]);
    // Original and translation are checked together; the hidden link's address is part of the text.
    expect(messages[4]?.text).toContain(
      '\nOur company account is under audit, please pay to the new account',
    );
    expect(messages[6]?.text).toBe(
      'You can also pay the invoice online here:\nsecure payment page https://alibaba-pay.co/x/inv-2291',
    );
    expect(new Set(messages.map((message) => message.id)).size).toBe(messages.length);
  });

  it('reads the message list alone (an element root): messages, no header', () => {
    const doc = parsePage(readFixture('chat-risky-messenger.html'));
    const list = doc.querySelector('.im-message-flow')!;
    const reading = readChat(list, new URL(FIXTURES[0][1]));
    expect(reading.messages).toEqual(expected('chat-risky-messenger').messages);
    expect(reading).toMatchObject({
      conversation: 'activeAccountId:2210987654',
      supplierName: null,
      health: 'ok',
    });
  });
});

describe('readChat on pages it cannot read', () => {
  const url = new URL('https://message.alibaba.com/message/messenger.htm#/');

  it('an empty page: empty, and says why', () => {
    expect(readChat(parsePage('<html><body></body></html>'), url)).toEqual({
      conversation: null,
      supplierName: null,
      messages: [],
      health: 'empty',
      problems: [
        'no message rows (.message-item-wrapper)',
        'no conversation id in the URL and no contact name',
      ],
    });
  });

  it('rows in markup it does not know: empty, with the rows it could not read counted', () => {
    const doc = parsePage(
      '<div class="content-header"><span class="contact-name">Ann</span></div>' +
        '<div class="message-item-wrapper"><div class="session-rich-content text">pay by Western Union</div></div>' +
        '<div class="message-item-wrapper item-left item-right"><div class="session-rich-content text">x</div></div>' +
        '<div class="message-item-wrapper item-left"><span>no text element</span></div>',
    );
    expect(readChat(doc, url)).toEqual({
      conversation: 'contact:Ann',
      supplierName: null,
      messages: [],
      health: 'empty',
      problems: ['2 row(s) without a direction (item-left/item-right)', '1 row(s) without text'],
    });
  });

  it('the robot-check page: blocked, nothing read', () => {
    expect(readChat(parsePage(readFixture('anti-bot-challenge.html')), url)).toEqual({
      conversation: null,
      supplierName: null,
      messages: [],
      health: 'blocked',
      problems: ['Alibaba.com showed a robot check instead of the chat'],
    });
  });

  it('a search page: no rows, nothing thrown', () => {
    const reading = readChat(parsePage(readFixture('search-fy26-card-gbp.excerpt.html')), url);
    expect(reading).toMatchObject({ messages: [], health: 'empty' });
  });
});

describe('conversation identity', () => {
  const header = parsePage(
    '<div class="content-header"><span class="contact-name"> Lily  Chen </span></div>',
  );

  it.each([
    [
      'https://message.alibaba.com/message/messenger.htm?activeAccountId=22109&chatToken=x#/',
      'activeAccountId:22109',
    ],
    [
      'https://message.alibaba.com/message/default.htm?memberId=cn1234567&memberType=seller',
      'memberId:cn1234567',
    ],
    ['https://message.alibaba.com/message/messenger.htm#/chat?activeAccountId=777', 'activeAccountId:777'],
    ['https://message.alibaba.com/message/messenger.htm?activeAccountId=&x=1#/', 'contact:Lily Chen'],
    ['https://onetalk.alibaba.com/message/weblite.htm#/', 'contact:Lily Chen'],
  ])('%s is %s', (url, conversation) => {
    expect(readChat(header, new URL(url)).conversation).toBe(conversation);
  });
});
