import { cue, type Cue } from './cue';

/** Messaging apps, as people write them (matched on the letters view). */
const APP =
  "(?:what'?s\\s?-?app|whats?\\s?app|wh?ats?\\s?ap+|whtsp|w/a|w[eéè]\\s?chat|wei\\s?xin|\\bv\\s?x\\b|v信|微信|威信|薇信|维信|\\bqq\\b|扣扣|tele\\s?gram|telegrm|telgram|telegr\\s?am|\\btg\\b|телеграм|واتس\\s?اب|واتساب|skype|\\bsignal\\b|\\bline\\b|viber|kakao\\s?(?:talk)?|zalo|\\bimo\\b|face\\s?time|\\bzoom\\b|google\\s+meet|microsoft\\s+teams|linked\\s?in|\\binsta(?:gram)?\\b|face\\s?book|\\bi\\s?message|discord|snap\\s?chat|ding\\s?talk|钉钉|위챗|왓츠앱|카카오톡|카톡|텔레그램)";
/** Every way of writing an app above holds one of these: a message with none of them names no app. */
const APP_ANCHORS = [
  // whatsapp, whats app, whats-app, whatapp, watsap, wat ap
  'tap',
  't ap',
  'sap',
  's ap',
  's-ap',
  's -ap',
  'whtsp',
  'w/a',
  'echat',
  'e chat',
  'échat',
  'é chat',
  'èchat',
  'è chat',
  'weixin',
  'wei xin',
  'vx',
  'v x',
  '信',
  'qq',
  '扣扣',
  'telegram',
  'tele gram',
  // as typed in a hurry: telegrm, telgram, telegr am
  'telegrm',
  'telgram',
  'telegr am',
  'tg',
  'телеграм',
  'واتس',
  'skype',
  'signal',
  'line',
  'viber',
  'kakao',
  'zalo',
  'imo',
  'facetime',
  'face time',
  'zoom',
  'google meet',
  'microsoft teams',
  'linked',
  'insta',
  'facebook',
  'face book',
  'imessage',
  'i message',
  'discord',
  'snapchat',
  'snap chat',
  'dingtalk',
  'ding talk',
  '钉钉',
  '위챗',
  '왓츠앱',
  '카카오톡',
  '카톡',
  '텔레그램',
];
const HANDLE = '(?:@[\\p{L}\\p{N}._-]{3,}|[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{2,})';
/** A handle given without a colon must look like one: a word with a digit or an underscore in it, not "group" or "24h". */
const HANDLE_WITH_DIGIT =
  '(?=[\\p{L}\\p{N}._-]*[\\p{L}])(?=[\\p{L}\\p{N}._-]*[\\d_])[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{3,}(?![\\p{L}\\p{N}])';
/** A plus may be written as the full-width ＋ or the ➕ emoji. */
const NUMBER = '[+＋➕]?\\s?\\d[\\d\\s-]{6,}\\d';
/** "Our WhatsApp is not allowed", "my Skype is busy": what follows "is" there says something of the app, it gives no ID. */
const NOT_AN_ID =
  '(?!\\s+(?:not|never|no|also|only|just|the|a|an|very|too|so|more|less|always|usually|often|available|unavailable|busy|down|off|blocked|banned|restricted|closed|allowed|forbidden|prohibited|working|used|better|best|faster|easier|same|ok|okay|fine|free|popular|common|for|in|on|there|here)\\b)';
const MOVE_VERB =
  '(?:add|contact|message|text|call|find|reach|talk|chat|write|ping|dm|msg|reply|answer|confirm|speak|connect)';

