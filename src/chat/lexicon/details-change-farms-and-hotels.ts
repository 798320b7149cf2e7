import { cue } from './cue';

/**
 * The account changed, in probe 73's long letters: Spanish "abrió una cuenta nueva en Panamá" and "el saldo debe ir a
 * esa cuenta y no a la que aparece en la orden de Alibaba", Turkish "şirketimizin … hesabı … geçici olarak kapalı" (our
 * company's account is temporarily closed). Part of DETAILS_CHANGE, through OTHER_ACCOUNTS.
 */
export const CHANGES_FROM_FARMS_AND_HOTELS = cue(
  'a changed receiving account',
  '\\bcuenta\\s+nueva\\b|\\babri[óo]\\s+una\\s+cuenta\\b|\\babri[óo]\\s+una\\s+nueva\\s+cuenta\\b|\\bno\\s+a\\s+la\\s+que\\s+aparece\\s+en\\s+la\\s+orden\\b' +
    '|(?<![\\p{L}])hesab[ıi]\\s+(?:\\S+\\s+){0,4}?ge[çc]ici\\s+olarak\\s+kapal[ıi]',
  {
    instruction: true,
    anchors: ['cuenta nueva', 'una cuenta', 'una nueva cuenta', 'aparece en la orden', 'olarak kapal'],
  },
);
