import { cue, type Cue } from './cue';
import {
  TO_ANOTHER_COMPANY_ANCHORS,
  TO_ANOTHER_COMPANY_NEAR,
  TO_ANOTHER_COMPANY_OF_THE_GROUP,
} from './details-change-persian-bengali-tagalog';

/**
 * Persian says no after the words ("وسترن یونیون و حواله‌ی شخصی قبول نمی‌کنیم", we don't accept Western Union or a
 * personal remittance; "… نفرستید", don't send), which negation.ts does not read: each Persian cue refuses itself.
 */
export const PERSIAN_NO_AFTER =
  '(?![^.!?؟،,\\n]{0,40}?(?:قبول\\s?نمی|نمی\\s?(?:گیریم|پذیریم|کنیم)|نکنید|نکنین|نفرستید|نریزید|ممنوع))';
/**
 * Bengali too: "বিকাশে টাকা নিই না" (we take no money by bKash), "… পাঠাবেন না" (don't send), "… নেই"; in the same
 * clause, not "…, চার্জ লাগবে না" (no fee, then).
 */
export const BENGALI_NO_AFTER = '(?![^।.!?,\\n]{0,30}?(?<![\\p{L}])(?:না|নেই|নিই\\s+না|নয়)(?![\\p{L}]))';

