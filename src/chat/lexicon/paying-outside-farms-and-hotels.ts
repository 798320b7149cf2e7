import { cue, type Cue } from './cue';

/**
 * Paying outside the order in the wordings of probe 73 (long letters about farm machinery, hotel and school equipment
 * and second-hand trucks): cash to an agent "on our behalf" or "in rubles cash at his office", a deposit in soles to a
 * "friendly distributor's" account, Turkish "ortağımızın hesabına" (to our partner's account) and "Alibaba siparişi
 * dışında" (outside the Alibaba order), Amharic የወንድሜ ሂሳብ (my brother's account) and "no need to pay through the
 * Alibaba order". Part of MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_FARMS_AND_HOTELS: readonly Cue[] = [
  cue(
    'cash',
    // "A local agent in Lagos who accepts naira cash on our behalf", "you pay him in rubles cash at his office".
    '\\baccepts?\\s+(?:\\S+\\s+)?cash\\s+on\\s+our\\s+behalf\\b|\\baccepts?\\s+(?:\\S+\\s+)?cash\\s+on\\s+my\\s+behalf\\b|\\bpay\\s+(?:him|her|them)\\s+in\\s+(?:\\S+\\s+)?cash\\b',
    { anchors: ['cash on our', 'cash on my', 'cash'] },
  ),
  cue(
    "someone else's account",
    // "a la cuenta Interbank de nuestra distribuidora amiga", "İstanbul'daki ortağımızın hesabına", የወንድሜ ሂሳብ.
    '\\bcuenta\\s+(?:\\S+\\s+)?de\\s+nuestra\\s+(?:distribuidora|socia|agencia|empresa\\s+amiga)\\b|(?<![\\p{L}])ortağımızın\\s+hesab[ıi]na|\\bortagimizin\\s+hesab[ıi]na|የወንድሜ\\s+ሂሳብ',
    { anchors: ['de nuestra', 'ortağımızın hesab', 'ortagimizin hesab', 'የወንድሜ'] },
  ),
  cue(
    'paying directly, outside the order',
    // "Alibaba siparişi dışında" (outside the Alibaba order), "በAlibaba ትዕዛዝ በኩል መክፈል አያስፈልግም" (no need to pay through
    // the Alibaba order), "es más fácil que la plataforma".
    '\\balibaba\\s+sipari[şs]i\\s+d[ıi][şs][ıi]nda|ትዕዛዝ\\s+በኩል\\s+መክፈል\\s+አያስፈልግም|\\bm[áa]s\\s+f[áa]cil\\s+que\\s+la\\s+plataforma\\b',
    {
      instruction: true,
      anchors: ['alibaba siparişi', 'alibaba siparisi', 'መክፈል አያስፈልግም', 'que la plataforma'],
    },
  ),
];
