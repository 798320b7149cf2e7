import { AN_AMOUNT, beforeANumber, cue, inMessageWith, phrases, WEEKDAYS, type Cue } from './cue';
import { AROUND_A_BREAK, CLOSINGS } from './pressure-deadline-words';
import { DEADLINES_WITH_A_LOSS_IN_ASIAN_LANGUAGES } from './pressure-deadline-loss-asian-languages';
import { DEADLINES_WITH_A_LOSS_IN_EUROPEAN_LANGUAGES } from './pressure-deadline-loss-european-languages';

/**
 * A deadline, paying, and what the buyer loses if the deadline passes, named
 * anywhere in one message, however each is worded: "our finance closes the
 * books at 4pm today. If the balance is not in by then your order moves to
 * next month". The other pressure cues hold whole phrases, and each phrase
 * family mostly catches itself; this holds the three parts apart, so a new
 * wording of one still counts. Each part alone is ordinary talk ("we ship
 * today", "the balance after inspection", "price goes up next month").
 */
export interface DeadlinePayAndLoss {
  /** The deadline: the cue's evidence. */
  deadline: string;
  /** Paying, said to the buyer (not "we'll pay", "my payment was delayed"). */
  pay: string;
  /** What is lost after it: an "otherwise", a later slot, a higher price, a cancelled order. */
  loss: string;
  /** Words every deadline holds. */
  anchors: readonly string[];
}

/** How far from the deadline, before or after it, paying and the loss are looked for. */
const REACH = 200;

/** After a number: "the 26th", "4pm", "16:00", or the number alone ("by 5"). */
const ORDINAL_OR_HOUR = '(?:st|nd|rd|th|\\s*[ap]\\.?m|:\\d\\d)?\\b';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The number, and its month when one follows: "by 15 Jan" is quoted whole. */
const AN_HOUR_OR_A_DAY = `${ORDINAL_OR_HOUR}(?:\\s+(?:of\\s+)?(?:${MONTHS.join('|')})[a-z]*\\b)?`;
/** "Before Dec 31": each word with each month, so every one is an anchor ("before 31 Dec" is a number's, above). */
const BEFORE_A_MONTH = ['by', 'before', 'until', 'till'].flatMap((word) =>
  MONTHS.map((month) => `${word} ${month}`),
);
/** What paying by the deadline keeps: "keep the price", "secure your production slot". */
const KEEPS =
  '(?:keep|secure|lock|hold|guarantee)\\s+(?:the\\s+|this\\s+|your\\s+|our\\s+)?(?:(?:fair|special|current|old|production|loading|shipping|container|vessel)\\s+)?(?:price|rate|discount|offer|slot|space|booking|line|order)';