/** "Add me" / "write to me" in Spanish, Portuguese, French, Italian, German, Russian, Indonesian and Malay, Vietnamese and Arabic. */
const ADD_ME_ELSEWHERE =
  '(?:agr[ée]g(?:a|ue)(?:me|nos)|a[ñn][áa]d(?:a|e)(?:me|nos)|cont[áa]ct(?:a|e)(?:me|nos)|escr[íi]b(?:a|e)(?:me|nos)|h[áa]blame|me\\s+adicion[ae]|adicione-me|me\\s+chama|fale\\s+comigo|(?:me\\s+)?mand[ae]\\s+(?:uma\\s+)?mensagem|m[áa]ndame\\s+(?:un\\s+)?mensaje' +
  '|ajoutez-moi|ajoute-moi|contactez-moi|contacte-moi|contactez-nous|(?:me|nous)\\s+contacter|[ée]crivez-moi|[ée]cris-moi|aggiungimi|contattami|scrivimi' +
  '|f[üu]gen?\\s+(?:sie\\s+)?mich|kontaktieren?\\s+(?:sie\\s+)?mich|schreib(?:en?)?\\s+(?:sie\\s+)?mir|добавь(?:те)?\\s+меня|напиши(?:те)?\\s+мне' +
  '|hubungi\\s+(?:saya|kami|aku)|kirim\\s+pesan|nh[ắa]n\\s+tin|li[êe]n\\s+h[ệe]|k[ếe]t\\s+b[ạa]n|تواصل\\s+مع(?:ي|نا)|راسلني|كلمني)';

/**
 * Moving the conversation off the platform: an app with an ID or number,
 * "add me on WeChat", "let's move to email". An app named as a product
 * feature ("shows WhatsApp alerts") is none of these.
 */
