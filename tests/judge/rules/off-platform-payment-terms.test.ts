import { describe, expect, it } from 'vitest';
import { offeredPaymentMethods } from '../../../src/judge/payment-offers';
import { OFF_PLATFORM_POINTS } from '../../../src/judge/rules/off-platform-payment-terms';
import { listing, runRule, supplier } from '../build';

describe('off-platform-payment-terms', () => {
  it.each<[string[], string | null, string[]]>([
    [[], null, []],
    [['Paypal.Western Union.TT.Trade Assurance'], null, ['Western Union']],
    [['Western Union', 'Bitcoin'], null, ['Western Union', 'Bitcoin']],
    [['T/T, Western Union, MoneyGram'], null, ['Western Union', 'MoneyGram']],
    [['WESTERN-UNION'], null, ['Western Union']],
    [["West'ern Union"], null, ['Western Union']],
    [['Ｗestern Union'], null, ['Western Union']],
    [['westernunion'], null, ['Western Union']],
    [['WU'], null, ['Western Union']],
    [['Money Gram'], null, ['MoneyGram']],
    [['BTC/USDT/ETH'], null, ['Bitcoin', 'Ethereum', 'USDT']],
    [['Crypto'], null, ['cryptocurrency']],
    [['PayPal F&F'], null, ['PayPal Friends and Family']],
    [['Paypal friends & family'], null, ['PayPal Friends and Family']],
    [['Steam card, iTunes card'], null, ['gift cards']],
    // Not off-platform by themselves: PayPal goods & services, bank transfer, escrow.
    [['PayPal'], null, []],
    [['T/T'], null, []],
    [['L/C, D/P, T/T, PayPal, Trade Assurance'], null, []],
    // Refusals are not offers.
    [['No Western Union'], null, []],
    [["We don't accept Western Union"], null, []],
    [['We do not accept PayPal, Western Union or Bitcoin'], null, []],
    [['Western Union is not accepted'], null, []],
    [['No PayPal. Western Union'], null, ['Western Union']],
    [['No minimum, pay by Western Union'], null, ['Western Union']],
    // Titles: wire services always count; product words only with a payment cue.
    [[], 'LED strip 5050, Western Union accepted', ['Western Union']],
    [[], 'Antminer S19 BTC miner 95TH', []],
    [[], 'Crypto hardware wallet', []],
    [[], 'Custom printed gift card with envelope', []],
    [[], 'Gift for friends and family, custom mug', []],
    [[], 'Phone case, accept Bitcoin', ['Bitcoin']],
    [[], 'Phone case, USDT payment', ['USDT']],
    [[], 'Phone case, pay via PayPal F&F', ['PayPal Friends and Family']],
    // Both sources together, named once each in lexicon order.
    [['Bitcoin'], 'Shoes, Western Union ok', ['Western Union', 'Bitcoin']],
  ])('terms %j, title %j -> %j', (paymentTerms, title, labels) => {
    const outcomes = runRule('off-platform-payment-terms', listing({ paymentTerms, title }));
    if (labels.length === 0) {
      expect(outcomes).toEqual([]);
      return;
    }
    expect(outcomes).toHaveLength(1);
    const [outcome] = outcomes;
    expect(outcome?.severity).toBe('danger');
    expect(outcome?.tone).toBe('concern');
    expect(outcome?.points).toBe(OFF_PLATFORM_POINTS.danger);
    const named = labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
    expect(outcome?.message).toContain(`Listing offers ${named} as payment terms`);
  });

  it('names the two methods of the example', () => {
    const [outcome] = runRule(
      'off-platform-payment-terms',
      listing({ paymentTerms: ['Western Union', 'Bitcoin'] }),
    );
    expect(outcome?.message).toMatch(/^Listing offers Western Union and Bitcoin as payment terms/);
  });

  it('quotes where it found them', () => {
    const [outcome] = runRule(
      'off-platform-payment-terms',
      listing({ paymentTerms: ['T/T', 'Paypal.Western Union.TT.Trade Assurance'], title: 'Shoes' }),
    );
    expect(outcome?.evidence).toBe('payment terms: "Paypal.Western Union.TT.Trade Assurance"');
  });

  it('clips long evidence', () => {
    const title = `Pay by Western Union ${'x'.repeat(300)}`;
    const [outcome] = runRule('off-platform-payment-terms', listing({ title }));
    expect(outcome?.evidence?.length).toBeLessThan(140);
  });

  it('ignores the supplier', () => {
    const rich = listing({ supplier: supplier({ name: 'Western Union Trading Co.' }) });
    expect(runRule('off-platform-payment-terms', rich)).toEqual([]);
  });

  it.each<[string, 'payment terms' | 'title', string[]]>([
    ['Ｗestern Ｕnion', 'payment terms', ['Western Union']],
    ['western union', 'title', ['Western Union']],
    ['Never use Western Union', 'title', []],
    ['Bitcoin not accepted', 'payment terms', []],
    ['pay with bitcoin', 'title', ['Bitcoin']],
  ])('offeredPaymentMethods(%j, %s) -> %j', (text, kind, labels) => {
    expect(offeredPaymentMethods(text, kind)).toEqual(labels);
  });
});
