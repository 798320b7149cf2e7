import { cue, type Cue } from './cue';
import { APP_MOVES } from './contact-apps';
import { IN_TOUCH } from './contact-verbs';
import { MORE_APP_MOVES, MORE_OTHER_MOVES } from './contact-elsewhere';
import { ASKS_IN_OTHER_LANGUAGES, NOT_FOR_THE_COURIER } from './contact-languages';
import { APP_NICKNAME_MOVES } from './contact-nicknames';

/** Asking for the buyer's address or number: "give me your …", "can I have your …". */
const ASK_FOR =
  "(?:leave|give|send|share|drop|what\\s+is|what'?s|(?:can|could|may)\\s+(?:i|we)\\s+(?:have|get))";
/** "Phone" as the device: "what's your phone model?" asks what case to send. */
const NOT_THE_DEVICE =
  '(?!\\s+(?:model|brand|type|case|cases|cover|screen|size|version|os|system|charger|holder|stand|color|colour)\\b)';
/**
 * "Call me Lily, it's easier", "just call me Tony, nice to meet you", "you normally call me Sipho 😅": how to address
 * someone, not a call. A single name word before a sentence end or an emoji, with no number near.
 */
const NOT_A_NAME_TO_CALL =
  "(?!(?<=\\bcall\\s+me)\\s+(?!(?:now|back|later|today|tonight|tomorrow|asap|anytime|whenever|directly|instead|quickly|please|pls|plz|again|first|soon|then|too|ok|okay|immediately|urgently|here|there)\\b)[a-z]+\\s*(?:[,.!;\\p{Extended_Pictographic}]|$|it'?s\\b|nice\\s+to\\s+meet\\b)(?![^\\n]{0,40}\\d(?:[\\s().-]{0,2}\\d){6}))";
/**
 * 给工厂打电话确认了, 老板打电话问了物流: a call made to someone else, not "给我打电话", "打电话给我"; nor the driver's or
 * courier's call before a delivery (司机送货前会先打电话).
 */
const NOT_A_CALL_MADE =
  '(?<!(?:司机|快递|顺丰|物流|送货)[^\\s，。！？,.!?]{0,8}打(?:(?:我|我们)的?)?(?:电话|手机))(?<!给(?!我)[^\\s，。！？,.!?]{1,6}打(?:(?:我|我们)的?)?(?:电话|手机))(?!问|确认|了|过|催|通知|给(?!我)|联系(?!我))';
/** A QR code on the goods is to check they are genuine: "scan our QR code on the carton to check if the product is original". */
const NOT_ON_THE_GOODS =
  '(?!\\s+(?:on|in)\\s+(?:the\\s+)?(?:carton|box|package|packaging|label|product|bottle|manual|tag|sticker|card)\\b|[^.!?\\n]{0,40}\\b(?:verify|authentic|authenticity|genuine|original|anti-?counterfeit|fake)\\b)';

