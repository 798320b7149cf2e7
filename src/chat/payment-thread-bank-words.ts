// Replies that carry a request to pay outside the order on in the words of a transfer, as buyers and suppliers type
// them once the account or the way is given: "Transfer initiated from my GTBank account", "added as beneficiary in BDO",
// "kindly share the MT103", "is there an intermediary bank?", "ok will go to the bank now" (payment-thread.ts).

/** A transfer's paper: what a bank gives the payer as proof. */
const PROOF =
  '(?:remittance\\s+(?:advice|slip|copy|receipt)|mt\\s?103|swift\\s+(?:copy|slip|message|confirmation)|bank\\s+(?:copy|slip|receipt)|transfer\\s+(?:copy|slip|receipt|confirmation)|payment\\s+(?:proof|slip|copy|receipt|confirmation)|proof\\s+of\\s+(?:payment|transfer)|(?:ach|wire|tt|t/t)\\s+(?:confirmation|copy|slip|receipt))';

/** The account's parts a buyer asks for again: "Sort code and account number please again". */
const ACCOUNT_PART =
  '(?:sort\\s+code|account\\s+(?:no|number|num)|a/c\\s+(?:no|number)|routing\\s+(?:no|number)|iban|swift(?:\\s+code)?|bic|bank\\s+name|branch\\s+code|beneficiary\\s+(?:name|address|bank))';

/** Couriers and freight: "I'll send it via DHL" sends the goods, not money. */
const NOT_A_CARRIER =
  '(?!\\s*(?:dhl|fedex|ups|tnt|ems|sf|aramex|courier|express|sea|air|ship|boat|truck|rail|train|post|mail|e-?mail|whatsapp|wechat)\\b)';

export const BANK_WORDS_REPLY = new RegExp(
  [
    // The transfer started, made or on its way: "Transfer initiated", "transfer done, ref no. BDO-0913", "payment processing".
    '\\b(?:transfer|wire|remittance|tt|t/t|payment)\\s+(?:is\\s+|has\\s+been\\s+)?(?:initiated|done|made|sent|completed|processing|processed|submitted|scheduled|on\\s+the\\s+way)\\b',
    '\\b(?:initiated|submitted|scheduled|booked)\\s+the\\s+(?:transfer|wire|payment|remittance|tt)\\b',
    // The account saved in the buyer's bank: "added as beneficiary in BDO", "Added as new payee in my Metrobank app".
    '\\badded\\s+(?:you\\s+|it\\s+|them\\s+|him\\s+|her\\s+)?as\\s+(?:a\\s+)?(?:new\\s+)?(?:beneficiary|payee|recipient)\\b',
    // Proof asked or sent: "Kindly share the MT103 once available", "Please email the ACH confirmation", "share swift copy".
    `\\b(?:send|share|email|e-mail|forward|attach|upload)\\s+(?:me\\s+|us\\s+)?(?:the\\s+|a\\s+|your\\s+|ur\\s+)?${PROOF}`,
    `\\b${PROOF}\\s+(?:attached|above|sent|shared)\\b`,
    // The account's parts asked again, or the banks between: "Sort code and account number please again", "is there an
    // intermediary bank? My bank is asking".
    `\\b${ACCOUNT_PART}\\b[^.!?\\n]{0,40}?(?:\\bplease\\b|\\bpls\\b|\\bplz\\b|\\bagain\\b|\\?)`,
    '\\b(?:intermediary|correspondent)\\s+bank\\b',
    // The account asked for by its kind: "Alright, send the company account", "hmm ok. share HK account".
    '\\b(?:send|share|give)\\s+(?:me\\s+)?(?:the\\s+|your\\s+|ur\\s+)?(?:\\S+\\s+)?(?:account|acct|a/c)\\s*(?:$|[,.!?]|\\b(?:please|pls|plz|then|details|info|again|no|number)\\b)',
    // On the way to pay: "ok will go to the bank now", "sending via Equity to the agent", "will process through KCB",
    // "AP will process it this week", "I'll send it with a Capitec international payment".
    '\\b(?:go(?:ing)?|went|heading)\\s+to\\s+the\\s+bank\\b',
    `\\b(?:sending|transferring|paying|wiring|remitting)\\s+(?:it\\s+)?(?:via|through|thru|with|from)\\b${NOT_A_CARRIER}`,
    `\\b(?:will|'ll|shall)\\s+(?:send|pay|transfer|wire|remit)\\s+(?:it\\s+|the\\s+(?:money|deposit|balance|payment)\\s+)?(?:via|through|thru|with|from)\\b${NOT_A_CARRIER}`,
    '\\bwill\\s+process\\s+(?:it\\s+|the\\s+payment\\s+|the\\s+transfer\\s+|payment\\s+)?(?:with|through|thru|via|today|tomorrow|this\\s+week|now)\\b',
    // "We'll wire the 30% Monday", "inshallah tomorrow morning i will send from Meezan".
    "\\b(?:we|i)'ll\\s+(?:wire|transfer|pay|send|remit)\\b(?:\\s+\\S+){0,4}?\\s+(?:by\\s+)?(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday)\\b",
    '\\b(?:today|tonight|tomorrow)\\b(?:\\s+\\S+){0,2}?\\s+(?:i|we)\\s+will\\s+(?:send|transfer|wire|pay|remit)\\b',
    // A day named for it, or whose account pays: "I can only pay on Monday", "my brother can do it today from his
    // account".
    '\\b(?:can|could)\\s+(?:only\\s+)?(?:pay|transfer|send|wire|remit)\\s+(?:it\\s+)?(?:on\\s+|by\\s+)?(?:today|tomorrow|monday|tuesday|wednesday|thursday|friday|next\\s+week)\\b',
    '\\bfrom\\s+(?:my|his|her|our|their)\\s+(?:\\S+\\s+)?(?:account|acct|a/c)\\b',
    // How to pay by the way asked: "You can use Alipay app with international card, or Wise to Alipay".
    '\\b(?:use|using|via|through|download|open)\\s+(?:the\\s+|your\\s+)?(?:alipay|wise|remitly|worldremit|western\\s+union|moneygram|paypal)\\s+app\\b|\\bwise\\s+to\\s+(?:alipay|wechat)\\b',
    // A SWIFT code sent alone, of a bank in China or nearby: "ICBKCNBJFJN", "swift: ABOCCNBJ110".
    '^\\W*(?:swift(?:\\s+code)?\\s*:?\\s*)?[a-z]{4}(?:cn|hk|sg|ae|tw|vn|my|th)[a-z0-9]{2}(?:[a-z0-9]{3})?\\W*$',
    // The supplier waiting on it: "The agent is waiting for the money to book the truck".
    '\\bwaiting\\s+for\\s+(?:the\\s+|your\\s+)?(?:money|transfer|remittance|deposit)\\b',
  ].join('|'),
  'u',
);
