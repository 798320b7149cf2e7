import { cue, inMessageWith, inSentenceWith, mentionsOneOf, type Cue } from './cue';
import { PAY_WORDS } from './pressure-words';

/**
 * Ways to pay and apps to talk on, beyond PAY_WORDS' words for paying: with those, what the buyer is hurried into. Not
 * "otherwise" (Wise), nor "the wires" or "wire colour" (goods).
 */
const CHANNELS =
  '(?:\\bpaid(?<!\\balready\\s+paid)|\\bremit|\\bwire(?:d|\\s+transfer)?\\b(?!\\s+(?:harness|rope|mesh|gauge|colou?rs?|codes?|length|size|diameter))|\\bpesa\\b|chuy[ểe]n|付款|打款|转账|汇款|\\bmtcn|western\\s+union|gift\\s+cards?|zelle|paypal|\\bwise\\b|whats\\s?app|wechat|telegram|skype|kakao|viber|\\bline\\s+id|call\\s+me|' +
  'e-?mail\\s+me|add\\s+me|напишите|напиши|yaz[ıi]n|kirim|연락|카카오|加我|微信|واتس|كلمني|kalemni|karo)';

/**
 * A push to hurry, with paying or moving to an app in the same sentence: "Email the Western Union MTCN …
 * asap", "pls add wechat jackyli8899 urgent", "me chama no WhatsApp urgente", "Срочно напишите мне в Telegram", "acil WhatsApp'tan yazın",
 * "jaldi WhatsApp karo", "cepat WhatsApp saya", 급해요, "kalemni 3la whatsapp bsor3a". Not the buyer's own
 * hurry ("I will pay asap"), nor a way to pay called faster ("é mais rápido", "lebih cepat", "biar cepat"), nor a shipment
 * wanted soon (no paying, no app; "payment kar diya hai, dispatch jaldi kar dena"), nor "urgent is only the artwork". Arabic in Latin letters is written as the
 * detector reads it: "bsor3a" as "bsorea". Part of PRESSURE.
 */