/** Paying outside the order in Persian, Bengali and Tagalog, as probe 84's chats said it. Part of MORE_DIRECT_TRANSFERS. */
export const PAYING_OUTSIDE_IN_PERSIAN_BENGALI_TAGALOG: readonly Cue[] = [
  cue(
    'Western Union',
    // Persian "با وسترن یونیون میشه؟" (can it be by Western Union?), Bengali "ওয়েস্টার্ন ইউনিয়নে টাকা পাঠান"; not
    // "وسترن یونیون قبول نمی‌کنیم", "ওয়েস্টার্ন ইউনিয়ন নিই না".
    `وسترن\\s?یونیون${PERSIAN_NO_AFTER}|ওয়েস্টার্ন\\s+ইউনিয়ন${BENGALI_NO_AFTER}`,
    { anchors: ['وسترن', 'ওয়েস্টার্ন'] },
  ),
  cue(
    'MoneyGram',
    // "از طریق مانی‌گرام بفرستید", "মানিগ্রামে পাঠাতে পারেন".
    `مانی\\s?گرام${PERSIAN_NO_AFTER}|মানি\\s?গ্রাম${BENGALI_NO_AFTER}`,
    { anchors: ['گرام', 'গ্রাম'] },
  ),
  cue('another company of the group receiving the money', TO_ANOTHER_COMPANY_OF_THE_GROUP, {
    anchors: TO_ANOTHER_COMPANY_ANCHORS,
    near: TO_ANOTHER_COMPANY_NEAR,
  }),
  cue(
    'bKash',
    // The buyer offering it: "স্যাম্পল চার্জ কি বিকাশে দিতে পারি?" (can I give the sample fee by bKash?), "বিকাশে দেব";
    // bKash with the words for money is in phone-wallets.ts. Not "বিকাশে দিতে পারবেন না" (you can't).
    `বিকাশে\\s+(?:[^\\s।.!?]+\\s+)?(?:দিতে|দেব|দিব|দিই|দিলে|দিয়ে\\s+দিই)${BENGALI_NO_AFTER}`,
    { anchors: ['বিকাশে'] },
  ),
  cue(
    'paying directly, outside the order',
    // Persian "پرداخت رو خارج از علی‌بابا انجام بدید" (pay outside Alibaba); Bengali "আলিবাবার বাইরে পেমেন্ট করলে ৫% ছাড়"
    // (5% off if you pay outside Alibaba), "সরাসরি আমাদের অ্যাকাউন্টে টাকা পাঠান" (send the money straight to our account).
    // Not "هرگز خارج از علی‌بابا پرداخت نکنید" (never pay outside), "আলিবাবার বাইরে পেমেন্ট করবেন না".
    `(?:خارج|بیرون)\\s+از\\s+(?:سایت\\s+)?(?:علی\\s?بابا|ترید\\s?اشورنس|alibaba|trade\\s+assurance)\\s+(?:[^\\s.!?؟]+\\s+){0,3}?(?:پرداخت|واریز|حواله|بفرستید|بریزید)${PERSIAN_NO_AFTER}` +
      `|(?:پرداخت|واریز|پول)\\S*\\s+(?:رو\\s+|را\\s+)?(?:[^\\s.!?؟]+\\s+){0,2}?(?:خارج|بیرون)\\s+از\\s+(?:سایت\\s+)?(?:علی\\s?بابا|ترید\\s?اشورنس|alibaba|trade\\s+assurance)${PERSIAN_NO_AFTER}` +
      `|আলিবাবার\\s+বাইরে\\s+(?:[^\\s।.!?]+\\s+){0,2}?(?:পেমেন্ট|টাকা|পাঠান|পাঠাবেন|দিন)${BENGALI_NO_AFTER}` +
      `|সরাসরি\\s+(?:[^\\s।.!?]+\\s+){0,3}?(?:অ্যাকাউন্টে|একাউন্টে|বিকাশে|নম্বরে)${BENGALI_NO_AFTER}`,
    { anchors: ['خارج', 'بیرون', 'আলিবাবার', 'সরাসরি'] },
  ),
  cue(
    'a personal account',
    // A relative's or colleague's own account: "پول رو به حساب همسرم بریزید" (into my wife's account), "کارت برادرم";
    // paying named in the sentence, as حساب is a bill too. Not "حساب شرکت" (the company's).
    `(?:حساب|کارت)\\s+(?:شخصی\\s+)?(?:همسرم|همسر\\s+من|برادرم|خواهرم|پسرم|دخترم|خانمم|شوهرم|پدرم|مادرم|همکارم)${PERSIAN_NO_AFTER}`,
    {
      anchors: ['همسر', 'برادرم', 'خواهرم', 'پسرم', 'دخترم', 'خانمم', 'شوهرم', 'پدرم', 'مادرم', 'همکارم'],
      near: TO_ANOTHER_COMPANY_NEAR,
    },
  ),
  cue(
    'a personal account',
    // Bengali "টাকাটা আমার ভাইয়ের অ্যাকাউন্টে পাঠান" (to my brother's account), "ম্যানেজারের ব্যক্তিগত অ্যাকাউন্টে
    // পাঠাবেন" (to the manager's personal account); Tagalog "Sa account po ng asawa ko ipadala" (to my wife's account).
    // Not "ব্যক্তিগত অ্যাকাউন্টে আমরা টাকা নিই না" (we take none), "ang asawa ko po ang nag-aasikaso ng packing".
    `(?:ভাইয়ের|বোনের|স্ত্রীর|ওয়াইফের|স্বামীর|বাবার|মায়ের|ছেলের|মেয়ের|ম্যানেজারের|মালিকের|ব্যক্তিগত|পার্সোনাল)\\s+(?:[^\\s।.!?]+\\s+)?(?:অ্যাকাউন্টে|একাউন্টে|বিকাশে|নগদে)${BENGALI_NO_AFTER}` +
      '|(?:account|acct|gcash|maya)\\s+(?:po\\s+)?ng\\s+(?:asawa|kapatid|pinsan|anak|nanay|tatay|misis|mister|pamangkin)\\s+(?:ko|namin)',
    {
      anchors: [
        'ভাইয়ের',
        'বোনের',
        'স্ত্রীর',
        'ওয়াইফের',
        'স্বামীর',
        'বাবার',
        'মায়ের',
        'ছেলের',
        'মেয়ের',
        'ম্যানেজারের',
        'মালিকের',
        'ব্যক্তিগত',
        'পার্সোনাল',
        'asawa',
        'kapatid',
        'pinsan',
        'anak',
        'nanay',
        'tatay',
        'misis',
        'mister',
        'pamangkin',
      ],
    },
  ),
  cue(
    'paying directly, outside the order',
    // "Diretso na lang po sa bank account namin" (straight to our bank account), "hindi na dadaan sa Alibaba" (not going
    // through Alibaba any more). A "hindi po kami" before it refuses it (negation.ts).
    '(?:diretso|direkta)\\s+(?:na\\s+)?(?:lang\\s+)?(?:po\\s+)?sa\\s+(?:bank\\s+)?(?:account|acct|bdo|bpi|gcash|maya)\\s+(?:namin|ko|ng\\s+(?:manager|boss|agent))' +
      '|hindi\\s+na\\s+(?:po\\s+)?(?:dadaan|dumaan|kailangang\\s+dumaan)\\s+sa\\s+(?:alibaba|trade\\s+assurance)',
    { anchors: ['diretso', 'direkta', 'dadaan', 'dumaan'] },
  ),
];
