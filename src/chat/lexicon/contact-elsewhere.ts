import { APP, APP_ANCHORS } from './apps';
import { ID_FOR_AN_APP_NAMED_BEFORE, IDS_GIVEN_ALONE } from './contact-ids-given';
import { cue, type Cue } from './cue';

/**
 * Moves to a messaging app said in the words buyers meet beyond "add me on":
 * "I use Botim, same number", "Lark is always on my phone, search Iris Tan",
 * "on se parle sur Signal ?", "videochiamata su WhatsApp", "найдите меня во
 * ВКонтакте", "cari saya di TikTok", "tìm em trên Zalo", 钉钉搜我手机号. Part of APP_MOVES.
 */
export const MORE_APP_MOVES: readonly Cue[] = [
  ID_FOR_AN_APP_NAMED_BEFORE,
  cue(
    'a request to talk on a messaging app',
    // The app first: "Lark is always on my phone, search Iris Tan", 钉钉搜我手机号, "截图WhatsApp给我".
    `${APP}(?:\\s*搜(?:我|一下)|\\s*(?:給|给)我|\\s*,\\s*scan\\b|\\s+(?:display\\s+|user\\s?)?name\\s+is\\b|\\s+(?:به\\s+من\\s+)?پیام\\s+(?:بدید|بده|بدهید)|\\s+(?:पर|پر)\\s+(?:बात|بات|मैसेज|میسج)|\\s+(?:number\\s+)?is\\s+the\\s+same\\s+as\\s+(?:the\\s+one\\s+)?(?:on|in|printed)\\b|[^.!?\\n]{0,40}?\\bsearch\\s+(?:for\\s+)?(?:me\\b|my\\b|[a-z]+\\s+[a-z]+))`,
    { anchors: APP_ANCHORS },
  ),
  cue(
    'a request to talk on a messaging app',
    // The words first, each branch found by its own: most messages that name an app hold none of them. The branches
    // that end with the app share it, as in APP_MOVES.
    `(?:\\b(?:on\\s+se\\s+parle|on\\s+continue|[ée]crivez[- ]moi|appelez[- ]moi)\\s+(?:plut[ôo]t\\s+)?(?:sur|par|via|en)\\s+` +
      `|\\b(?:laten\\s+we\\s+)?(?:verder\\s+)?(?:praten|chatten)\\s+(?:via|op)\\s+|\\bnapisz\\s+(?:do\\s+mnie\\s+)?(?:na|przez)\\s+|\\bcontinu[ăa]m\\s+pe\\s+|дава[йи]те\\s+(?:в|на)\\s+|\\b(?:jom\\s+)?sambung\\s+(?:dalam|di|kat)\\s+|\\btuongee\\s+|\\bqu[ée]t\\s+m[ãa]\\s+(?:qr\\s+)?|\\bchat\\s+me\\s+na\\s+lang\\s+(?:on|sa)\\s+|\\b(?:m[áa]ndame|me\\s+mandas)\\s+(?:el\\s+|la\\s+)?\\S+\\s+al\\s+|\\bscan\\s+(?:the\\s+|my\\s+|our\\s+)?(?=\\S+\\s+(?:qr\\s+)?code\\b)|\\bvideochiamata\\s+su\\s+|\\b(?:scrivimi|scrivetemi)\\s+su\\s+|\\b(?:napisać|napisac)\\s+(?:na|przez)\\s+` +
      `|(?:найдите|наидите)\\s+меня\\s+(?:во?|на)\\s+|(?:пишіть|пишить)\\s+мен[іи]\\s+(?:у|в)\\s+|пишите\\s+(?:мне\\s+)?(?:в|на)\\s+` +
      `|\\b(?:ngobrol|lanjut)\\s+(?:ngobrol\\s+)?(?:di|ke|lewat|via)\\s+(?:grup\\s+|group\\s+)?|\\bwy[śs]l[ęe]\\s+(?:\\S+\\s+)?na\\s+|\\bcari\\s+(?:saya|aku|kami)\\s+di\\s+` +
      `|\\b(?:tìm|tim)\\s+(?:em|anh|ch[ịi]|t[ôo]i|m[ìi]nh)\\s+(?:trên|tren)\\s+|(?:คุย|ส่ง[^\\s]{0,12})ทาง\\s?` +
      // "Me avisa por WhatsApp al mismo número".
      `|\\b(?:avisa|escr[íi]beme|m[áa]ndame)\\s+por\\s+)${APP}` +
      // "I use Botim, same number as on my card", "per Teams-Call klären", "la preuve par WhatsApp au 00 86 …".
      `|\\buse\\s+${APP}\\s*,\\s*(?:my\\s+id\\b|(?:the\\s+)?same\\s+number\\b)|\\bper\\s+${APP}[\\s-]?(?:call|anruf|chat|klären|klaren|schreiben|sprechen)|\\bpar\\s+${APP}\\s+au\\s+(?:\\+|\\d)|\\bsa\\s+${APP}\\s+na\\s+lang\\b`,
    {
      anchors: [
        'my id',
        'same number',
        'on se parle',
        'on continue',
        'crivez',
        'appelez',
        'call',
        'anruf',
        'chat',
        'klären',
        'klaren',
        'schreiben',
        'sprechen',
        'praten',
        'chatten',
        'napisz',
        'wyślę',
        'wysle',
        'continuăm',
        'continuam',
        'давайте',
        'даваите',
        'sambung',
        'tuongee',
        'quét',
        'quet',
        'na lang',
        'mándame',
        'mandame',
        'mandas',
        'scan',
        'na lang',
        'videochiamata',
        'scrivimi',
        'scrivetemi',
        'napisać',
        'napisac',
        'найдите',
        'наидите',
        'пишіть',
        'пишить',
        'пишите',
        'ngobrol',
        'lanjut',
        'cari',
        'trên',
        'tren',
        'ทาง',
        'avisa',
        'escr',
        'mándame',
        'mandame',
        'par ',
      ],
    },
  ),
];