export const APP_MOVES: readonly Cue[] = [
  cue(
    'a messaging app ID or number',
    // The app once, then what follows it: the long list of apps is tried once at each place, not four times.
    `${APP}(?:\\s*(?:(?:id|number|no\\.?|account|user\\s?name|handle|号|是|me|us|for\\s+me)\\s*)?(?:[:：=]|(?:\\bis\\b${NOT_AN_ID}|\\bes\\b|\\bé\\b|是)\\s*[:：]?)\\s*(?:${HANDLE}|${NUMBER})` +
      `|\\s*(?:id\\s*)?@[\\p{L}\\p{N}._-]{3,}|\\s*(?:(?:number|no\\.?)\\s*)?(?:me\\s+)?(?:at\\s+|on\\s+)?${NUMBER}` +
      // Skype's own IDs begin "live:"; "my wechat sunny88" gives an ID with no colon, known by its digit or underscore.
      `|\\s*(?:id\\s*)?[:：]?\\s*live:[\\p{L}\\p{N}._-]{3,}|(?<=\\b(?:my|our)\\s+[^\\s,.;:!?]+(?:\\s[^\\s,.;:!?]+)?)(?<!\\b(?:line|signal|zoom|imo))\\s+(?:id\\s+)?${HANDLE_WITH_DIGIT}` +
      // "WeChat ID amy1357", "pls add wechat amy1357": an ID named as one, or asked to be added. Not after a word that is also a thing ("our production line SMT01", "add line A12 to the PI").
      `|\\s*(?:id|号)\\s*${HANDLE_WITH_DIGIT}|(?<=\\badd\\b[^.!?\\n]{0,20})(?<!\\b(?:line|signal|zoom|imo))\\s+${HANDLE_WITH_DIGIT}` +
      `|[^.!?\\n]{0,40}?[:：]\\s*${NUMBER})`,
    { anchors: APP_ANCHORS },
  ),
  cue(
    'a request to talk on a messaging app',
    `\\b${MOVE_VERB}\\s+(?:me|us|you|him|her|with\\s+me|with\\s+us|with\\s+you)?\\s*(?:on|via|in|at|by|through|over|with)\\s+(?:my\\s+|our\\s+)?${APP}` +
      // "Please send the payment screenshot to my WhatsApp"; not "I will send the photos to our WhatsApp group".
      `|\\b(?:please|pls|kindly|you\\s+can|can\\s+you|could\\s+you)\\s+(?:send|forward|share)\\s+(?:\\S+\\s+){0,4}?to\\s+(?:my|our)\\s+${APP}` +
      // "add me wechat": Chinglish drops the "on"; "add me WeChat Pay" is a way to pay, "contact us line 2" a phone line.
      `|\\b(?:add|contact|message|text|ping|dm|msg)\\s+(?:me|us)\\s+(?:my\\s+|our\\s+)?(?!line\\b|signal\\b|zoom\\b|imo\\b)${APP}(?!\\s*pay)|\\b(?:add|scan)\\s+(?:my|our)\\s+${APP}|\\bfriend\\s+requests?\\s+(?:on|in|via|at)\\s+${APP}|\\blet'?s\\s+(?:talk|chat|continue|move)\\s+(?:on|to|in)\\s+${APP}` +
      `|${APP}\\s+me\\b|\\b(?:do\\s+you\\s+have|have\\s+you\\s+got|what\\s+is\\s+your|what'?s\\s+your|(?:send|give|drop|share|leave|tell)\\s+(?:me\\s+|us\\s+)?your|(?:can|could|may)\\s+(?:i|we)\\s+(?:have|get)\\s+your)\\s+(?:a\\s+)?${APP}` +
      `|加(?:一下|下)?(?:我|个)?(?:的)?\\s*${APP}|${APP}\\s*上?\\s*(?:联系|聊|加我|找我)|${APP}[^。!?\\n]{0,12}加(?:一下|我)` +
      // "Add me on" in other languages, with up to two words before the app ("en mi", "sur", على); Arabic may join its article to the app (الواتساب).
      `|${ADD_ME_ELSEWHERE}\\s+(?:\\S+\\s+){0,2}?(?:ال)?${APP}` +
      // "Give me your WhatsApp" in Portuguese and Spanish: "me passa seu WhatsApp", "pásame tu WeChat".
      `|\\b(?:me\\s+pass[ae]|passa-me|me\\s+mand[ae]|me\\s+d[áa]|d[áa]me|p[áa]same|me\\s+pasas?)\\s+(?:o\\s+|a\\s+)?(?:seu|sua|teu|tua|tu|su)\\s+${APP}` +
      // Hinglish: "WhatsApp pe baat karte hain", "WhatsApp karo".
      `|${APP}\\s+(?:pe|par)\\s+(?:baat|message|msg|contact|call|add|bhej)|${APP}\\s+(?:karo|kijiye|kar\\s+do)\\b` +
      // Turkish: "WhatsApp üzerinden yazın", "WhatsApp'tan ulaşın".
      `|${APP}(?:'?(?:tan|ten|dan|den))?\\s+(?:[üu]zerinden\\s+)?(?:yaz|ula[şs]|ileti[şs]im|mesaj\\s+at|konu[şs])` +
      // Japanese: "LINEで連絡ください", "WeChatのIDを教えて".
      `|${APP}\\s*(?:で|に)\\s*(?:連絡|話|やり取り|メッセージ|送|追加)|${APP}\\s*(?:の\\s*)?(?:id\\s*)?を\\s*教え` +
      // Korean: "위챗으로 연락주세요".
      `|${APP}\\s*(?:으로|로|에서)\\s*(?:연락|대화|메시지|추가|얘기|이야기)`,
    { anchors: APP_ANCHORS },
  ),
];

