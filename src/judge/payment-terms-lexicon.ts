/**
 * Payment methods that move money outside the marketplace, where no buyer
 * protection applies and a payment cannot be recalled. Words are matched on
 * lower-case text whose punctuation has become spaces and "&" has become
 * "and", so "Paypal.Western Union" reads as "paypal western union" and "F&F"
 * as "f and f".
 *
 * Not listed on purpose: plain PayPal (goods and services has buyer
 * protection) and T/T (the usual bank transfer for factory orders).
 */
export interface OffPlatformPaymentMethod {
  /** How a finding names it. */
  label: string;
  /** Phrases that always mean this payment method. */
  names: readonly string[];
  /** Phrases that are also products ("BTC miner", "gift card box"): a title must say it is paying with them. */
  productWords?: readonly string[];
}

export const OFF_PLATFORM_PAYMENT_METHODS: readonly OffPlatformPaymentMethod[] = [
  { label: 'Western Union', names: ['western union', 'westernunion'], productWords: ['wu'] },
  { label: 'MoneyGram', names: ['moneygram', 'money gram'] },
  { label: 'Bitcoin', names: [], productWords: ['bitcoin', 'bitcoins', 'btc'] },
  { label: 'Ethereum', names: [], productWords: ['ethereum', 'eth'] },
  { label: 'USDT', names: [], productWords: ['usdt', 'tether'] },
  {
    label: 'cryptocurrency',
    names: [],
    productWords: ['crypto', 'cryptocurrency', 'cryptocurrencies', 'crypto currency', 'litecoin', 'ltc'],
  },
  {
    label: 'PayPal Friends and Family',
    names: [
      'paypal friends and family',
      'paypal friend and family',
      'paypal f and f',
      'paypal ff',
      'pp f and f',
      'paypal family and friends',
    ],
    productWords: ['friends and family', 'family and friends', 'f and f'],
  },
  {
    label: 'gift cards',
    names: [],
    productWords: [
      'gift card',
      'gift cards',
      'itunes card',
      'itunes cards',
      'steam card',
      'steam cards',
      'amazon card',
      'amazon cards',
      'google play card',
      'google play cards',
    ],
  },
];

/** Words that make a payment method that follows them a refusal ("no Western Union", "we do not accept BTC"). */
export const NEGATION_WORDS: readonly string[] = [
  'no',
  'not',
  'never',
  'dont',
  'doesnt',
  'cannot',
  'cant',
  'without',
  'except',
  'refuse',
  'refuses',
  'reject',
  'nor',
];

/**
 * Words a refusal reaches across ("not accept PayPal, Western Union or BTC").
 * Any other word ends its reach, so "no minimum, pay by Western Union" is an
 * offer. Payment method names and one-letter pieces of "T/T" or "L/C" reach too.
 */
export const REFUSAL_REACH_WORDS: readonly string[] = [
  'accept',
  'accepts',
  'accepting',
  'take',
  'takes',
  'use',
  'pay',
  'paying',
  'payment',
  'payments',
  'by',
  'via',
  'with',
  'through',
  'or',
  'and',
  'any',
  'paypal',
  'tt',
  'lc',
  'cash',
];

/** Words after a payment method, up to two words on, that make it a refusal ("Western Union is not accepted"). */
export const NEGATION_AFTER: readonly string[] = ['not', 'never'];

/** Words before a product word (up to three words back) that make it a payment method in a title. */
export const PAYMENT_CUE_BEFORE: readonly string[] = [
  'pay',
  'pays',
  'paying',
  'paid',
  'payment',
  'payments',
  'accept',
  'accepts',
  'accepting',
  'via',
];

/** Words right after a product word that make it a payment method in a title ("BTC payment"). */
export const PAYMENT_CUE_AFTER: readonly string[] = ['payment', 'payments', 'pay', 'accepted'];