/** The same beyond apps: a personal number sent as a picture, a missed call asked for, a private mailbox asked for. Part of OTHER_MOVES. */
export const MORE_OTHER_MOVES: readonly Cue[] = [
  ...IDS_GIVEN_ALONE,
  cue(
    'a request to move to e-mail or a call',
    '\\b(?:personal|private|my)\\s+(?:phone\\s+|mobile\\s+)?number\\s+is\\s+in\\s+the\\s+(?:image|photo|picture|attachment|file)\\b' +
      '|\\b(?:give|drop)\\s+me\\s+a\\s+missed\\s+call\\b|\\bmissed\\s+call\\s+(?:dijiye|de\\s+do|kar\\s+do)\\b' +
      // "Send me your Gmail", "can I send to your personal gmail?", "pls share him your personal phone and whatsapp".
      '|\\bcu[áa]l\\s+es\\s+tu\\s+(?:e-?mail|correo|whats\\s?app)\\b|\\bshare\\s+(?:him\\s+your|her\\s+your|them\\s+your|me\\s+your)\\s+(?:personal\\s+|private\\s+)?(?:phone|number|whats\\s?app|wechat|e-?mail)\\b' +
      '|(?:\\bsend\\s+me\\s+your|\\bsend\\s+to\\s+your|\\bsend\\s+it\\s+to\\s+your)\\s+(?:gmail|hotmail|yahoo|(?:personal|private)\\s+(?:e-?mail|gmail|mail))\\b|\\b(?:tell|give)\\s+me\\s+your\\s+(?:personal|private)\\s+(?:e-?mail|gmail|mail)\\b|\\b(?:ihre|deine)\\s+private\\s+(?:handy|telefon)?nummer\\b',
    {
      anchors: [
        'number is in',
        'missed call',
        'send me your',
        'send to your',
        'send it to your',
        'me your',
        'private',
        'him your',
        'her your',
        'them your',
        'es tu',
      ],
    },
  ),
  cue(
    'a request to move to e-mail or a call',
    // Russian "там пишите менеджеру напрямую" (write to the manager directly there).
    'пишите\\s+(?:мне|нам|менеджеру)\\s+напрямую|напишите\\s+(?:мне|нам|менеджеру)\\s+напрямую',
    { anchors: ['напрямую'] },
  ),
  cue(
    'a messaging app ID or number',
    // Apps by their short or spoken names: "my IG is @coco.hairfactory", "hablamos por wsp", "vatsaptan yazar mısın",
    // "WA pe msg karo".
    '\\b(?:my|our)\\s+ig\\s*(?:is\\s*|:\\s*|id\\s*|handle\\s*|account\\s*)?@[a-z0-9._]{3,}|\\b(?:por|al|mi|tu|su|un|manda)\\s+wsp\\b|\\bwsp\\s*[:：]' +
      // Thai "เพิ่มไลน์ไอดี" (add my LINE ID), "คุยต่อทางไลน์" (talk on in LINE), "แอดวีแชท" (add on WeChat), Bengali "হোয়াটসঅ্যাপে" (on WhatsApp), Dutch "stuur me een appje op 06…".
      // Also "เบอร์ไลน์ 081-… แอดมาคุย" (LINE number …, add me and chat).
      '|เพิ่มไลน์|แอดไลน์|ไลน์ไอดี|เบอร์ไลน์|แอดมาคุย|ทางไลน์|คุยต่อ(?:ใน|ที่)?ไลน์|แอดวีแชท|হোয়াটসঅ্যাপে|ইমোতে|\\bappje\\s+op\\b' +
      '|\\b(?:vatsap|vatsab)\\w*\\s+(?:\\S+\\s+)?(?:yaz|ula[şs]|mesaj|ekle|konu[şs])|\\bwa\\s+pe\\s+(?:msg|message|baat|call|contact)\\b|\\bwa\\s+par\\s+(?:msg|message|baat|call|contact)\\b' +
      // Indonesian "nanti diskusi lanjut di grup WA ya": a WhatsApp group to join.
      '|\\b(?:lanjut|ngobrol)\\s+(?:di|ke)\\s+(?:grup\\s+wa|group\\s+wa)\\b' +
      // Brazilian "me manda o comprovante no whats", "mande o comprovativo pelo WhatsApp"; Mexican "pásame tu whats".
      '|\\b(?:manda|mande|envia|envie|chama)\\s+(?:\\S+\\s+){0,3}?(?:no\\s+whats|pelo\\s+whats)(?:\\s?app)?\\b' +
      '|\\b(?:p[áa]same|dame|m[áa]ndame)\\s+(?:tu\\s+whats|su\\s+whats)\\b',
    {
      anchors: [
        ' ig',
        'wsp',
        'แอดวีแชท',
        'vatsap',
        'vatsab',
        'wa pe ',
        'wa par ',
        'grup wa',
        'group wa',
        'no whats',
        'pelo whats',
        'tu whats',
        'su whats',
        'ไลน์',
        'แอดมาคุย',
        'হোয়াটসঅ্যাপে',
        'ইমোতে',
        'appje',
      ],
    },
  ),
  cue(
    'a request to move to e-mail or a call',
    // "Can you give me a direct number? I'd rather negotiate by phone than in this chat." Each family of words below is a
    // cue of its own, looked for by its own rarer words: "mail", "phone" and "there" are in too many messages.
    '\\b(?:negotiate|talk|discuss|speak)\\s+(?:\\S+\\s+)?(?:by|on|over)\\s+(?:the\\s+)?phone\\b|\\b(?:give|send)\\s+(?:me|us)\\s+a\\s+direct\\s+(?:number|line)\\b',
    { anchors: ['phone', 'a direct '] },
  ),
  cue(
    'a request to move to e-mail or a call',
    // "Sir call karo 98201…"; "reply to my 163 email", "I sent the PI from my personal mail"; "reply there not here".
    '\\bcall\\s+(?:karo|kijiye|karein)\\b|\\b(?:my|our)\\s+(?:163|126|qq|sina)\\s+(?:e-?mail|mail|mailbox)\\b|\\bmy\\s+personal\\s+(?:mail|mailbox)\\b' +
      '|\\b(?:reply|talk|chat|answer|write)\\s+(?:to\\s+me\\s+)?there\\s*,?\\s*not\\s+here\\b|\\beasier\\s+to\\s+(?:talk|chat|reply)\\s+there\\b' +
      // "… a WhatsApp group for our buyers, send me ur number i add you".
      '|\\b(?:send\\s+me\\s+your|send\\s+me\\s+ur)\\s+(?:whatsapp\\s+|phone\\s+|mobile\\s+)?(?:number|no|num)\\.?\\s*(?:and\\s+|,\\s*)?i\\s+(?:will\\s+|\\S+ll\\s+)?add\\s+(?:you|u)\\b',
    {
      anchors: [
        'karo',
        'kijiye',
        'karein',
        '163',
        '126',
        'qq',
        'sina',
        'my personal ',
        'not here',
        'easier to ',
        'send me your',
        'send me ur',
      ],
    },
  ),
];
