import { cue, type Cue } from './cue';

/**
 * Paying outside the order in probe 84's English wordings: a phone wallet used as a verb to a person ("pls GCash to
 * her 0917…"), cash with its amount handed to the supplier's staff, PayPal's Friends and Family as "F&F is free" set
 * against G&S's fee. Part of MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_WALLETS_AND_CASH: readonly Cue[] = [
  cue(
    'a person-to-person payment app',
    // "pls GCash to her 0917 482 3316", "bKash it to my agent", "M-Pesa to this number"; not "GCash is accepted at checkout".
    '\\b(?:g\\s?cash|paymaya|maya|bkash|nagad|m-?pesa|paytm)\\s+(?:it\\s+|the\\s+\\S+\\s+|php\\s?[\\d,.]+\\s+|[\\d,.]+\\s+)?to\\s+(?:her|him|me|my\\s+\\S+|our\\s+(?:agent|staff|manager|rep|cashier|boss)|this\\s+(?:number|no))\\b',
    { anchors: ['cash', 'maya', 'bkash', 'nagad', 'pesa', 'paytm'] },
  ),
  cue(
    'cash to a person',
    // "cash RMB 39,000 to our staff Mr. Zhou", "cash 2,000 usd to my driver"; not "cash flow to our staff bonus".
    '\\bcash\\s+(?:(?:rmb|usd|us\\$|\\$|¥|php|inr|aed|eur|€)\\s?[\\d,.]+|[\\d,.]+\\s?(?:rmb|usd|yuan|dollars|aed|eur))\\s+to\\s+(?:our|my|his|her)\\s+(?:staff|agent|manager|boss|colleague|driver|rep|cashier|cousin|brother)\\b',
    { anchors: ['cash'] },
  ),
  cue(
    'PayPal Friends & Family',
    // "G&S have 4.4% fee … F&F is free", "F&F no fee pls": PayPal's kinds of payment named by their short forms.
    '\\b(?:f&f|f & f)\\s+(?:is\\s+)?(?:free|no\\s+fee|zero\\s+fee|cheaper|better)\\b|\\b(?:g&s|g & s)\\s+(?:have|has|charges?|takes?|is)\\s+(?:\\S+\\s+){0,2}?(?:fees?|charges?)\\b',
    { anchors: ['f&f', 'f & f', 'g&s', 'g & s'] },
  ),
];
