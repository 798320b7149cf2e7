import { cue, type Cue } from './cue';

/**
 * Paying or sending the money soon: "send the deposit tonight", "pay today", "can you send it in the next hour",
 * "transfer the balance now". Not the supplier's own "we will send the payment slip today".
 */
const PAY_SOON =
  "\\b(?<!\\b(?:we|i)(?:\\s+will|'ll|\\s+can|\\s+shall)?\\s+)(?:pay|remit|(?:send|transfer|wire)\\s+(?:it|them|(?:the\\s+|your\\s+)?(?:\\S+\\s+)?(?:payment|money|deposit|balance|funds|amount|rest)))\\b" +
  '[^.!?\\n]{0,30}?\\b(?:now|today|tonight|immediately|asap|right\\s+away|in\\s+the\\s+next\\s+(?:hour|\\d+\\s*(?:hours?|hrs?|minutes?|mins?)))\\b';

/**
 * Sympathy used to hurry a payment: "I will lose my job", "I'm begging you, send the deposit tonight", "my manager is
 * shouting at me, can you send it in the next hour?". Part of PRESSURE.
 */
export const PLEAS: readonly Cue[] = [
  cue(
    'a personal plea',
    // "I will lose my job if you don't pay today", "my boss will be angry": sympathy to hurry a payment.
    "\\b(?:i\\s+will|i'll|i\\s+may|i\\s+might|i\\s+could)\\s+(?:lose\\s+my\\s+job|be\\s+fired|get\\s+fired|be\\s+punished|get\\s+punished)\\b|\\bmy\\s+boss\\s+will\\s+(?:be\\s+(?:angry|mad)|fire\\s+me|punish\\s+me|kill\\s+me)\\b|老板会骂我|我会被(?:开除|炒|罚)" +
      // "My manager will fire me if this order is not paid", 我就要被辞退了, "sonst verliere ich meinen Job", "boss mujhe nikal dega".
      // "… kindly pay immediately or boss will charge me".
      '|\\bor\\s+(?:my\\s+|the\\s+)?boss\\s+will\\s+(?:charge|fine|punish|blame|scold)\\s+me\\b|\\bwill\\s+fire\\s+me\\b|被辞退|被開除|被辭退|\\bverliere\\s+ich\\s+meinen\\s+job\\b|\\bmujhe\\s+nikal\\s+de(?:ga|gi|nge)\\b' +
      // "… today, tomorrow audit start and I will have big problem", "finance will freeze our store unless you return it today".
      '|\\bi\\s+will\\s+have\\s+(?:a\\s+)?(?:big\\s+problems?|serious\\s+problems?|huge\\s+problems?)\\b|\\b(?:freeze|close|block|suspend)\\s+(?:our|my)\\s+(?:store|shop)\\s+unless\\s+you\\b',
    {
      // About the samples arriving late, a boss's anger hurries nothing to pay.
      needsPaymentTalk: true,
      anchors: [
        'lose my job',
        'fired',
        'punished',
        'my boss will',
        'boss will',
        '老板会骂我',
        '我会被',
        'fire me',
        '被辞退',
        '被開除',
        '被辭退',
        'meinen job',
        'nikal de',
        'big problem',
        'serious problem',
        'huge problem',
        'unless you',
      ],
    },
  ),
  cue(
    'a personal plea',
    // "I'm begging you … send the deposit tonight", "I will be in big trouble, my manager is shouting at me, can you send it in the next hour?",
    // "I paid the freight from my own pocket … transfer the balance now or I lose my job": sympathy with paying soon, before or after.
    // Not "I will be in trouble if the color is wrong, so please check the sample carefully": nothing to pay.
    '(?:\\bbegging\\s+(?:you|u)\\b|\\bbeg\\s+you\\b|\\bbeg\\s+u\\b|\\blose\\s+my\\s+job\\b|\\bin\\s+(?:[\\p{L}]+\\s+)?trouble\\b|\\b(?:shouting|yelling|screaming)\\s+at\\s+me\\b' +
      "|\\bmy\\s+(?:boss|manager)\\s+(?:is\\s+|will\\s+be\\s+)?(?:very\\s+|so\\s+)?angry\\b|\\b(?:not|isn't|is\\s+not)\\s+fair\\b|\\bfrom\\s+my\\s+own\\s+pocket\\b|\\bi\\s+believed\\s+(?:you|u)\\b|\\bi\\s+trusted\\s+(?:you|u)\\b)" +
      `(?:(?=[^\\n]{0,150}?${PAY_SOON})|(?<=${PAY_SOON}[^\\n]{0,150}))`,
    {
      anchors: [
        'begging',
        'beg you',
        'beg u',
        'lose my job',
        'trouble',
        'shouting',
        'yelling',
        'screaming',
        'angry',
        'fair',
        'own pocket',
        'i believed',
        'i trusted',
      ],
    },
  ),
  cue(
    'a personal plea',
    // "He deducts it from my salary", "c'est moi qui paie de ma poche", "em bị trừ hết lương".
    '\\b(?:deducts?|deducted|cut|take)\\s+(?:it\\s+)?from\\s+my\\s+salary\\b|\\bde\\s+ma\\s+poche\\b|\\b(?:trừ|tru)\\s+(?:(?:hết|het)\\s+)?(?:lương|luong)\\b' +
      // "Need money for factory salary this week, pls pay": the workers' pay as the reason to hurry.
      '|\\bneed\\s+(?:the\\s+)?(?:money|payment|funds|balance|deposit)\\s+(?:urgently\\s+)?(?:for|to\\s+pay)\\s+(?:the\\s+|our\\s+)?(?:factory\\s+|workers\\W?\\s+)?(?:salar(?:y|ies)|wages)\\b',
    { anchors: ['salar', 'wages', 'de ma poche', 'lương', 'luong'] },
  ),
];