const ENGLISH: DeadlinePayAndLoss = {
  deadline:
    // Not a start: "with effect from today all remittances are credited to …", "a new account manager from today".
    '\\b(?:todays?|tonight|eod|by\\s+then|end\\s+of\\s+(?:the\\s+)?(?:day|week|month)|after\\s+that)\\b(?<!\\b(?:from|starting|effective)\\s+today)' +
    // "After the 30th price +8%", "destroyed after 7 days if you don't pay".
    `|\\bafter\\s+\\d{1,2}(?:st|nd|rd|th)\\b|\\bafter\\s+the\\s+\\d{1,2}(?:st|nd|rd|th)\\b|\\bafter\\s+\\d{1,2}\\s*(?:days?|hours?|hrs?)\\b` +
    `|\\b(?:by|before|until|till)\\s+(?:this\\s+|next\\s+)?(?:${WEEKDAYS.join('|')}|tomorrow|tmrw?|noon|midnight)\\b` +
    // "Factory will sell your goods tomorrow if not paid", "pay this week or we pay the fine", "pls deposit this week, …".
    '|\\b(?:tomorrow|tmrw?)\\b|\\bthis\\s+week\\b(?<=\\b(?:pay|remit|transfer|wire|deposit)\\w*\\s+(?:\\S+\\s+){0,6}?this\\s+week)' +
    `|\\b(?:${phrases(CLOSINGS)})|\\b(?:${phrases(AROUND_A_BREAK)})\\b|\\b(?:${phrases(BEFORE_A_MONTH)})[a-z]*\\s+\\d{1,2}(?:st|nd|rd|th)?\\b` +
    // "If balance no come tomorrow": the money not there by then.
    "|\\b(?:balance|bal|payment|deposit|money)\\s+(?:is\\s+|does\\s+|doesn't\\s+)?(?:no|not)?\\s*(?:come|arrive|reach|received)\\w*\\s+(?:by\\s+)?(?:tomorrow|tmrw?)\\b" +
    `|\\bby\\s+\\d{1,2}${AN_HOUR_OR_A_DAY}|\\bby\\s+the\\s+\\d{1,2}${AN_HOUR_OR_A_DAY}|\\bbefore\\s+\\d{1,2}${AN_HOUR_OR_A_DAY}|\\bbefore\\s+the\\s+\\d{1,2}${AN_HOUR_OR_A_DAY}` +
    // "Transfer … now to keep your production line", "… now to stop the charges": now, with what it keeps (read whole, so the loss
    // ends where it does).
    `|\\bnow\\s+to\\s+${KEEPS}\\b|\\bnow\\s+to\\s+stop\\s+(?:the\\s+)?(?:charges?|storage|demurrage|penalt\\w*|fines?|it|this|them)\\b|\\bnow\\s+otherwise\\b|\\bimmediately\\s+or\\b|\\bright\\s+away\\s+or\\b|\\bnow\\b(?=[^.!?]{0,60}\\b(?:otherwise|or\\s+else)\\b)` +
    // "… freight to our forwarder now or you wait next month".
    '|\\bnow\\s+or\\s+(?:you|u|we)\\s+(?:will\\s+|have\\s+to\\s+|must\\s+)?(?:wait|lose|miss)\\b' +
    // "Clear now at …/pay" (storage by the day), "pay cash Monday or the container goes to auction", "settle before vessel departure".
    '|\\b(?:pay|settle|clear|transfer|remit)\\s+(?:it\\s+|them\\s+)?now\\b|\\bbefore\\s+vessel\\s+(?:departure|departs|leaves|sails)\\b|\\bbefore\\s+the\\s+vessel\\s+(?:departure|departs|leaves|sails)\\b' +
    `|\\b(?:${WEEKDAYS.join('|')})\\s+or\\b` +
    "|\\bwithin\\s+(?:today|tonight)\\b|\\bwithin\\s+\\d{1,2}\\s*(?:hours?|hrs?|h|minutes?|mins?|days?|working\\s+days?)\\b|\\buntil\\s+\\d{1,2}\\b|\\buntil\\s+\\d{1,2}\\s?[ap]\\.?m\\b|\\btill\\s+\\d{1,2}\\b|\\bat\\s+\\d{1,2}\\s*(?:[ap]\\.?m\\b|:\\d\\d|o'?clock)",
  pay:
    // "Revert today itself with advance": the advance, not thanks "in advance" or an "advance notice".
    // Confirming the order stands for paying when a price or the goods are at stake ("confirm the PO today or you lose it"),
    // Not the order's own payment: "if the Alibaba payment is done by Jan 10 …"; nor none: "nothing to pay now".
    // Nor what the buyer's own customs agent pays there: "your CHA pays customs duty and local charges".
    `(?<!\\b(?:alibaba|trade\\s+assurance|ta)\\s+)(?<!\\b(?:nothing|no\\s+need)\\s+to\\s+)(?<!\\b(?:your|ur)\\s+(?:[^\\s.!?]+\\s+){0,2}?(?:agent|broker|cha|forwarder)s?\\s+)\\b(?:pay(?:s|ing|ment|ments)?|paid|renew(?:al)?|balance|deposit|remit\\w*|wire|t/t|funds?|money|transfer|settle[sd]?|cash|usdt|western\\s+union|moneygram|alipay|paypal|zelle|venmo|cash\\s?app|(?:via|by|through)\\s+wise|tt|send\\s+(?:the\\s+)?\\d+(?=\\s?%)|(?<!\\b(?:i|we)(?:\\s+(?:will|can|shall|must|also)|'ll)?\\s+)send\\s+(?:the\\s+)?${AN_AMOUNT}|send\\s+(?:it\\s+|them\\s+)?to\\s+(?:my|our|his|her|their|this)|return\\s+(?:the\\s+)?${AN_AMOUNT}|clear\\s+(?:it|them|am)\\b|open\\s+(?:the\\s+)?(?:lc|l/c)|confirm(?:s|ed|ing)?\\s+(?:the\\s+|your\\s+|ur\\s+|this\\s+)?(?:order|po|purchase|booking|deal)(?=[^.!?]{0,100}?\\b(?:lose|lost|prices?|discount|offer|sold|sell|(?:an)?other\\s+(?:buyer|customer|client)|(?:not|won't)\\s+be\\s+ready)\\b)|(?<!\\bin\\s)advance(?!\\s+notice)|(?:release|clearance|clearing|customs|inspection|thc|handling|testing|certificate)\\s+(?:fees?|charges?)|bank\\s+charges?\\s+(?:of\\s+)?${AN_AMOUNT}|clear(?=\\s+(?:it\\s+)?now\\b))\\b` +
    // Not the buyer speaking of their own payment: "we'll pay the deposit today", "I can't pay today", "my payment was delayed".
    "(?<!\\b(?:i|we|my|our|i'll|we'll|i'm|we're|i've|we've|i'd|we'd)\\s+(?:[^\\s.!?]+\\s+){0,2}\\S+)" +
    // Nor paying said to wait: "payment no rush", "the balance is only after inspection"; nor none: "no deposit needed".
    '(?!\\s+(?:is\\s+)?(?:no\\s+rush|not\\s+urgent|(?:only\\s+)?after\\b|(?:fine\\s+)?any\\s?time\\b|(?:can|could)\\s+wait\\b))(?!(?<=\\bno\\s+\\S+)\\s+(?:is\\s+)?(?:needed|required|necessary)\\b)',
  loss:
    "\\b(?:otherwise|or\\s+else|else(?<!\\b(?:nothing|anything|something|everything|someone|somebody|anyone|anybody|nobody|what|who|where|how)\\s+else)|or\\s+(?:we|the|your|you|it|i|they|he|she)\\s+(?:will|'ll|must|have|can(?:not|'t)?|lose|miss|take|give|sell|pay|refuse)" +
    // "… or they take other customer", "today is the cut-off", "we are charged a penalty every day".
    '|(?:take|(?:give|sell)\\s+(?:\\S+\\s+){0,4}?to|go(?:es)?\\s+to)\\s+(?:an?\\s+|the\\s+)?(?:other|another|next|waiting)\\s+(?:customer|buyer|client|distributor|importer|wholesaler)s?' +
    // "… we give allocation to him", "we give to Vietnam customer", "first one who pay … get it", "offer valid until 5pm".
    '|(?:give|sell)\\s+(?:the\\s+)?(?:allocation|stock|slot|goods|lot|them|it)\\s+to\\s+(?:him|her|them)|(?:give|sell)\\s+(?:\\S+\\s+){0,3}?to\\s+another\\s+order|(?:give|sell)\\s+(?:\\S+\\s+){0,4}?to\\s+(?!(?:your|my|our)\\b)[a-z]+\\s+(?:customer|buyer|client)s?' +
    '|first\\s+(?:one|buyer|customer)\\s+(?:who\\s+)?(?:pay|transfer|send)|offer\\s+(?:is\\s+)?(?:only\\s+)?valid\\s+(?:only\\s+)?(?:until|till)' +
    '|(?:storage|demurrage|charges?|costs?|fees?)\\s+(?:will\\s+)?(?:increase|go\\s+up|rise|keep\\s+increas\\w*)' +
    // "After today the boss go home for Spring Festival and nobody can confirm."
    '|nobody\\s+(?:can|will|could)\\s+(?:confirm|help|ship|answer|sign)|go(?:es)?\\s+home\\s+for\\s+(?:the\\s+)?(?:spring\\s+festival|holidays?|cny|chinese\\s+new\\s+year|new\\s+year)' +
    '|(?:is|are)\\s+the\\s+(?:cut-?off|deadline|last\\s+day)|(?:pay|paying|charged?)\\s+(?:you\\s+)?(?:a\\s+|the\\s+)?(?:\\d+\\s?%\\s+)?(?:fine|penalty|penalties)' +
    "|if\\s+(?:\\S+\\s+){0,4}?(?:is\\s+not|isn't|not)\\s+(?:in|received|paid|sent|here|arrived?|made|done|settled|cleared)" +
    // "Container closing tonight!! Send balance now", "… your container is held and demurrage begins".
    '|(?:container|vessel|booking|order\\s+book|loading|space|slot)\\s+(?:is\\s+)?clos(?:es|ing|ed)|clos(?:es|ing)\\s+(?:the\\s+)?(?:order\\s+book|container|booking)|demurrage|(?:container|goods|cargo|shipment)\\s+(?:is|are|will\\s+be|gets?)\\s+held' +
    '|next\\s+(?:week|month|year|shipment|vessel|pick\\s?-?up|batch|slot)|new\\s+price|old\\s+price|(?:delayed|rolled|moved|pushed)\\s+to(?!\\s+(?:the\\s+|another\\s+|our\\s+)?(?:\\S+\\s+)?(?:team|department|dept|office|position|role|branch)\\b)' +
    '|last\\s+(?:vessel|container|truck|slot|shipment|boat|ship)' +
    '|(?:prices?|(?:dollar\\s+|exchange\\s+)?rates?)\\s+(?:will\\s+|must\\s+|would\\s+)?(?:go(?:es)?\\s+up|go(?:es)?\\s+back(?:\\s+to)?|rises?|increases?)|exchange\\s+rate\\s+(?:will\\s+)?change|or\\s+another\\s+(?:customer|buyer|client)\\b|or\\s+(?:our|my)\\s+account\\s+will\\s+be\\s+(?:closed|blocked|frozen)|prices?\\s+of\\s+(?:the\\s+)?\\S+\\s+(?:will\\s+)?go(?:es)?\\s+up|(?:shipping\\s+company|forwarder|carrier|port)\\s+will\\s+charge\\s+(?:you\\s+)?(?:extra|more)|no\\s+(?:more\\s+)?guarantee|(?:add|charge|impose)s?\\s+(?:a\\s+|the\\s+)?penalt(?:y|ies)|or\\s+(?:it|they)\\s+(?:will\\s+)?(?:be\\s+)?return(?:s|ed)?\\s+to\\s+(?:china|origin|sender)|realloca\\w*|prices?\\s*\\+\\s*\\d+' +
    // "After that normal price", "… you will not be in the container".
    "|(?:after\\s+that|then)\\s*,?\\s+(?:the\\s+)?(?:normal|regular|full|original|list)\\s+prices?|(?:will\\s+not|won't)\\s+be\\s+(?:in|on)\\s+(?:the|this)\\s+(?:container|shipment|vessel|batch)|(?:will\\s+not|won't)\\s+be\\s+ready\\s+(?:before|by|for|in\\s+time)" +
    // "Storage fee start from tomorrow", "port storage fee is 85 usd per day".
    '|(?:storage|demurrage|detention)\\s+(?:(?:fees?|charges?)\\s+)?(?:will\\s+)?(?:start|begin|(?:is|are)\\s+(?:\\S+\\s+){1,3}?(?:per|a|each|every)\\s+day)' +
    // "Or storage 50 USD per day", "storage start from tomorrow 85usd/day", "the container enters overtime cargo", "we start
    // charging 20 USD/day warehouse fee", "dem go start charge storage".
    `|(?:start|begin)\\w*\\s+(?:to\\s+)?(?:charg\\w*|count\\w*)\\s+(?:the\\s+|you\\s+)?(?:storage|demurrage|${AN_AMOUNT}\\s*(?:/|per\\s+)\\s?day\\b)` +
    '|(?:storage|demurrage|detention)[^.!?]{0,30}?(?:(?:per|a|each|every)\\s+day|/\\s?day)\\b|overtime\\s+cargo|(?:vessel|ship|container)\\s+cut[\\s-]?off' +
    "|(?:cannot|can't|can\\s+not|won't|will\\s+not)\\s+(?:\\S+\\s+)?(?:help|ship(?:ped)?|hold|keep|guarantee|promise|load(?:ed)?|release(?:d)?|leave|arrange)" +
    // "… the price invalid after holiday", "after 6pm the reservation fee becomes 2,500", "or the container goes to state warehouse".
    '|prices?\\s+(?:is\\s+|will\\s+be\\s+)?invalid|(?:fee|price|cost|rate)s?\\s+(?:becomes?|will\\s+become)\\s+(?:usd\\s*|\\$)?\\d' +
    '|or\\s+(?:the\\s+|your\\s+)?(?:container|goods|cargo|shipment)\\s+(?:goes|will\\s+go|is\\s+sent|will\\s+be\\s+sent)\\s+to' +
    // "Free days end tonight", "every day storage 30 USD".
    '|free\\s+(?:days?|time)\\s+(?:end|ends|is\\s+over|expires?)|(?:per|each|every)\\s+day\\s+(?:storage|demurrage|detention)' +
    '|back\\s+of\\s+the\\s+(?:queue|line)' +
    // "After today sample stock is finish", "i can only keep 2 hours", "if late … price change", "today is last day".
    '|(?:stock|goods|lot)\\s+(?:is\\s+|will\\s+be\\s+)?finish\\w*|will\\s+be\\s+sold\\s+out|(?:can|could)\\s+only\\s+(?:keep|hold)' +
    "|prices?\\s+(?:will\\s+|go\\s+)?change|(?:is|it's)\\s+(?:the\\s+)?last\\s+day|(?:discount|price|offer)\\s+(?:\\S+\\s+){0,3}?only\\s+if\\s+you\\s+(?:pay|transfer|send)" +
    // "Pay the deposit today to keep the price"; "… or goods wait until March".
    `|${KEEPS}|(?:or|and)\\s+(?:the\\s+|your\\s+|ur\\s+)?(?:goods|order|shipment|production|container|cargo)\\s+(?:will\\s+|must\\s+|has\\s+to\\s+)?(?:wait|be\\s+delayed|be\\s+held)` +
    '|miss(?:es)?\\s+(?:the\\s+)?(?:vessel|ship|container|truck|slot|shipment|boat|cut-?off)' +
    // "… or shipment after 10 oct and you pay the port storage", "… or loading stop".
    '|or\\s+(?:the\\s+)?(?:shipment|shipping|delivery|production|loading)\\s+(?:will\\s+be\\s+|is\\s+)?after|or\\s+(?:the\\s+)?(?:shipment|shipping|production|loading)\\s+(?:will\\s+)?stops?|pay\\s+(?:the\\s+)?(?:port\\s+)?storage' +
    '|lose|lost|gone|cancel\\w*|(?:b/l|bl|goods|container|shipment|order)\\s+(?:will\\s+|go\\s+)?wait\\s+(?:until|till|to)|released?\\s+to\\s+(?:other|another)|sold\\s+to|delay\\w*|on\\s+hold' +
    // "We will treat goods as abandoned and sell them", "your deposit not refundable".
    // "… or the container goes to auction", "to avoid late penalty", "tomorrow raw material up 12%".
    // "Your membership expires tonight", "the parts will be scrapped", "the parcel returns to sender tomorrow".
    '|expir(?:es|ing)|expire\\s+(?:today|tonight|tomorrow|soon)|will\\s+expire|scrapped|(?:returns?|(?<!\\b(?:was|were|been|got|is|are)\\s)returned)\\s+to\\s+(?:the\\s+)?sender|(?:goods|cargo|container|shipment)\\s+(?:will\\s+)?(?:be\\s+)?return(?:s|ed)?\\s+to\\s+(?:china|origin)|(?:goods|cargo|container|shipment|box|parcel|package)\\s+(?:will\\s+)?go(?:es)?\\s+back\\s+(?:to\\s+)?(?:china|origin)|return\\s+(?:the\\s+)?(?:container|goods|cargo|shipment)\\s+to\\s+(?:china|origin)|be\\s+returned\\s+to\\s+(?:the\\s+)?sender' +
    `|abandoned|sell\\s+(?:them|it|the\\s+goods|your\\s+goods)|(?:not|non)[\\s-]?refundable|(?:cannot|can't|can\\s+not|won't|will\\s+not)\\s+(?:be\\s+)?refund|release\\s+(?:your|the)\\s+(?:production\\s+|shipping\\s+|loading\\s+)?(?:slot|space|booking)|charges?\\s+${AN_AMOUNT}\\s*(?:/|per\\s+|each\\s+)\\s?day\\b|before\\s+another\\s+(?:customer|buyer)|avoid\\s+(?:\\S+\\s+){0,3}?(?:warehouse|storage)\\s+(?:costs?|fees?|charges?)|forfeit\\w*|auction\\w*|confiscat\\w*|seiz(?:ed|ure)|destroy\\w*` +
    '|avoid\\s+(?:\\S+\\s+)?(?:penalt\\w*|fines?|storage|demurrage|cancell?ation|late\\s+(?:shipping|shipment|delivery))|(?:prices?|materials?|costs?|rates?)\\s+(?:will\\s+)?(?:go\\s+)?up\\s+\\d+' +
    // "Tomorrow penalty 300 EUR", "tomorrow they charge more", "or the container stays in Yantian", "daily storage", "if we
    // miss you wait 2 weeks", "after 18:00 no more", Taglish "bukas balik na sa original price" (tomorrow back to the full price).
    `|penalty\\s+(?:of\\s+)?${AN_AMOUNT}|(?:charge|cost)s?\\s+(?:you\\s+)?more|or\\s+(?:the\\s+|your\\s+)?(?:container|goods|cargo|shipment)\\s+(?:stays?|remains?)|daily\\s+(?:storage|demurrage)` +
    '|if\\s+(?:we|you)\\s+miss\\s+(?:it|the\\s+cut-?off|this|the\\s+vessel)?|(?:you|we)\\s+(?:will\\s+)?(?:have\\s+to\\s+)?wait\\s+(?:another\\s+)?\\d+\\s+(?:more\\s+)?(?:days?|weeks?)' +
    '|after\\s+(?:that|\\d{1,2}(?::\\d\\d)?(?:\\s*[ap]\\.?m)?)\\s*,?\\s+no\\s+more|(?:back|balik)\\s+(?:na\\s+)?(?:to|sa)\\s+(?:the\\s+)?(?:original|normal|regular|old|full)\\s+price' +
    // "… or we ship as it is", Pidgin "or e go enter seizure list".
    '|ship\\s+(?:it\\s+|them\\s+)?as\\s+(?:it\\s+|they\\s+)?(?:is|are)|or\\s+(?:e|dem)\\s+go)\\b' +
    // "The price will go up next month anyway": lost whatever the buyer does.
    '(?![^.!?]{0,30}\\banyway\\b)',
  anchors: [
    'today',
    'tonight',
    'eod',
    'by then',
    'end of',
    'after that',
    ...WEEKDAYS,
    'tomorrow',
    'tmr',
    'this week',
    'noon',
    'midnight',
    'within',
    'now',
    'immediately or',
    'right away or',
    'before vessel',
    'holiday',
    'weekend',
    'deadline',
    'cut-off',
    'cutoff',
    'before we',
    'before the',
    ...AROUND_A_BREAK,
    ...BEFORE_A_MONTH,
    ...beforeANumber('by', 'by the', 'before', 'before the', 'until', 'till', 'at', 'after', 'after the'),
  ],
};

const LANGUAGES: readonly DeadlinePayAndLoss[] = [
  ENGLISH,
  ...DEADLINES_WITH_A_LOSS_IN_EUROPEAN_LANGUAGES,
  ...DEADLINES_WITH_A_LOSS_IN_ASIAN_LANGUAGES,
];

/**
 * A cue a language, each tried only on a message holding one of its deadlines. Part of PRESSURE. One cue for them
 * all would be a pattern past 20,000 characters, which V8 compiles unoptimised.
 */
export const DEADLINES_WITH_A_LOSS: readonly Cue[] = LANGUAGES.map(({ deadline, pay, loss, anchors }) =>
  cue('a deadline to pay, and a loss if it is missed', deadline, {
    anchors,
    near: [inMessageWith(pay, REACH), inMessageWith(loss, REACH)],
  }),
);