export const URGENCY: readonly Cue[] = [
  cue(
    'a push to hurry',
    '(?:\\basap\\b(?<!\\b(?:i|we)\\s+(?:will\\s+|\\S+ll\\s+|can\\s+|shall\\s+)?(?:\\S+\\s+){1,4}asap)(?<!\\b(?:ship|deliver|dispatch)\\s+(?:it\\s+|them\\s+|the\\s+goods\\s+)?asap)|\\burgent\\b(?<!\\bnot\\s+urgent)(?<!\\bif\\s+(?:it\\W?s\\s+|it\\s+is\\s+|anything\\s+)?urgent)(?!\\s+(?:order|part|thing|matter|issue|question|point|item)s?\\b|\\s+is\\s+only\\b)' +
      '|\\br[áa]pido\\b(?<!\\bm[áa]i?s\\s+r[áa]pido)|\\burgente\\b|\\bvite\\b(?<![\\p{L}]vite)(?<!\\bplus\\s+vite)|\\bschnell\\b|срочно|терміново|\\bacil\\b|\\bbsor(?:ea|aa)\\b|بسرعة' +
      '|\\bjaldi\\b(?<!\\bkoi\\s+jaldi)(?<!\\b(?:dispatch|ship|deliver|delivery)\\s+jaldi)(?![^.,!?]{0,25}?\\b(?:nahi|nahin|nhi|mat)\\b|\\s+(?:ho\\s+jay\\w*|hoga)\\b)|\\bcepat\\b(?<!\\b(?:lebih|biar|supaya|agar|balas|membalas|kirim|dikirim)\\s+cepat)|급해요|급합니다|至急|\\bgấp\\b|\\bharaka\\b|尽快|盡快|赶快|趕快)' +
      inSentenceWith(`(?:${PAY_WORDS}|${CHANNELS})`, 100) +
      // "URGENT!! … use the new account, today pls": a heading that hurries the whole message.
      `|^\\W{0,3}urgent\\s*[!:]+${inMessageWith(`(?:${PAY_WORDS}|${CHANNELS}|\\b(?:new|old|previous|our)\\s+(?:bank\\s+)?account\\b)`, 200)}` +
      // "Use the new account immediately": the changed account, hurried.
      '|\\b(?:use\\s+the\\s+new|use\\s+our\\s+new|use\\s+this\\s+new)(?<!\\b(?:can|may|could)\\s+use\\s+\\S+\\s+new)\\s+(?:bank\\s+)?(?:account|details|beneficiary|bank)\\s+(?:immediately|right\\s+away|now)\\b' +
      // "Call me on +86 … right now, we need to confirm before the factory closes."
      '|\\b(?:call|message|text|whatsapp|wechat|add|contact)\\s+me\\b[^.!?\\n]{0,50}?\\bright\\s+now\\b' +
      // Hurry said twice, and nagging: "pls hurry hurry", "why no reply", "??? still waiting for ur payment", "I sent 10 messages".
      "|\\bquick\\s+quick\\b(?<!\\b(?:ship|send|deliver|pack|make)\\s+(?:am\\s+|it\\s+|them\\s+)?quick\\s+quick)|\\bhurry\\s+hurry\\b|\\bwhy\\s+(?:you\\s+|u\\s+)?(?:no|not|don'?t|never)\\s+(?:reply|answer|respond)\\w*\\b" +
      '|\\bstill\\s+waiting\\s+for\\s+(?:ur|your)\\s+(?:payment|deposit|transfer|balance)\\b|\\bi\\s+sent\\s+(?:you\\s+)?\\d+\\s+messages\\b|\\blast\\s+time\\s+i\\s+remind\\b' +
      // Waiting for the payment, said again: "waiting ur payment since morning", "I'm waiting online", 我一直在线等, "sigo esperando en
      // línea", "j'attends toujours votre virement", "я чекаю онлайн", "أنا أنتظرك من الصبح", "saya tunggu dari pagi", "kanina pa po ako
      // naghihintay", "czekam od rana", "nasubiri tangu asubuhi", "بقالي ٣ أيام مستني".
      "|\\bwaiting\\s+(?:for\\s+)?(?:ur|your)\\s+payment\\s+since\\b|\\bi'?m\\s+waiting\\s+online\\b|一直在线等|\\bsigo\\s+esperando\\b|\\bj'attends\\s+toujours\\s+votre\\s+(?:virement|paiement)" +
      '|чекаю\\s+онла[йи]н|жду\\s+онла[йи]н|أنتظرك\\s+من\\s+الصبح|\\btunggu\\s+dari\\s+pagi\\b|\\bkanina\\s+pa\\s+po\\s+ako\\s+naghihintay|\\bczekam\\s+od\\s+rana\\b|\\bnasubiri\\s+tangu\\b|بقالي\\s+\\S+\\s+(?:أيام|ايام)\\s+مستني',
    {
      anchors: [
        'asap',
        'urgent',
        'right now',
        'use the new',
        'use our new',
        'use this new',
        'quick quick',
        'hurry hurry',
        'why',
        'still waiting for',
        'i sent',
        'remind',
        'payment since',
        'waiting online',
        '一直在线等',
        'sigo esperando',
        "j'attends",
        'онла',
        'أنتظرك',
        'tunggu dari',
        'naghihintay',
        'czekam',
        'nasubiri',
        'مستني',
        'rápido',
        'rapido',
        'vite',
        'schnell',
        'срочно',
        'терміново',
        'acil',
        'bsor',
        'بسرعة',
        'jaldi',
        'cepat',
        '급해요',
        '급합니다',
        '至急',
        'gấp',
        'haraka',
        '尽快',
        '盡快',
        '赶快',
        '趕快',
      ],
    },
  ),
  cue(
    'a push to hurry',
    // "Pls pay today …, truck is waiting", "… truck is at factory gate waiting for u", "please wait and pay fast": the
    // buyer hurried with someone said to stand by (not "we pay fast", the writer's own).
    '\\b(?:truck|driver|lorry|container)\\s+(?:is\\s+|are\\s+)?(?:already\\s+)?(?:\\S+\\s+){0,4}?waiting\\b' +
      "|\\b(?:pay\\s+fast|pay\\s+quick|pay\\s+it\\s+fast|pay\\s+it\\s+quick)(?:ly)?\\b(?<!\\b(?:i|we|i'll|we'll)\\s+(?:will\\s+|can\\s+|could\\s+)?pay\\s+(?:it\\s+)?\\w+)",
    {
      anchors: ['waiting', 'pay fast', 'pay quick', 'pay it fast', 'pay it quick'],
      near: [inMessageWith(PAY_WORDS, 140)],
    },
  ),
  cue(
    'a claim that the account is about to be closed',
    // "Alibaba will close my acc in 2 hour", "our account will be closed tomorrow, email me", 阿里账号马上要被封了: a reason to leave the chat now;
    // "if you cancel this order now Alibaba will close your buyer account".
    '\\b(?:alibaba|they|platform)\\s+(?:will|is\\s+going\\s+to|gonna)\\s+(?:close|block|suspend|freeze)\\s+(?:my|our|your)\\s+(?:alibaba\\s+|buyer\\s+)?(?:acc(?:oun)?t?|store|shop)\\b' +
      '|\\b(?:my|our|this)\\s+(?:alibaba\\s+)?(?:acc(?:oun)?t?|store|shop)\\s+(?:will\\s+be|is\\s+going\\s+to\\s+be|gets?|is\\s+being)\\s+(?:closed|blocked|banned|suspended|frozen)\\s+(?:soon|tomorrow|today|tonight|in\\s+\\d+|within)' +
      '|(?:阿里|账号|帐号|店铺)[^，。！？]{0,6}(?:马上|快|即将)要?(?:被封|被关)',
    { anchors: ['close', 'block', 'suspend', 'freeze', 'banned', 'frozen', '被封', '被关'] },
  ),
  cue(
    'scarcity',
    // "Only 5kg left. Pay … now …, before other customer take it": paying to beat another buyer.
    '\\bbefore\\s+(?:an)?(?:other\\s+customer|other\\s+buyer|other\\s+client)s?\\s+(?:takes?|buys?|gets?|grabs?|pays?|books?)\\b',
    { anchors: ['other customer', 'other buyer', 'other client'], near: [inMessageWith(PAY_WORDS, 150)] },
  ),
  cue(
    "a threat to close the buyer's account",
    // A fake notice's clock: "Your Alibaba account will be frozen today", "su cuenta será bloqueada en 24 horas", "Tài khoản của bạn sẽ
    // bị khóa sau 24h", "… will be limited. Call the hotline within 1 hour".
    `(?:\\b(?:your\\s+alibaba|your\\s+buyer|your\\s+acc|your\\s+store|your\\s+membership)[^.!?]{0,20}?\\s+(?:will\\s+be|is\\s+going\\s+to\\s+be|has\\s+been)\\s+(?:permanently\\s+|temporarily\\s+)?(?:closed|blocked|banned|suspended|frozen|limited|restricted|locked|deactivated|terminated)\\b` +
      '|\\b(?:su\\s+cuenta|sua\\s+conta)\\s+(?:ser[áa]|va\\s+a\\s+ser|vai\\s+ser)\\s+(?:bloquead[ao]|suspendid[ao]|suspens[ao]|cerrad[ao]|encerrad[ao]|cancelad[ao]|limitad[ao]|congelad[ao])' +
      '|\\b(?:tài\\s+khoản|tai\\s+khoan)\\s+(?:c[ủu]a\\s+)?(?:b[ạa]n|qu[ýy]\\s+kh[áa]ch)\\s+(?:s[ẽe]\\s+)?b[ịi]\\s+(?:kh[óo]a|đ[óo]ng|kh[óo]a\\s+v[ĩi]nh\\s+vi[ễe]n))' +
      inMessageWith(
        '\\b(?:today|tonight|tomorrow|within|immediately|hoy|hoje|ma[ñn]ana|amanh[ãa])\\b|\\b(?:in|en|em|sau)\\s+\\d+\\s*(?:hours?|hrs?|h|horas|minutes?|minutos|gi[ờo])\\b|\\b\\d+\\s*(?:hours?|hrs?|h)\\b|\\bh[ôo]m\\s+nay\\b',
        120,
      ),
    {
      anchors: [
        'your alibaba',
        'your buyer',
        'your acc',
        'your store',
        'your membership',
        'su cuenta',
        'sua conta',
        'tài khoản',
        'tai khoan',
      ],
    },
  ),
];

