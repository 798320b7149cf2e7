import { describe, expect, it } from 'vitest';
import { isInstructionRefused, isRefused, REFUSAL_PATTERNS } from '../../src/chat/negation';
import { isAffirmedAfter, isRefusedAfter } from '../../src/chat/refused-after';
import { SENTENCE_REACH, sentenceAround } from '../../src/chat/sentences';
import { branchesOpeningWithLookbehind } from './pattern-shape';

/** Where `words` start in `text` (lower case, as the detector reads it). */
function at(text: string, words: string): [string, number] {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in "${text}"`);
  return [text, start];
}

describe('refusals', () => {
  it.each([
    ['we never accept western union', 'western union', true],
    ['we do not accept moneygram, crypto or gift cards', 'gift cards', true],
    ['no time for samples, pay by western union', 'western union', false],
    ['please pay by western union', 'western union', false],
    ['beware of anyone asking for western union', 'western union', true],
    // A condition set on the buyer demands what it names; a preference still declines it.
    ["if you don't pay by western union today we cancel", 'western union', false],
    ['si no paga por western union hoy, cancelamos', 'western union', false],
    ['якщо сьогодні не оплатите напряму на рахунок', 'напряму на рахунок', false],
    ["if you don't want to use western union, pay in the order", 'western union', true],
    ["if you don't have western union, pay in the order", 'western union', true],
    // Probe 84's languages: a "no" before the words, across a list; a condition set in them.
    ['δεν δεχόμαστε iris, viva ή πληρωμές σε προσωπικούς λογαριασμούς', 'προσωπικούς λογαριασμούς', true],
    ['αν δεν πληρώσετε σήμερα με western union, η τιμή ανεβαίνει', 'western union', false],
    ['אנחנו לא מקבלים ביט, פייבוקס או העברות לחשבונות פרטיים', 'חשבונות פרטיים', true],
    ['nu primim bani pe revolut, paypal sau în conturi personale', 'conturi personale', true],
    ['dacă nu plătiți azi pe revolut, prețul crește', 'revolut', false],
  ])('"%s": "%s" refused is %s', (text, words, refused) => {
    expect(isRefused(...at(text, words))).toBe(refused);
  });

  it('reaches back over an empty clause for a list item, not for an instruction', () => {
    const text = 'our account cannot receive payments anymore, use the attached';
    expect(isRefused(...at(text, 'use the attached'))).toBe(true);
    expect(isInstructionRefused(...at(text, 'use the attached'))).toBe(false);
  });

  it('refuses an instruction said no to in its own clause', () => {
    expect(isInstructionRefused(...at('please do not pay to this account', 'pay'))).toBe(true);
    expect(isInstructionRefused(...at('careful, this is a scam: pay here', 'pay'))).toBe(true);
  });

  it.each([
    ['western union is not accepted', 'western union', true],
    ['payment to a personal account is not allowed here', 'personal account', true],
    ['我们不接受西联汇款，私人账户也不行', '私人账户', true],
    ['私人账户付款是不可以的', '私人账户', true],
    ['pay via western union as ta is not possible', 'western union', false],
    ['付到私人账户因为信保不行', '私人账户', false],
    ['付到私人账户，不行的话用支付宝', '私人账户', false],
    ['直接付款到私人账户也不行', '直接付款', true],
    ['直接付款吧信保不行', '直接付款', false],
    ['直接付款到我们账户信保不行', '直接付款', false],
    ['直接付款到私人账户不行的话用支付宝', '直接付款', false],
    // A payment said to be beyond recall; verbs that come last in Persian and Bengali.
    ['payment in usdt cannot be refunded', 'usdt', true],
    ['платіж у usdt неможливо повернути', 'usdt', true],
    ['o plată în usdt nu poate fi recuperată', 'usdt', true],
    ['πληρωμή σε usdt δεν επιστρέφεται', 'usdt', true],
    ['به هیچ کسی تتر نفرستید', 'تتر', true],
    ['لطفا تتر بفرستید', 'تتر', false],
    ['না, western union নিই না।', 'western union', true],
    ['western union এ পাঠান', 'western union', false],
  ])('"%s": "%s" said no to right after is %s', (text, words, refused) => {
    const [, start] = at(text, words);
    expect(isRefusedAfter(text, start + words.length)).toBe(refused);
  });
});

describe('said yes to right after', () => {
  it.each([
    ["we don't take cards, paypal is fine", 'paypal', true],
    ["we don't accept paypal, western union only", 'western union', true],
    ['western union is not accepted', 'western union', false],
    ['paypal is the logo on the box', 'paypal', false],
  ])('"%s": "%s" said yes to right after is %s', (text, words, affirmed) => {
    const [, start] = at(text, words);
    expect(isAffirmedAfter(text, start + words.length)).toBe(affirmed);
  });

  it('reads sentences with patterns whose branches open with their words, not by looking behind', () => {
    for (const pattern of REFUSAL_PATTERNS) expect(branchesOpeningWithLookbehind(pattern)).toEqual([]);
  });
});

describe('the sentence around the words', () => {
  it('ends at a stop, but not at a dot inside an address or after "Mr"', () => {
    const text = 'samples are ready. mr. li says pay to sales.dept@163.com today! thanks';
    expect(sentenceAround(...at(text, 'pay')).text).toBe(' mr. li says pay to sales.dept@163.com today');
  });

  it.each([
    ['ማጭበርበር ይጠንቀቁ። ክፍያውን በዌስተርን ዩኒየን ይላኩ', 'ክፍያውን', ' ክፍያውን በዌስተርን ዩኒየን ይላኩ'],
    ['ठगी से सावधान। भुगतान वेस्टर्न यूनियन से करें॥ धन्यवाद', 'भुगतान', ' भुगतान वेस्टर्न यूनियन से करें'],
    ['هل هذا حقيقي؟ ادفع عبر ويسترن يونيون', 'ادفع', ' ادفع عبر ويسترن يونيون'],
    ['یہ دھوکہ ہے۔ ویسٹرن یونین سے بھیجیں', 'ویسٹرن', ' ویسٹرن یونین سے بھیجیں'],
  ])('ends at the stops of other scripts: %s', (text, words, sentence) => {
    expect(sentenceAround(...at(text, words)).text).toBe(sentence);
  });

  it('reads a text without stops only so far either side, cut at a space', () => {
    const filler = 'the cartons are ready and '.repeat(40);
    const text = `we never accept scams ${filler}please pay by western union ${filler}thanks`;
    const [, start] = at(text, 'western union');
    const sentence = sentenceAround(text, start);
    expect(sentence.start).toBeGreaterThanOrEqual(start - SENTENCE_REACH);
    expect(sentence.start + sentence.text.length).toBeLessThanOrEqual(start + SENTENCE_REACH);
    expect(sentence.text).toMatch(/^the |^cartons |^are |^ready |^and /);
    expect(sentence.text).toMatch(/ (?:the|cartons|are|ready|and)$/);
    // A warning that far back no longer reads as refusing the request.
    expect(isRefused(text, start)).toBe(false);
    expect(isRefused(`we never accept scams, please pay by western union`, 39)).toBe(true);
  });
});
