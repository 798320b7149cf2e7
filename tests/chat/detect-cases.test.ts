import { describe, expect, it } from 'vitest';
import { detectMessage } from '../../src/chat/detect';
import {
  CHANGE_CASES,
  CONTACT_CASES,
  KOREAN_CASES,
  UKRAINIAN_ROMANIAN_HEBREW_GREEK_CASES,
  PERSIAN_BENGALI_TAGALOG_CASES,
  NIGERIAN_PIDGIN_CASES,
  SERBIAN_CROATIAN_AMHARIC_NEPALI_CASES,
  CZECH_HUNGARIAN_SWEDISH_CASES,
  SOMALI_HAUSA_BULGARIAN_SLOVAK_CASES,
  KHMER_LITHUANIAN_LATVIAN_ALBANIAN_CASES,
  KAZAKH_MONGOLIAN_CASES,
  UZBEK_AZERBAIJANI_TAMIL_CASES,
  FINNISH_DANISH_NORWEGIAN_CASES,
  GUJARATI_MARATHI_PUNJABI_TELUGU_CASES,
  SINHALA_MALAYALAM_KANNADA_BURMESE_CASES,
  AFRIKAANS_MACEDONIAN_LAO_PASHTO_CASES,
  GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN_CASES,
  LINK_CASES,
  PAYMENT_CASES,
  PRESSURE_CASES,
  SWAHILI_DUTCH_MALAY_CASES,
  THAI_ARABIC_URDU_CASES,
  type ChatCase,
} from './cases';

const GROUPS: Record<string, ChatCase[]> = {
  'off-platform payment': PAYMENT_CASES,
  'payment details change': CHANGE_CASES,
  'off-platform contact': CONTACT_CASES,
  'suspicious links': LINK_CASES,
  pressure: PRESSURE_CASES,
  'all rules, in Korean': KOREAN_CASES,
  'all rules, in Thai, Arabic and Urdu': THAI_ARABIC_URDU_CASES,
  'all rules, in Swahili, Dutch and Malay': SWAHILI_DUTCH_MALAY_CASES,
  'all rules, in Ukrainian, Romanian, Hebrew and Greek': UKRAINIAN_ROMANIAN_HEBREW_GREEK_CASES,
  'all rules, in Persian, Bengali and Tagalog': PERSIAN_BENGALI_TAGALOG_CASES,
  'all rules, in Nigerian Pidgin': NIGERIAN_PIDGIN_CASES,
  'all rules, in Serbian and Croatian, Amharic and Nepali': SERBIAN_CROATIAN_AMHARIC_NEPALI_CASES,
  'all rules, in Czech, Hungarian and Swedish': CZECH_HUNGARIAN_SWEDISH_CASES,
  'all rules, in Somali, Hausa, Bulgarian and Slovak': SOMALI_HAUSA_BULGARIAN_SLOVAK_CASES,
  'all rules, in Khmer, Lithuanian, Latvian and Albanian': KHMER_LITHUANIAN_LATVIAN_ALBANIAN_CASES,
  'all rules, in Kazakh and Mongolian': KAZAKH_MONGOLIAN_CASES,
  'all rules, in Uzbek, Azerbaijani and Tamil': UZBEK_AZERBAIJANI_TAMIL_CASES,
  'all rules, in Finnish, Danish and Norwegian': FINNISH_DANISH_NORWEGIAN_CASES,
  'all rules, in Gujarati, Marathi, Punjabi and Telugu': GUJARATI_MARATHI_PUNJABI_TELUGU_CASES,
  'all rules, in Sinhala, Malayalam, Kannada and Burmese': SINHALA_MALAYALAM_KANNADA_BURMESE_CASES,
  'all rules, in Afrikaans, Macedonian, Lao and Pashto': AFRIKAANS_MACEDONIAN_LAO_PASHTO_CASES,
  'all rules, in Georgian, Armenian, Estonian and Slovenian': GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN_CASES,
};

describe.each(Object.entries(GROUPS))('detector: %s (our own cases)', (_group, cases) => {
  it.each(cases.map((c) => [c.text, c.rules] as const))('%s → %j', (text, rules) => {
    const found = [...new Set(detectMessage(text).map((f) => f.rule))].sort();
    expect(found).toEqual([...rules].sort());
  });
});

/** What a buyer's or supplier's keyboard without accents types: "geändert" as "geandert", "doğrudan" as "dogrudan". */
function withoutAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}

const ALL_CASES = Object.values(GROUPS).flat();
const ACCENTED = ALL_CASES.filter((c) => withoutAccents(c.text) !== c.text);

describe('our cases', () => {
  // A case copied into a second place tests nothing new, and one copy's expectation can drift from the other's.
  it('are each written once', () => {
    const seen = new Set<string>();
    const twice = ALL_CASES.filter(({ text }) => seen.has(text) || !seen.add(text)).map(({ text }) => text);
    expect(twice).toEqual([]);
  });
});

describe('detector: our cases typed without accents', () => {
  it('covers the accented cases', () => {
    expect(ACCENTED.length).toBeGreaterThanOrEqual(10);
  });

  it.each(ACCENTED.map((c) => [withoutAccents(c.text), c.rules] as const))('%s → %j', (text, rules) => {
    const found = [...new Set(detectMessage(text).map((f) => f.rule))].sort();
    expect(found).toEqual([...rules].sort());
  });
});

