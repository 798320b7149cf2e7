import { cue, inSentenceWith, type Cue } from './cue';

/**
 * The money going to another company of the group, named by its account: Persian "به حساب شرکت خواهرمون" (to our
 * sister company's account), "حساب کارخانه" (the factory's account); Bengali "হংকং কোম্পানি … এর অ্যাকাউন্টে" (into the
 * Hong Kong company's account), "ফ্যাক্টরির অ্যাকাউন্টে". Persian joins "-مون" (our) to the word and writes a
 * zero-width joiner the detector drops ("شرکت‌خواهر"), so no edge after it. A changed account here, and paying to it in
 * paying-outside-persian-bengali-tagalog.ts. Not "هیچ شرکت خواهری پول نمی‌گیره" (no sister company takes money): no
 * account named; nor "حساب کارخانه رو بعداً چک می‌کنیم" (we'll check the factory's bill later): Persian حساب is a bill
 * too, so paying is named in the sentence (PERSIAN_PAYING).
 */
export const TO_ANOTHER_COMPANY_OF_THE_GROUP =
  'حساب\\s+(?:بانکی\\s+)?(?:شرکت\\s?(?:خواهر|وابسته)|(?:شرکت\\s?)?(?:هنگ\\s?کنگ|کارخانه))' +
  '|(?:হংকং|সিস্টার|ফ্যাক্টরির|কারখানার)\\s+(?:কোম্পানি\\p{L}*\\s+)?(?:[^\\s।!?]+\\s+){0,5}?(?:এর\\s+)?(?:অ্যাকাউন্টে|একাউন্টে)';
/** Persian words of paying, and the Bengali account paid into (the Bengali match's own last word). */
export const PERSIAN_PAYING =
  'واریز|پرداخت|بریز|بزن|بفرست|حواله|پول|مبلغ|بیعانه|مانده|کارت\\s?به\\s?کارت|অ্যাকাউন্টে|একাউন্টে';
export const TO_ANOTHER_COMPANY_NEAR = [inSentenceWith(PERSIAN_PAYING)];
export const TO_ANOTHER_COMPANY_ANCHORS = [
  'خواهر',
  'وابسته',
  'هنگ',
  'کارخانه',
  'হংকং',
  'সিস্টার',
  'ফ্যাক্টরির',
  'কারখানার',
];

/** A changed receiving account in Persian, Bengali and Tagalog, as probe 84's chats said it. Part of OTHER_ACCOUNTS. */
export const CHANGES_IN_PERSIAN_BENGALI_TAGALOG: readonly Cue[] = [
  cue('another company of the group receiving the money', TO_ANOTHER_COMPANY_OF_THE_GROUP, {
    anchors: TO_ANOTHER_COMPANY_ANCHORS,
    near: TO_ANOTHER_COMPANY_NEAR,
    deniable: true,
  }),
  cue(
    'the company account stopped',
    // Persian "حساب بانکی شرکت ما در حال حسابرسی است" (our company's bank account is being audited), "حساب ما مسدود شده"
    // (our account is blocked); not "حسابرسی سالانه تموم شد" (the yearly audit is over) nor "حساب ما مسدود نیست".
    'حساب\\s+(?:\\S+\\s+){0,3}?(?:در\\s+حال\\s+حسابرسی|زیر\\s+حسابرسی|مسدود\\s+(?:شده|است|هست)|بلوکه\\s+(?:شده|است))' +
      // Bengali "আমাদের কোম্পানির অ্যাকাউন্ট এখন অডিটে আছে" (our company account is under audit now), "অ্যাকাউন্ট ফ্রিজ
      // করা হয়েছে"; not "আমাদের অ্যাকাউন্ট অডিটে নেই" (it is not).
      '|(?:অ্যাকাউন্ট|একাউন্ট)\\p{L}*\\s+(?:[^\\s।.!?]+\\s+){0,2}?(?:অডিটে\\s+আছে|অডিট\\s+চলছে|স্থগিত\\s+আছে|বন্ধ\\s+আছে)' +
      // Tagalog "naka-freeze po ang account namin", "sarado na ang dating account"; "under audit" is read in English.
      '|(?:naka-?freeze|na-?freeze|sarado\\s+na)\\s+(?:po\\s+)?(?:ang\\s+)?(?:\\S+\\s+)?(?:account|bank\\s+account)\\s+(?:namin|ng\\s+(?:company|kompanya))',
    {
      anchors: ['حسابرسی', 'مسدود', 'بلوکه', 'অডিট', 'স্থগিত', 'বন্ধ আছে', 'freeze', 'sarado na'],
      deniable: true,
    },
  ),
];
