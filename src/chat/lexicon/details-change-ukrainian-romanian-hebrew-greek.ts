import { cue, type Cue } from './cue';

/**
 * Money sent to the old account, in Ukrainian: "платежі на старий рахунок …" (payments to the old account …), "не
 * переказуйте на старий рахунок" (don't transfer to the old one). Its "й" may be typed without its mark ("старии").
 * A changed account here, and what is said to become of that money in pressure-ukrainian-romanian-hebrew-greek.ts.
 */
export const TO_THE_OLD_ACCOUNT_IN_UKRAINIAN =
  '(?:платеж\\p{L}*|платіж|оплат\\p{L}*|переказ\\p{L}*|кошти|гроші|не\\s+платіть|не\\s+переказуйте|не\\s+оплачуйте)\\s+(?:\\S+\\s+){0,2}?на\\s+(?:наш\\s+)?(?:стари[йи]\\s+рахун)\\p{L}*';
export const OLD_ACCOUNT_ANCHORS_IN_UKRAINIAN: readonly string[] = ['старий рахун', 'старии рахун'];

/**
 * Another company of the group paid, in Greek: "το υπόλοιπο πληρώνεται τώρα στο εργοστάσιό μας" (the balance is now
 * paid to our factory), "καταθέστε στην αδελφή μας εταιρεία" (to our sister company), "στη θυγατρική μας". Our own
 * factory or sister company ("μας"): a buyer quoting "πληρώστε στο εργοστάσιο" to ask if it is real names none. A
 * changed account here, and paying to it in paying-outside-ukrainian-romanian-hebrew-greek.ts.
 */
const TO_A_SISTER_COMPANY_IN_GREEK =
  '(?:πληρ[ώω]νεται|πληρ[ώω]νονται|πληρ[ώω]στε|πληρ[ώω]νετε|καταθ[έε]στε|στε[ίι]λτε|μεταφ[έε]ρετε|γ[ίι]νεται)\\s+(?:\\S+\\s+){0,4}?' +
  '(?:στο\\s+εργοστ[άα]σι[όο]\\s+μας|στο\\s+εργοστ[άα]σιο\\s+μας|στην\\s+αδελφ[ήη]\\s+(?:μας\\s+)?εταιρε[ίι]α|στη\\s+θυγατρικ[ήη]\\s+μας|στην\\s+θυγατρικ[ήη]\\s+μας)';
const SISTER_COMPANY_ANCHORS_IN_GREEK: readonly string[] = [
  'στο εργοστ',
  'στην αδελφ',
  'στη θυγατρικ',
  'στην θυγατρικ',
];

/** Greek's own factory or sister company receiving the money: a change, and paying outside, in both lists. */
export const SISTER_COMPANY_RECEIVES_IN_GREEK = cue(
  'another company of the group receiving the money',
  TO_A_SISTER_COMPANY_IN_GREEK,
  { anchors: SISTER_COMPANY_ANCHORS_IN_GREEK },
);

/** A changed receiving account in Ukrainian, Romanian, Hebrew and Greek, as probe 84's chats said it. Part of OTHER_ACCOUNTS. */
export const CHANGES_IN_UKRAINIAN_ROMANIAN_HEBREW_GREEK: readonly Cue[] = [
  cue('the old account stopped', TO_THE_OLD_ACCOUNT_IN_UKRAINIAN, {
    anchors: OLD_ACCOUNT_ANCHORS_IN_UKRAINIAN,
  }),
  SISTER_COMPANY_RECEIVES_IN_GREEK,
];