describe('detector: look-alikes of Alibaba spelt with an accent', () => {
  // Kept out of the cases, which are also typed without accents: there the address is Alibaba's own.
  it.each(['Send me sales@alibába.com for the invoice', 'log in at www.alíbaba.com/verify'])('%s', (text) => {
    expect(detectMessage(text).map((f) => f.rule)).toContain('suspicious-link');
    expect(detectMessage(withoutAccents(text)).map((f) => f.rule)).not.toContain('suspicious-link');
  });
});

describe('detector findings', () => {
  it('name the evidence, the severity and what to do instead', () => {
    const [finding] = detectMessage('Pay our manager personal account, 5% discount');
    expect(finding).toMatchObject({
      rule: 'off-platform-payment',
      severity: 'danger',
      evidence: 'manager personal account',
    });
    expect(finding?.message).toContain('a personal account');
    expect(finding?.advice).toMatch(/Trade Assurance order/);
  });

  it('name PayPal Friends & Family also when it is asked for in Chinese', () => {
    const [finding] = detectMessage('样品费用请用PayPal好友付款方式支付。');
    expect(finding?.message).toContain('PayPal Friends & Family');
  });

  it('make a deadline beside "please hurry" a note, and a warning once money is named', () => {
    const [note] = detectMessage('Please hurry, the container leaves in 6 hours.');
    expect(note).toMatchObject({ rule: 'pressure', severity: 'info', evidence: 'in 6 hours' });
    const [warning] = detectMessage('Please hurry, the container leaves in 6 hours, pay the balance.');
    expect(warning).toMatchObject({ rule: 'pressure', severity: 'warning' });
  });

  it('read "our office line" as a telephone, not the LINE app', () => {
    const [finding, ...rest] = detectMessage(
      'You can call our office line during working hours: +86 755 1234 5678.',
    );
    expect(rest).toEqual([]);
    expect(finding?.message).toContain('a phone number');
    expect(finding?.evidence).toBe('+86 755 1234 5678');
  });

  it('quote the clause of an instruction to pay a changed account, not its one word', () => {
    const finding = (text: string) =>
      detectMessage(text).find((found) => found.message.endsWith('to a changed account'));
    expect(finding('Kindly note our updated banking details on the attached letterhead.')?.evidence).toBe(
      'attached letterhead',
    );
    expect(
      finding('Our account is under audit, please use the attached details for the deposit.')?.evidence,
    ).toBe('use the attached details for the deposit');
    // A long clause stops at a whole word, within 60 characters of the instruction's end.
    const long = finding(
      'Please use our new account for this payment because the old one has been closed by the bank for a long review.',
    )?.evidence;
    expect(long).toBe('use our new account for this payment because the old one has been');
  });

  it('rates pressure about money a warning, and other urgency a note', () => {
    expect(detectMessage('Pay the balance within 3 hours.')).toMatchObject([
      { rule: 'pressure', severity: 'warning' },
    ]);
    expect(detectMessage('Please decide now, we have many visitors.')).toMatchObject([
      { rule: 'pressure', severity: 'info' },
    ]);
  });

  it('reads disguised words: look-alike letters, zero-width characters, digits, spacing', () => {
    for (const text of [
      'Wеstеrn Uniоn only',
      'West\u200bern Union only',
      'W3stern Uni0n only',
      'w e s t e r n union only',
    ]) {
      expect(
        detectMessage(text).map((f) => f.rule),
        text,
      ).toEqual(['off-platform-payment']);
    }
  });

  it('shows the real address of a host spelt with letters of another alphabet', () => {
    const [link] = detectMessage('Log in at https://\u0430libaba.com/login').filter(
      (f) => f.rule === 'suspicious-link',
    );
    expect(link?.message).toBe(
      'Suspicious link: a look-alike of Alibaba.com, spelt with letters of another alphabet or with accents (its real address is xn--libaba-2nf.com)',
    );
    const [mail] = detectMessage('Write to sales@\u0430libaba.com').filter(
      (f) => f.rule === 'suspicious-link',
    );
    expect(mail?.message).toContain('(its real domain is xn--libaba-2nf.com)');
  });

  it("names a host borrowing a big service's name, with its real address", () => {
    const [link] = detectMessage('Signed contract: https://drive-google.docs-share.xyz/d/contract').filter(
      (f) => f.rule === 'suspicious-link',
    );
    expect(link?.message).toBe(
      "Suspicious link: a site borrowing a big service's or marketplace's name (Google, PayPal, Global Sources…), not its own (its real address is drive-google.docs-share.xyz)",
    );
  });

  it('names a disguised file as a file, not a link', () => {
    const [file] = detectMessage('The SGS report, open with winrar: Test_Report_SGS.pdf.rar password 1234');
    expect(file?.rule).toBe('suspicious-link');
    expect(file?.message).toBe(
      'Suspicious file: a file named as a document that is really an archive or a program',
    );
    expect(file?.evidence).toBe('test_report_sgs.pdf.rar');
  });

  it('gives nothing for an empty or blank message', () => {
    expect(detectMessage('')).toEqual([]);
    expect(detectMessage(' \n\t ')).toEqual([]);
  });
});
