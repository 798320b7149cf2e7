import { cue, type Cue } from './cue';

/** Pressure to pay in Swahili, Dutch and Malay, as probe 83's chats put it. Part of MORE_OFFERS_ENDING. */
export const PRESSURE_IN_SWAHILI_DUTCH_MALAY: readonly Cue[] = [
  cue(
    'a price about to rise',
    // Swahili "Kesho bei ya chuma inapanda na hatutaweza kushika bei hii": tomorrow the price goes up.
    '\\bkesho\\s+(?:\\S+\\s+){0,4}?(?:inapanda|itapanda|inaongezeka|itaongezeka)|\\bhatutaweza\\s+(?:kushika|kushikilia|kudumisha)\\s+bei',
    { anchors: ['kesho', 'hatutaweza'] },
  ),
  cue(
    'a deadline with a threat',
    // Dutch "Graag binnen 3 dagen betalen, anders gaat de matrijs terug in de wachtrij": pay by then, or lose out.
    '\\b(?:binnen\\s+\\d+\\s+(?:dagen|uur)|vandaag|morgen|deze\\s+week)\\s+(?:\\S+\\s+){0,2}?betal\\p{L}*\\s*,?\\s+anders\\b',
    { anchors: ['anders'] },
  ),
  cue(
    'a deadline with a threat',
    // Malay "Kalau tak bayar ke akaun baru, shipment kena tangguh dan harga naik", "bayar minggu ni baru saya boleh lock
    // harga": not paying now costs the buyer.
    '\\bkalau\\s+(?:tak|tidak|x)\\s+(?:\\S+\\s+)?(?:bayar|transfer|bank\\s*-?in)\\b[^.!?]{0,60}?(?:kena\\s+tangguh|ditangguhkan|tertangguh|kena\\s+tahan|ditahan|dibatalkan|kena\\s+denda|dijual|harga\\s+naik)' +
      '|\\bbayar\\s+(?:minggu|hari)\\s+(?:ni|ini)\\s+baru\\s+(?:\\S+\\s+){0,2}?(?:lock|kunci|kekalkan)\\s+harga',
    { anchors: ['kalau', 'bayar'] },
  ),
];