/** Moves that name no app: e-mail, a call, a QR code, a number asked for; and apps by their nicknames (APP_NICKNAME_MOVES). */
export const OTHER_MOVES: readonly Cue[] = [
  ...APP_NICKNAME_MOVES,
  ...MORE_OTHER_MOVES,
  cue(
    'a request to move to e-mail or a call',
    // "This chat is recorded, better we talk somewhere private"; "where else can I reach you?".
    '\\b(?:talk|chat|continue|speak|discuss|move|go|message|contact)\\s+(?:\\S+\\s+){0,2}?(?:somewhere|elsewhere)\\s+(?:else|private|safer|more\\s+private)\\b' +
      '|\\b(?:where\\s+else|how\\s+else)\\s+(?:can|could|may|should)\\s+(?:i|we)\\s+(?:reach|contact|message|find|talk\\s+to|chat\\s+with|call)\\s+you\\b' +
      // "Let's take this offline, I'll send you my direct line."
      '|\\b(?:take|move)\\s+(?:this|it|our\\s+(?:chat|talk|conversation))\\s+offline\\b|\\b(?:send|give|share|text)\\s+(?:you\\s+)?(?:my|our)\\s+(?:direct\\s+line|direct\\s+number|direct\\s+contact)\\b' +
      // "I emailed you from my personal address".
      '|\\b(?:e-?mailed|wrote|messaged|sent)\\s+(?:to\\s+)?you\\s+from\\s+my\\s+(?:personal|private|other)\\s+(?:e-?mail|address|account|mail|gmail)\\b' +
      // "Pls check your gmail, i sent the contract there, reply me there better."
      '|\\b(?:reply|answer|write)\\s+(?:me\\s+there|us\\s+there)\\b(?<=\\b(?:g?mail|e-?mail|inbox|outlook)\\b[^]{0,80})',
    {
      anchors: [
        'me there',
        'us there',
        'somewhere',
        'elsewhere',
        'where else',
        'how else',
        'offline',
        'direct line',
        'direct number',
        'direct contact',
        'from my',
      ],
    },
  ),
  ...ASKS_IN_OTHER_LANGUAGES,
  cue(
    'a phone number, spelled out',
    // "My number is one three eight, zero two one one, four four five six": digits in words, to slip past the platform's filter.
    // "number is one five nine, double two, …", "my number plus eight six …"; 号码是一三八 零零七五; "số không chín ba, hai một bảy".
    // Not an order or tracking number read out.
    '\\bnumber(?<!\\b(?:tracking|order|invoice|waybill|awb|model|item|part|serial)\\b(?:[^.!?\\n]|\\.(?=\\S)){0,40})\\s+(?:is\\s+|[:：]\\s*)?(?:plus\\s+)?(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double\\s+\\w+|triple\\s+\\w+)[\\s,.-]+){5,}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double\\s+\\w+|triple\\s+\\w+)\\b' +
      '|(?:号码|號碼|电话|電話|手机|手機|微信)(?:是|为|為)?\\s*[:：]?\\s*[一二三四五六七八九零〇两幺\\s]{9,}' +
      '|\\bs[ốo]\\s+(?:(?:kh[ôo]ng|m[ộo]t|hai|ba|b[ốo]n|n[ăa]m|s[áa]u|b[ảa]y|t[áa]m|ch[íi]n)[\\s,.-]+){5,}(?:kh[ôo]ng|m[ộo]t|hai|ba|b[ốo]n|n[ăa]m|s[áa]u|b[ảa]y|t[áa]m|ch[íi]n)(?![\\p{L}])',
    { anchors: ['number', '号码', '號碼', '电话', '電話', '手机', '手機', '微信', 'số', 'so '] },
  ),
  cue(
    'a phone number, spelled out',
    // A country code, then digits and digit words mixed: "plus 86 one five eight two two …", "+63 9 one 7 four four two 0 8 8 1".
    '(?:\\bplus\\s+|\\+\\s?)\\d{1,3}(?:[\\s,.-]+(?:\\d|zero|oh|one|two|three|four|five|six|seven|eight|nine|double\\s+\\w+)\\b){7,}(?<=\\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\\b[^\\n]{0,40})',
    { anchors: ['plus', '+'] },
  ),
  cue(
    'a new e-mail address',
    // "This is our new official email, please ignore the old address": the talk moved to an address nobody has checked.
    // Not "our old email is not working, pls continue here in Alibaba".
    '\\bnew\\s+(?:official\\s+|company\\s+|business\\s+|work\\s+)?e-?mail(?:\\s+address)?\\b(?!\\s+(?:thread|chain|notifications?|templates?|campaign))(?=[^]*\\b(?:ignore|old|previous|former|no\\s+longer|from\\s+now\\s+on|instead)\\b)' +
      '|\\be-?mail(?:\\s+address)?\\s+(?:has\\s+|have\\s+)?(?:changed|is\\s+changed)\\b|\\b(?:old|previous|former)\\s+e-?mail(?:\\s+address)?\\s+(?:is\\s+)?(?:no\\s+longer|not)\\s+(?:in\\s+use|used|valid|working)\\b(?![^]*\\b(?:here\\s+(?:in|on)\\s+alibaba|alibaba\\s+(?:chat|only))\\b)' +
      // 这是我们的新邮箱，旧邮箱不用了.
      '|新的?邮箱(?=[^]*(?:旧|以前|原来|以后|不用|作废|停用))|邮箱(?:已经?)?(?:换了|更换了?|变更了?|改了)|(?:旧的?|原来的|以前的)邮箱(?:不用了|停用|作废|不再使用)',
    { deniable: true, anchors: ['mail', '邮箱'] },
  ),
  cue(
    'a request to move to e-mail or a call',
    `\\b(?:move|switch|continue|go|talk|reply|write|answer|contact|reach|${IN_TOUCH})\\s+(?:me\\s+|us\\s+)?(?:(?:the|this|our)\\s+\\w+\\s+)?(?:to|on|by|via)\\s+(?:(?:my\\s+|our\\s+|the\\s+)?(?:(?:personal|private)\\s+)?(?:e-?mail|mail|phone)|(?:my|our)\\s+(?:personal\\s+number|private\\s+number|mobile\\s+number|cell\\s+number))\\b(?!\\s+(?:or\\s+(?:via\\s+|on\\s+|through\\s+)?|from\\s+|app\\s+of\\s+)(?:the\\s+)?alibaba\\b)|\\b(?<!\\b(?:he|she|they|who|cashier|boss|factory|customer|client|buyer|driver|rider|postman|courier|forwarder|guy|dhl|fedex)\\s+(?:\\S+\\s+)?)(?:e-?mail|call|phone)\\s+me\\b(?![^.!?,\\n]{0,40}?\\b(?:on|in|via|through|using|with)\\s+(?:the\\s+)?(?:alibaba|ali\\s+app)\\b)${NOT_A_NAME_TO_CALL}` +
      '|\\b(?:write|mail|message|email)\\s+(?:to\\s+(?:me\\s+(?:at|on)\\s+)?|me\\s+(?:at|on)\\s+)(?:my|our)\\s+(?:gmail|hotmail|outlook|yahoo|icloud|163|qq)(?:\\s+mail)?\\b' +
      // "Reply to my gmail", "send the drawings to my personal email", "send your email address".
      '|\\b(?:to|via|at)\\s+my\\s+(?:gmail|hotmail|outlook|yahoo|icloud|(?:personal|private)\\s+(?:e-?mail|mail))\\b' +
      `|\\b${ASK_FOR}\\s+(?:me\\s+|us\\s+)?(?:your|ur|yr)\\s+(?:(?:personal|private|direct)\\s+)?e-?mail(?:\\s+address)?\\b|\\b${ASK_FOR}\\s+(?:me\\s+|us\\s+)?(?:your|ur|yr)\\s+(?:personal|private)\\s+mail\\b` +
      // "I send the link to your personal email"; "I'm calling you now from a China number".
      '|\\bto\\s+your\\s+(?:personal|private)\\s+e-?mail\\b' +
      // "No time to check the platform, leave your number, I call you."
      `|\\bleave\\s+(?:me\\s+)?(?:your\\s+number|your\\s+phone\\s+number|your\\s+mobile\\s+number)\\b${NOT_FOR_THE_COURIER}` +
      // "This is my personal email", "he will write you from our gmail", 邮箱：zhang点wei 在 163 点 com.
      '|\\b(?:this\\s+is|here\\s+is)\\s+my\\s+(?:personal|private)\\s+e-?mail\\b|\\b(?:from|on|via)\\s+(?:our|my)\\s+(?:gmail|hotmail|outlook|yahoo)\\b' +
      '|(?:邮箱|郵箱)\\s*[:：]\\s*[a-z0-9_.]+\\s*(?:点|點|在)' +
      // "Search @Hx_Tools_Boss": a handle to look up, on whichever app.
      '|\\bsearch\\s+@\\s*[a-z0-9_]{4,}|\\bsearch\\s+for\\s+@\\s*[a-z0-9_]{4,}' +
      // A Skype ID, known by its "live:" ("mon identifiant est live:sophie.export_2021"); a Bengali ask for an app's number.
      '|\\blive:[a-z][a-z0-9._-]{2,}|(?:হোয়াটসঅ্যাপ|ইমো)\\s*(?:নম্বর|নাম্বার)' +
      // Korean: "카톡으로 계좌번호 보내드릴게요" (I'll send it on KakaoTalk).
      '|(?:카톡|카카오톡|위챗|텔레그램|왓츠앱)\\s?(?:으로|로)\\s?[^.!?。\\n]{0,20}?(?:보내|연락|얘기|대화)(?!지\\s?(?:않|마))' +
      // Not the courier's: "the courier delivery guy will call you from local number".
      '|\\b(?:calling|call)(?<!\\b(?:courier|driver|delivery|dhl|fedex|ups)\\b[^.!?]{0,40})\\s+you\\s+(?:now\\s+)?(?:from|on)\\s+(?:my\\s+|a\\s+|our\\s+|his\\s+|her\\s+)?(?:china|chinese|personal|private|mobile|cell|hk|local)\\s+(?:number|phone|mobile)\\b' +
      `|\\b${ASK_FOR}\\s+(?:me\\s+|us\\s+)?(?:your|ur|yr)\\s+(?:(?:personal|private|direct)\\s+)?(?:phone|mobile|cell(?:phone)?|telephone)(?:\\s+number)?\\b${NOT_FOR_THE_COURIER}${NOT_THE_DEVICE}` +
      // "Send me a text at (626) 555-0193": a text message, off the platform.
      '|\\b(?:text\\s+me|send\\s+me\\s+a\\s+text|send\\s+me\\s+an\\s+sms)\\s+(?:at|on|to)(?=\\s+[+(\\d])' +
      // "sms me 0 0 8 6 one three nine …": a number follows, however it is spaced.
      '|\\b(?:sms\\s+me|text\\s+me)(?=\\s+[+(]?\\d[\\d\\s().-]{6,})' +
      // "Drop your number and I will call you"; not "your number one concern".
      `|\\b${ASK_FOR}\\s+(?:me\\s+|us\\s+)?(?:your\\s+number|your\\s+personal\\s+number|your\\s+private\\s+number)\\b(?=\\s*(?:[.,!?;:)]|$|(?:and|so|please|pls|i|we|then|to|in\\s+case|sir|madam|dear|friend|my\\s+friend|bro)\\b))${NOT_FOR_THE_COURIER}` +
      // Not the courier's: "the DHL driver will call you on your mobile before delivery".
      '|\\bcall(?<!\\b(?:courier|driver|delivery|dhl|fedex|ups|postman|rider)\\b[^.!?]{0,40})\\s+you\\s+(?:on|at)\\s+your\\s+(?:mobile|phone|cell)' +
      // Hinglish: "phone pe baat karo", "mujhe call karo"; not "jaise phone pe baat hui thi" (as we said on the phone).
      '|\\bphone\\s+(?:pe|par)\\s+(?:baat|call)(?!\\s+(?:hui|hua|hue|ho\\s+gayi|ho\\s+chuki)\\b)|\\b(?:mujhe|humein|hume|hamein)\\s+(?:call|phone)\\s+(?:karo|kijiye|karein|kar\\s+do)\\b' +
      // A QR code to add the supplier (one to pay is a payment cue; one in the Alibaba app is neither).
      `|\\bscan\\s+(?:my|our)\\s+(?:wechat\\s+|whatsapp\\s+)?qr\\s*code\\b(?!\\s+(?:to|and)\\s+pay)${NOT_ON_THE_GOODS}|\\bscan\\s+(?:the\\s+|this\\s+|my\\s+|our\\s+)?qr(?:\\s*code)?\\s+(?:\\S+\\s+){0,4}?(?:to|and)\\s+(?:add|contact|chat|follow|reach|message)\\b(?![^.!?\\n]{0,20}\\b(?:on|in)\\s+(?:the\\s+)?alibaba)|留(?:个|個|一下)?(?:您的|你的)?(?:电话|電話|手机|手機|号码|號碼|联系方式|聯繫方式|邮箱|vx|wx|微信|v信)|(?:邮箱|电邮)(?:地址)?发(?:给)?我|语音沟通|电话沟通|打(?:(?:我|我们)的?)?(?:电话|手机)${NOT_A_CALL_MADE}|(?:电话|手机)联系我|(?:手机|电话)号码?(?:是)?多少|(?:你的|您的)(?:手机|电话)(?:是)?多少`,
    {
      anchors: [
        'text me',
        'send me a text',
        'send me an sms',
        'sms me',
        'mail',
        'phone',
        'mobile',
        'cell',
        'call',
        'your number',
        'personal number',
        'private number',
        'search @',
        'live:',
        'হোয়াটসঅ্যাপ',
        'ইমো',
        '카톡',
        '카카오톡',
        '위챗',
        '텔레그램',
        '왓츠앱',
        'search for @',
        '郵箱',
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

export const CONTACT_MOVES: readonly Cue[] = [...APP_MOVES, ...MORE_APP_MOVES, ...OTHER_MOVES];
