import { describe, expect, it } from 'vitest';
import { checkConversation } from '../../src/chat/conversation';
import { chat, rulesOf } from './thread-chat';

// Short replies that carry a supplier's request on (src/chat/request-thread.ts): to pay outside the order, to talk elsewhere.

describe('a request to pay outside the order, carried on', () => {
  it('flags the short replies that go on with it, from either side, with their words as evidence', () => {
    const checked = checkConversation(
      chat(
        ['supplier', 'u have cash app? my friend in houston have cash app, faster for us'],
        ['buyer', "yeah i have it. what's the tag"],
        ['supplier', '$HairBossTina22'],
        ['buyer', 'sent 1320'],
        ['supplier', 'not showing dear, send again in 2 parts'],
        ['buyer', 'done, check pic'],
      ),
    );
    expect(rulesOf(checked)).toEqual([
      ['off-platform-payment'],
      ['off-platform-payment'],
      ['off-platform-payment'],
      ['off-platform-payment'],
      ['off-platform-payment'],
      ['off-platform-payment'],
    ]);
    const reply = checked[3]!.findings[0]!;
    expect(reply.evidence).toBe('sent');
    expect(reply.message).toBe(
      'Payment outside the protected order: a reply that goes on with paying outside the order, as asked earlier in this chat',
    );
    expect(checked[2]!.findings[0]!.evidence).toBe('$hairbosstina22');
  });

  it('finds nothing in the same replies when nobody asked to pay outside', () => {
    const checked = checkConversation(
      chat(
        ['buyer', 'artwork attached, 3 colours'],
        ['supplier', 'same as last time?'],
        ['buyer', 'yes that one'],
        ['supplier', 'done, check pic'],
        ['buyer', 'sent the logo file too'],
      ),
    );
    expect(rulesOf(checked)).toEqual([[], [], [], [], []]);
  });

  it('stops once a message turns back to the order, or refuses', () => {
    for (const turn of [
      "No, I'll only pay through Trade Assurance",
      'Sorry, we cannot accept Zelle. Please use the Trade Assurance order',
      'no way, not doing that',
      '好的，走信保吧',
    ]) {
      const checked = checkConversation(
        chat(
          ['supplier', 'pay direct to my account, I give 3% discount'],
          ['buyer', turn],
          ['buyer', 'paid'],
          ['supplier', 'same as last time'],
        ),
      );
      expect(rulesOf(checked).slice(2), turn).toEqual([[], []]);
    }
  });

  it('leaves a reply that names the order, a doubt, a long message and an ordinary word alone', () => {
    const checked = checkConversation(
      chat(
        ['supplier', 'pls pay by wise, alibaba too slow'],
        ['buyer', 'paid on alibaba x'],
        ['buyer', 'is it safe? never paid like that before'],
        [
          'buyer',
          'I have sent the artwork for the gift boxes and the carton marks, and our forwarder in Ningbo will call about the pickup date next week, thanks',
        ],
        ['supplier', 'ok dear'],
      ),
    );
    expect(rulesOf(checked).slice(1)).toEqual([[], [], [], []]);
  });

  it("is not opened by the buyer's question alone: what the supplier answers decides", () => {
    const checked = checkConversation(
      chat(
        ['buyer', 'can I pay the sample with PayPal?'],
        ['supplier', 'Sample order is on Alibaba, you can pay there with card'],
        ['buyer', 'paid'],
      ),
    );
    expect(rulesOf(checked)[2]).toEqual([]);
  });

  it('carries a request made in the earlier messages a live check is given', () => {
    const earlier = chat(['supplier', 'for the balance pay to my personal account please']);
    const checked = checkConversation(chat(['buyer', 'which account?']), {}, undefined, earlier);
    expect(rulesOf(checked)).toEqual([['off-platform-payment']]);
  });
});

describe('a request to talk elsewhere, carried on', () => {
  it('flags the replies that go on with it, and stops when the chat stays here', () => {
    const checked = checkConversation(
      chat(
        ['supplier', 'alibaba chat sometimes lose message, add my whatsapp +86 138 1234 5678'],
        ['buyer', 'fine added'],
        ['supplier', 'got it, talk there'],
        ['buyer', "no whatsapp sorry, let's keep talking here"],
        ['buyer', 'texted u the address'],
      ),
    );
    expect(rulesOf(checked)).toEqual([
      ['off-platform-contact'],
      ['off-platform-contact'],
      ['off-platform-contact'],
      [],
      [],
    ]);
    expect(checked[1]!.findings[0]!.message).toBe(
      'Moves the conversation off Alibaba.com: a reply that goes on with moving the conversation elsewhere, as asked earlier in this chat',
    );
  });

  it('finds nothing in the same replies when nobody asked to move', () => {
    const checked = checkConversation(
      chat(
        ['buyer', 'added 2 more colours to the order'],
        ['supplier', 'ok, called the factory, talk there tomorrow'],
      ),
    );
    expect(rulesOf(checked)).toEqual([[], []]);
  });
});
