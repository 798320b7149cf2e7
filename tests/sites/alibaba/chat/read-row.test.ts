import { describe, expect, it } from 'vitest';
import { readRow, type RowReading } from '../../../../src/sites/alibaba/chat';
import { hash64 } from '../../../../src/sites/alibaba/chat/message-key';
import { parsePage } from '../../../support/saved-pages';

/** One row in the messenger's markup (see tests/fixtures/alibaba/chat-risky-messenger.source.md). */
function row(inner: string, { side = 'left', time = '2025-12-01 10:10:45', attrs = '' } = {}): Element {
  const doc = parsePage(
    `<div class="message-item-wrapper item-${side}" data-exp="2020MC_Message_Show" ${attrs}>` +
      `<div class="item-content"><div class="item-base-info"><span class="name">Lily</span><span>${time}</span></div>` +
      `<div class="item-bubble">${inner}</div></div></div>`,
  );
  return doc.querySelector('.message-item-wrapper')!;
}

const text = (value: string) => `<div class="session-rich-content text">${value}</div>`;

function message(reading: RowReading) {
  if (reading.kind !== 'message') throw new Error(`skipped: ${reading.reason}`);
  return reading.message;
}

describe('readRow', () => {
  it('reads direction: item-left is the supplier, item-right the buyer', () => {
    expect(message(readRow(row(text('hi')))).from).toBe('supplier');
    expect(message(readRow(row(text('hi'), { side: 'right' }))).from).toBe('buyer');
  });

  it('keys a message by a hash of direction, time and original text', () => {
    const read = message(readRow(row(text('pay by Western Union'))));
    expect(read.id).toBe(`h:${hash64('supplier\n2025-12-01 10:10:45\npay by Western Union')}`);
    expect(read.id).not.toBe(message(readRow(row(text('pay by Western Union'), { side: 'right' }))).id);
    expect(read.id).not.toBe(
      message(readRow(row(text('pay by Western Union'), { time: '2025-12-01 10:10:46' }))).id,
    );
    expect(read.id).not.toBe(message(readRow(row(text('pay by Western Union!')))).id);
  });

  it('gives a re-rendered row (a new element, same message) the same key', () => {
    const original = row(text('add me on WhatsApp'));
    const copy = original.cloneNode(true) as Element;
    original.replaceWith(copy);
    expect(message(readRow(copy))).toEqual(message(readRow(original)));
  });

  it("keeps the key when the translation arrives later, and checks the translation's words too", () => {
    const before = message(readRow(row(text('请付到新账户'))));
    const after = message(
      readRow(
        row(
          '<div class="content-with-translation text-content">' +
            `${text('请付到新账户')}<div class="session-rich-content">Please pay to the new account</div>` +
            '<span>由阿里翻译提供</span></div>',
        ),
      ),
    );
    expect(after.id).toBe(before.id);
    expect(after.text).toBe('请付到新账户\nPlease pay to the new account');
  });

  it("uses the messenger's own id when data-expinfo carries one", () => {
    const attrs = `data-expinfo='{"messageType":1,"msgId":"3f9a-77","extBizType":""}'`;
    expect(message(readRow(row(text('hi'), { attrs }))).id).toBe('id:3f9a-77');
  });

  it('leaves a quoted reply out of the message, wherever the quote sits', () => {
    const quote =
      '<div class="quote-container"><span class="name">Lily</span><div class="content">pay by Western Union</div></div>';
    expect(message(readRow(row(`${quote}${text('No, Trade Assurance only.')}`))).text).toBe(
      'No, Trade Assurance only.',
    );
    expect(message(readRow(row(text(`${quote}No, Trade Assurance only.`)))).text).toBe(
      'No, Trade Assurance only.',
    );
  });

  it('separates lines and blocks, and shows where a link goes when its words hide it', () => {
    const read = message(
      readRow(
        row(
          text(
            'Pay here<br><a href="https://alibaba-pay.co/x">secure page</a> or <a href="https://www.alibaba.com/">www.alibaba.com</a><p>Thanks</p>',
          ),
        ),
      ),
    );
    expect(read.text).toBe('Pay here\nsecure page https://alibaba-pay.co/x or www.alibaba.com\nThanks');
  });

  it('shows the address of a link whose words name Alibaba.com but whose address is a Punycode look-alike', () => {
    const link = '<a href="https://xn--libaba-2nf.com/pay">https://alibaba.com/pay</a>';
    expect(message(readRow(row(text(`Pay here ${link}`)))).text).toBe(
      'Pay here https://alibaba.com/pay https://xn--libaba-2nf.com/pay',
    );
  });

  it('reads page text as text: markup-looking words stay words', () => {
    expect(message(readRow(row(text('&lt;img src=x onerror=alert(1)&gt; 5 &lt; 6'))))).toMatchObject({
      text: '<img src=x onerror=alert(1)> 5 < 6',
    });
  });

  it.each([
    [
      'a flow card',
      '<div class="message-item-wrapper flow-message-item-wrapper item-left">' + text('x') + '</div>',
      'system',
    ],
    [
      'a summary',
      '<div class="message-item-wrapper message-summary item-left">' + text('x') + '</div>',
      'system',
    ],
    [
      'a system-sent row',
      '<div class="message-item-wrapper item-left"><span>系统自动发送</span>' + text('x') + '</div>',
      'system',
    ],
    [
      'an auto-reception row',
      '<div class="message-item-wrapper item-left"><span>自动接待发送</span>' +
        text('WhatsApp +86 1') +
        '</div>',
      'system',
    ],
    [
      'a product card',
      `<div class="message-item-wrapper item-left" data-expinfo='{"messageType":60}'><div class="session-rich-content card"><div view-name="TextView"><span>Power bank</span></div></div></div>`,
      'card',
    ],
    [
      'a file',
      `<div class="message-item-wrapper item-left" data-expinfo='{"messageType":61}'><div data-exp="card-file">PI.pdf 182K</div></div>`,
      'card',
    ],
    [
      'an image without data-expinfo',
      '<div class="message-item-wrapper item-left"><div class="session-rich-content media"><img alt=""></div></div>',
      'card',
    ],
    [
      'a row without a direction',
      '<div class="message-item-wrapper">' + text('x') + '</div>',
      'no-direction',
    ],
    ['an empty bubble', '<div class="message-item-wrapper item-right">' + text('  ') + '</div>', 'no-text'],
  ])('skips %s', (_name, html, reason) => {
    const element = parsePage(html).querySelector('.message-item-wrapper')!;
    expect(readRow(element)).toEqual({ kind: 'skipped', reason });
  });

  it("still reads a message whose own words, or the message it quotes, carry the system's label", () => {
    expect(message(readRow(row(text('系统自动发送: pay by Western Union'))))).toMatchObject({
      from: 'supplier',
      text: '系统自动发送: pay by Western Union',
    });
    const quote = '<div class="quote-container"><div class="content">Welcome! 系统自动发送</div></div>';
    expect(message(readRow(row(`${quote}${text('pay by Western Union')}`))).text).toBe(
      'pay by Western Union',
    );
  });

  it('cuts a very long message to what the background accepts', () => {
    expect(message(readRow(row(text('x'.repeat(25_000))))).text).toHaveLength(20_000);
  });
});
