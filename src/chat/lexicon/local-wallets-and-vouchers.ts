import { cue, type Cue } from './cue';

/**
 * Phone wallets, remittance shops and prepaid vouchers of markets the earlier lists missed, found by probe 61: Myanmar's
 * KBZPay and WavePay, Ethiopia's Telebirr, Angola's Multicaixa Express, the Philippines' Palawan Express, and the PCS,
 * Neosurf and Transcash vouchers of fake French customs notices. Part of MORE_DIRECT_TRANSFERS.
 */
export const LOCAL_WALLETS_AND_VOUCHERS: readonly Cue[] = [
  cue(
    'a person-to-person payment app',
    '\\bkbz\\s?pay\\b|\\bwave\\s?pay\\b|\\btelebirr\\b|\\bmulticaixa\\s+express\\b|\\bpalawan\\s+express\\b',
    { anchors: ['kbz', 'wavepay', 'wave pay', 'telebirr', 'multicaixa', 'palawan'] },
  ),
  cue(
    'gift cards',
    // "Frais de dédouanement 89 € à régler aujourd'hui par coupon PCS".
    '\\bcoupons?\\s+pcs\\b|\\bpcs\\s+mastercard\\b|\\bneosurf\\b|\\btranscash\\b',
    { anchors: ['coupon pcs', 'coupons pcs', 'pcs mastercard', 'neosurf', 'transcash'] },
  ),
];