/** Moves that name no app: e-mail, a call, a QR code; and WhatsApp as "WA", which alone could be anything. */
export const OTHER_MOVES: readonly Cue[] = [
  cue(
    'a request to move to e-mail or a call',
    // "Pásame tu número", "me passa seu telefone", "envoyez-moi votre numéro", "geben Sie mir Ihre Telefonnummer", "дайте ваш номер";
    // not an order or tracking number.
    '\\b(?:mandame|mándame|pasame|pásame|dame|enviame|envíame|me\\s+pass[ae]|me\\s+mand[ae]|me\\s+da|me\\s+dá|envoyez-moi|donnez-moi|envoie-moi|donne-moi|geben\\s+sie\\s+mir|schicken\\s+sie\\s+mir|gib\\s+mir|schick\\s+mir)' +
      '\\s+(?:tu|su|seu|sua|o\\s+seu|a\\s+sua|votre|ton|ta|ihre|deine)\\s+(?:n[úu]mero|tel[ée]fono|telefone|celular|m[óo]vil|correo|e-?mail|num[ée]ro|adresse\\s+e-?mail|portable|telefonnummer|handynummer|nummer)\\b(?!\\s+(?:de|da|do)\\s+(?:commande|pedido|orden|ordem|rastreo|rastreamento|seguimiento|suivi|factura|facture|fatura|compte|cuenta|conta))' +
      '|(?:дайте|даите|дай|даи|скиньте|скинь|пришлите|оставьте)\\s+(?:ваш|сво[йи]|тво[йи])\\s+(?:номер(?!\\s+(?:заказа|сч[её]та|отслеживания))|телефон|почту|email|e-mail)',
    {
      // The asking words: the objects ("número", "mail", "tel") are in too many messages.
      anchors: [
        'dame',
        'pasame',
        'pásame',
        'enviame',
        'envíame',
        'me pass',
        'me mand',
        'me da',
        'me dá',
        'envoyez-moi',
        'donnez-moi',
        'envoie-moi',
        'donne-moi',
        'sie mir',
        'gib mir',
        'schick mir',
        'дай',
        'даи',
        'скин',
        'пришлите',
        'оставьте',
      ],
    },
  ),
  cue(
    'a request to talk on a messaging app',
    `\\b${MOVE_VERB}\\s+(?:me|us)\\s+(?:on|via|by|at)\\s+wa\\b|\\b(?:my|our)\\s+wa\\s*(?:number|no\\.?)?\\s*[:：]\\s*${NUMBER}` +
      // Indonesian and Malay put "my" after: "WA saya 0812…".
      `|\\bwa\\s+(?:saya|kami|aku)\\s*[:：]?\\s*${NUMBER}` +
      // Brazilian Portuguese calls WhatsApp "zap": "me chama no zap".
      '|\\b(?:chama|chame|manda|mande|fala|fale|adiciona|adicione|add)\\s+(?:\\S+\\s+)?no\\s+zap(?:\\s?zap)?\\b' +
      // LINE in katakana, which is also a production line: only with "contact me on" or an ID.
      '|ライン\\s*(?:で|に)\\s*(?:連絡|追加|メッセージ|話)|ライン\\s*(?:の\\s*)?id',
    { anchors: ['wa', 'zap', 'ライン'] },
  ),
  cue(
    'a request to move to e-mail or a call',
    '\\b(?:move|switch|continue|go|talk|reply|write|answer)\\s+(?:me\\s+|us\\s+)?(?:(?:the|this|our)\\s+\\w+\\s+)?(?:to|on|by|via)\\s+(?:my\\s+|our\\s+)?(?:e-?mail|mail|phone)\\b|\\b(?:e-?mail|call|phone)\\s+me\\b' +
      '|\\b(?:write|mail|message|email)\\s+(?:to\\s+(?:me\\s+(?:at|on)\\s+)?|me\\s+(?:at|on)\\s+)(?:my|our)\\s+(?:gmail|hotmail|outlook|yahoo|icloud|163|qq)(?:\\s+mail)?\\b' +
      // "Reply to my gmail", "send the drawings to my personal email", "send your email address".
      '|\\b(?:to|via|at)\\s+my\\s+(?:gmail|hotmail|outlook|yahoo|icloud|(?:personal|private)\\s+e-?mail)\\b' +
      "|\\b(?:leave|give|send|share|drop|what\\s+is|what'?s)\\s+(?:me\\s+|us\\s+)?your\\s+e-?mail(?:\\s+address)?\\b" +
      "|\\b(?:leave|give|send|share|drop|what\\s+is|what'?s)\\s+(?:me\\s+|us\\s+)?your\\s+(?:phone|mobile|cell(?:phone)?|telephone)(?:\\s+number)?\\b" +
      // "Drop your number and I will call you"; not "your number one concern".
      "|\\b(?:leave|give|send|share|drop|what\\s+is|what'?s)\\s+(?:me\\s+|us\\s+)?your\\s+number\\b(?=\\s*(?:[.,!?;:)]|$|(?:and|so|please|pls|i|we|then|to)\\b))|\\bcall\\s+you\\s+(?:on|at)\\s+your\\s+(?:mobile|phone|cell)" +
      // Hinglish: "phone pe baat karo", "mujhe call karo".
      '|\\bphone\\s+(?:pe|par)\\s+(?:baat|call)|\\b(?:mujhe|humein|hume|hamein)\\s+(?:call|phone)\\s+(?:karo|kijiye|karein|kar\\s+do)\\b' +
      // A QR code to add the supplier (one to pay is a payment cue; one in the Alibaba app is neither).
      '|\\bscan\\s+(?:my|our)\\s+(?:wechat\\s+|whatsapp\\s+)?qr\\s*code\\b(?!\\s+(?:to|and)\\s+pay)|\\bscan\\s+the\\s+qr\\s*code\\s+(?:to|and)\\s+(?:add|contact|chat|follow)\\b|留个?(?:电话|手机|号码|联系方式|邮箱)|(?:邮箱|电邮)(?:地址)?发(?:给)?我|语音沟通|电话沟通|打(?:我)?电话|(?:手机|电话)号码?(?:是)?多少|(?:你的|您的)(?:手机|电话)(?:是)?多少',
    {
      anchors: [
        'mail',
        'phone',
        'mobile',
        'cell',
        'call',
        'your number',
        'qr',
        'outlook',
        'yahoo',
        'icloud',
        '163',
        'qq',
        '留',
        '邮箱',
        '电邮',
        '沟通',
        '电话',
        '手机',
      ],
    },
  ),
];

