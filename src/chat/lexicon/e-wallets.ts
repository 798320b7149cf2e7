import { cue, type Cue } from './cue';

/** E-wallets that pay from person to person, with no buyer protection. Part of PAYMENT_SERVICES. */
export const E_WALLETS: readonly Cue[] = [
  cue(
    'an e-wallet with no buyer protection',
    // Papara: a Turkish e-wallet, paid from phone to phone.
    '\\bperfect\\s?money\\b|\\bpayeer\\b|\\bskrill\\b|\\bneteller\\b|\\bwebmoney\\b|\\bpapara\\b',
    { anchors: ['perfect', 'payeer', 'skrill', 'neteller', 'webmoney', 'papara'] },
  ),
  cue(
    'an e-wallet with no buyer protection',
    // Paysera, a Lithuanian e-money account: it has an IBAN of its own, so a buyer may pay the order's bank account
    // from it by SEPA ("pay SEPA from Paysera to the account on the order page").
    '\\bpaysera\\b',
    { offeredInOrder: true, anchors: ['paysera'] },
  ),
];
