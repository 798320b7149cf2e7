import { cue, type Cue } from './cue';
import { SISTER_COMPANY_RECEIVES_IN_GREEK } from './details-change-ukrainian-romanian-hebrew-greek';

/** Payment apps that carry no buyer protection, as Ukrainian writes them after "на" or "через". */
const UKRAINIAN_APPS = ['revolut', 'paypal', 'payoneer', 'skrill'];

/** Paying outside the order in Ukrainian, Romanian, Hebrew and Greek, as probe 84's chats said it. Part of MORE_DIRECT_TRANSFERS. */
export const PAYING_OUTSIDE_IN_UKRAINIAN_ROMANIAN_HEBREW_GREEK: readonly Cue[] = [
  cue(
    'a payment app, outside the order',
    // Ukrainian "Можна я скину вам на Revolut?" (may I send it to you on Revolut?), "перекажу через PayPal"; not "через
    // PayPal у замовленні" (in the order's own checkout), where the app is the order's.
    '(?:скину|скинути|скинемо|скиньте|перекажу|переказати|перекажіть|надішлю|надіслати|надішліть|відправлю|відправити|заплачу|заплатити|оплачу|оплатити|оплатіть)' +
      `\\s+(?:вам\\s+|тобі\\s+|нам\\s+)?(?:гроші\\s+|кошти\\s+|передоплату\\s+|аванс\\s+)?(?:на|через)\\s+(?:${UKRAINIAN_APPS.join('|')})` +
      '(?![^.!?,]{0,30}(?:замовленн|alibaba|trade\\s+assurance))',
    { anchors: UKRAINIAN_APPS },
  ),
  cue(
    'a payment app, outside the order',
    // Hebrew "אפשר לשלם לכם בפייפאל?" (can I pay you by PayPal?), "תעביר דרך פייפאל"; PayPal in Latin letters is
    // payment-services.ts's. Not "בפייפאל דרך ההזמנה" (through the order).
    '(?:לשלם|לשלוח|להעביר|תשלם|תשלמו|תשלמי|תעביר|תעבירו|אשלם|אעביר|אשלח|תשלח|תשלחו)(?![\\p{L}])[^.!?\\n]{0,30}?(?:ב-?\\s?|דרך\\s+|עם\\s+)(?:פייפאל|פיי\\s?פאל)' +
      '(?![^.!?\\n]{0,30}(?:הזמנה|עליבאבא|trade\\s+assurance))',
    { anchors: ['פייפאל', 'פיי פאל'] },
  ),
  // Greek "το υπόλοιπο πληρώνεται τώρα στο εργοστάσιό μας" (the balance is now paid to our factory).
  SISTER_COMPANY_RECEIVES_IN_GREEK,
];