/** "Need the payment very urgently", "hurry up, send the deposit", "urgent transfer", 急需付款. Part of PRESSURE, before URGENCY. */
export const URGENT_PAYMENT = cue(
  'an urgent payment',
  "\\b(?:need|needs|require|requires)\\s+(?:the\\s+|your\\s+)?(?:payment|money|deposit|balance|transfer)\\s+(?:very\\s+)?urgently\\b|\\bhurry(?<!\\b(?:need\\s+to|don'?t|not|no|a|any)\\s+hurry)(?:\\s+up)?\\b(?=[^.!?]{0,80}?\\b(?:pay|(?:send|with|until)\\s+(?:the\\s+|your\\s+)?(?:payment|money|deposit|balance)))|\\bhurry(?:\\s+(?:up|sir|dear|friend|pls|please|madam)){0,2}\\s*!(?=[^]{0,100}?\\b(?:pay|send\\s+(?:the\\s+|your\\s+)?(?:payment|money|deposit|balance|\\d+\\s?%)))|\\burgent\\s+(?:payment|transfer)\\b|\\btreat\\s+(?:this\\s+|it\\s+)?as\\s+(?:very\\s+|most\\s+)?urgent\\b" +
    mentionsOneOf('pay|paid|payment|remit|remitted|transfer|deposit|balance|bank\\s+slip') +
    '|\\b(?:pay|transfer|send\\s+(?:the\\s+)?(?:payment|money)|make\\s+(?:the\\s+)?payment)\\s+urgently\\b|\\burgently\\s+(?:pay|(?:send|transfer|remit|wire)\\s+(?:the\\s+|your\\s+)?(?:balance|payment|money|deposit|funds))\\b|急需(?:付款|货款|打款)',
  { anchors: ['urgent', 'hurry', '急需'] },
);
