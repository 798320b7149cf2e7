import { cue, type Cue } from './cue';

/**
 * Paying outside the order in probe 89's English wordings: a price rise paid "on a separate transfer", the difference
 * paid to a forwarder directly, cash to a partner at a trade fair, money "hit directly to our account" (machine
 * translation), a "private household" (私户, a personal account) and the boss's personal account. Part of
 * MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_FAIRS_AND_DIFFERENCES: readonly Cue[] = [
  cue(
    'a payment outside the order',
    // "Trade Assurance amount cannot change, so pls add the extra on a separate transfer"; not "a separate payment in the
    // Alibaba order".
    '\\b(?:on|by|in|via|with|as)\\s+(?:a\\s+)?separate\\s+(?:transfer|payment|wire|t\\/?t|remittance)\\b(?![^.!?\\n]{0,30}\\b(?:order|alibaba|trade\\s+assurance)\\b)' +
      // "Pay the freight difference to our forwarder directly", "send the difference to our agent".
      '|\\b(?:pay|send|transfer)\\s+(?:the\\s+)?(?:\\S+\\s+)?difference\\s+(?:to\\s+(?:our|my|the|his|her)\\s+(?:\\S+\\s+)?(?:forwarder|agent|partner|broker|boss|manager)\\b|(?:\\S+\\s+){0,4}?directly\\b)',
    { deniable: true, anchors: ['separate', 'difference'] },
  ),
  cue(
    'cash to a person',
    // "My Chinese partner Mr Huang take USD cash and give better rate than bank", "the booth price is only for cash pay".
    '\\b(?:partner|agent|cousin|friend|brother|colleague|boss)\\s+(?:\\S+\\s+){0,3}?(?:takes?|collects?|receives?|accepts?)\\s+(?:the\\s+)?(?:(?:usd|rmb|aed|kes|eur|dollar)\\s+)?cash\\b' +
      '|\\bonly\\s+(?:for\\s+)?cash\\s+(?:pay|payment)\\b|\\b(?:price|discount)\\s+(?:is\\s+)?only\\s+for\\s+cash\\b',
    { deniable: true, anchors: ['cash'] },
  ),
  cue(
    'paying directly for a discount',
    // "If you hit the money directly to our account, we give you the 5% discount".
    '\\b(?:hit|put|give|remit|remittance|make)\\s+(?:the\\s+)?(?:money|payment|funds?)\\s+directly\\s+(?:to|into)\\s+(?:our|my)\\s+(?:\\S+\\s+)?(?:account|acct|bank)\\b' +
      // "In the group our finance post payment code each Friday, group price 20% lower than Alibaba".
      '|\\b\\d+\\s?%\\s+(?:lower|cheaper|less)\\s+than\\s+alibaba\\b',
    { anchors: ['directly', 'than alibaba'] },
  ),
  cue(
    'a personal account',
    // "Please remittance the money to the private household of our finance"; not goods "for private household use".
    '\\b(?:money|remit\\w*|pay\\w*|transfer\\w*|account)\\s+(?:\\S+\\s+){0,4}?(?:to|into|in)\\s+(?:the\\s+)?private\\s+household\\b' +
      // "Account is boss personal, Chen Jianguo, ICBC".
      "|\\b(?:account|acct|acc)\\s+(?:is\\s+)?(?:my\\s+|our\\s+|the\\s+)?(?:boss|manager|director|owner|ceo)(?:'s)?\\s+personal\\b",
    { anchors: ['private household', 'personal'] },
  ),
];
