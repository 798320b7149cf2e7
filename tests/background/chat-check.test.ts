import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createChatCheck } from '../../src/background/chat-check';
import type { CheckChatRequest } from '../../src/messaging/chat-protocol';
import { ChatAccountMemory } from '../../src/storage/chat-accounts';

let count = 0;
const request = (text: string, conversation = 'acct-1'): CheckChatRequest => ({
  type: 'check-chat',
  conversation,
  supplierName: null,
  messages: [{ id: `m${count++}`, from: 'supplier', text }],
});
const rules = (answer: Awaited<ReturnType<ReturnType<typeof createChatCheck>>>) =>
  answer.messages.flatMap((m) => m.findings.map((f) => f.rule));

describe('background chat check', () => {
  it('catches an account that changed since an earlier visit, and keeps only fingerprints', async () => {
    const memory = new ChatAccountMemory(`chat-check-${count++}`);
    const check = createChatCheck({ memory, salt: async () => '00112233445566778899aabbccddeeff' });
    expect(rules(await check(request('Account no: 6222 0210 0011 2233')))).toEqual(['off-platform-payment']);
    // A later visit: a fresh check, the same memory.
    const later = createChatCheck({ memory, salt: async () => '00112233445566778899aabbccddeeff' });
    expect(rules(await later(request('Account no: 6222 0210 0011 2233')))).toEqual(['off-platform-payment']);
    expect(rules(await later(request('Account no: 6217 8800 1234 9876')))).toEqual([
      'off-platform-payment',
      'payment-details-change',
    ]);
    const stored = await memory.known('acct-1');
    expect(stored.map((r) => r.lastFour).sort()).toEqual(['2233', '9876']);
    expect(JSON.stringify(stored)).not.toMatch(/6222|0210|6217|8800/);
    expect(stored[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads a bare number sent on its own after bank details as the account, known or changed', async () => {
    const memory = new ChatAccountMemory(`chat-check-${count++}`);
    const check = createChatCheck({ memory, salt: async () => '0123456789abcdef0123456789abcdef' });
    await check(request('Bank of China Suzhou, account no: 6230 5820 0019 8842 10'));
    // Each message its own request, as a live chat sends them.
    expect(rules(await check(request('sure: 6230-5820-0019-8842-10, same account')))).toEqual([
      'off-platform-payment',
    ]);
    expect(rules(await check(request('sorry, correct is 6230 5820 0019 8824 10')))).toEqual([
      'off-platform-payment',
      'payment-details-change',
    ]);
    expect(rules(await check(request('your order 2847561093021584 is shipped')))).toEqual([]);
  });

  it('finishes an account number begun in a message checked before, when the live chat sends that message along', async () => {
    const first = request(
      'Benef: Huizhou Boxin Battery Co., Ltd.\nBank: China Guangfa Bank Huizhou\nA/C: 9550 8800',
    );
    const rest = request('rest of the acct: 2651 8300 117');
    // Alone, the second piece reads as another account.
    const alone = createChatCheck({
      memory: new ChatAccountMemory(`chat-check-${count++}`),
      salt: async () => '89abcdef0123456789abcdef01234567',
    });
    await alone(first);
    expect(rules(await alone(rest))).toEqual(['off-platform-payment', 'payment-details-change']);
    // Sent with the message before it, it finishes that one.
    const memory = new ChatAccountMemory(`chat-check-${count++}`);
    const check = createChatCheck({ memory, salt: async () => '89abcdef0123456789abcdef01234567' });
    await check(first);
    expect(rules(await check({ ...rest, earlier: first.messages }))).toEqual(['off-platform-payment']);
    // The whole number is remembered (as a fingerprint): given whole on a later visit, it is no change.
    const whole = request('full account 9550 8800 2651 8300 117');
    expect(rules(await check(whole))).toEqual(['off-platform-payment']);
    const changed = request('pls confirm this full account: 9550 8800 2615 8030 117');
    expect(rules(await check(changed))).toEqual(['off-platform-payment', 'payment-details-change']);
    // The first piece, the whole, and the changed number (which ends the same way).
    expect((await memory.known('acct-1')).map((r) => r.lastFour).sort()).toEqual(['0117', '0117', '8800']);
  });

  it('keeps conversations apart', async () => {
    const memory = new ChatAccountMemory(`chat-check-${count++}`);
    const check = createChatCheck({ memory, salt: async () => 'ffeeddccbbaa99887766554433221100' });
    await check(request('Account no: 6222 0210 0011 2233', 'acct-1'));
    expect(rules(await check(request('Account no: 6217 8800 1234 9876', 'acct-2')))).toEqual([
      'off-platform-payment',
    ]);
  });

  it('still answers when the memory cannot be read or written', async () => {
    const broken = {
      known: async () => Promise.reject(new Error('quota')),
      remember: async () => Promise.reject(new Error('quota')),
    };
    const check = createChatCheck({ memory: broken, salt: async () => 'x' });
    expect(rules(await check(request('Pay by Western Union, account no: 6222 0210 0011 2233')))).toEqual([
      'off-platform-payment',
    ]);
  });
});