/** Most messages name no app: then only OTHER_MOVES are tried. Never true without one of APP_MOVES' anchors. */
export const NAMES_AN_APP = new RegExp(APP);
export const CONTACT_MOVES: readonly Cue[] = [...APP_MOVES, ...OTHER_MOVES];

/** A phone number: international form, or any long number right after a phone word. */
export const PHONE_NUMBER =
  /(?<![\p{L}\p{N}])(?<!\d[\s-])(?:(?:[+＋➕]|00)\s?\d(?:[\s().-]{0,2}\d){7,14}|(?<=(?:mobile|phone|tel|cell|my\s+(?:number|no\.?)|(?:call|text)(?:\s+(?:me|us))?(?:\s+(?:on|at))?|contact(?:\s+me)?(?:\s+(?:on|at|via))?|reach\s+me\s+(?:on|at)|whats\s?app|手机|电话|номер)\s*(?:is|:|：|no\.?)?\s*)\d(?:[\s-]?\d){8,14})(?![\p{L}\p{N}])/gu;

/** A number for a courier, driver, customs broker or consignee is not a contact move. */
export const DELIVERY_CONTEXT =
  /\b(?:driver|courier|consignee|notify\s+party|delivery|deliver|warehouse|truck|forwarder|pick\s?-?up|label|receiver's|dock|broker|clearing\s+agent|shipping\s+agent)\b|司机|快递|收货人/u;

/** An e-mail address given only as a payment identifier (a PayPal payee) is payment, not contact. */
export const PAYEE_BEFORE = /\b(?:paypal|payee|pay\s+to|zelle|venmo|payoneer|wise|skrill)\b[^.!?]{0,25}$/u;
/** The domain may be spelt with Cyrillic or Greek look-alike letters ("sales@аlibaba.com"): the link rule reports those. */
export const EMAIL_ADDRESS =
  /(?<![\p{L}\p{N}._%+-])[a-z0-9._%+-]+@[a-z0-9\u0370-\u03ff\u0400-\u04ff-]+(?:\.[a-z0-9\u0370-\u03ff\u0400-\u04ff-]+)*\.[a-z]{2,}/gu;
