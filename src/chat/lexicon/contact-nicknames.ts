import { cue, type Cue } from './cue';
import { HANDLE_WITH_DIGIT, NUMBER, WORDED_NUMBER } from './contact-ids';
import { MOVE_VERB, SLANG_MOVE } from './contact-verbs';

/** WhatsApp as "WA" or "W.A.": alone it could be Washington state, so only where it is asked for or given a number. */
const WA = '(?:wa|w\\.a\\.?)(?![a-z0-9])';
/** After "WA", a place's words, not a chat's: "add our WA warehouse", "your WA sales tax". */
const NOT_A_PLACE =
  '(?!\\s+(?:state|office|warehouse|address|store|branch|location|zip|sales|tax|shipping|delivery|customers?|clients?)\\b)';
/** A Telegram username starts with a letter: "Tele @200mm" is a lens's range. */
const AT_HANDLE = '@[\\p{L}][\\p{L}\\p{N}._-]{2,}';
/** A WeChat ID or Telegram username starts with a letter and has five characters or more: "V: 220V", "V: v2.0" are no IDs. */
const SLANG_ID = `(?:${AT_HANDLE}|(?=[\\p{L}])(?=[\\p{L}\\p{N}._-]{5})${HANDLE_WITH_DIGIT})`;

/**
 * Apps called by a nickname too short or too common to be in the app list: WeChat as "V" or 加v, Telegram as
 * "Tele", WhatsApp as "WA" or "the green app". Only where an ID, a number or a request comes with them. Part of OTHER_MOVES.
 */
export const APP_NICKNAME_MOVES: readonly Cue[] = [
  cue(
    'a messaging app ID or number',
    // 加v：lily888: "v" is WeChat in Chinese slang, too short to count as an app's name anywhere else.
    // Three cues, one per family of words: a message with "telegram" or "my very" then tries only one.
    `(?:加v|加\\s+v)(?![a-z])\\s*[:：]?\\s*${HANDLE_WITH_DIGIT}` +
      // 方便加个V吗: asked for with nothing after it; 加个V领 is a V-neck.
      '|(?:加个v|加個v|加下v|加一下v|加个\\s+v|加個\\s+v)(?=\\s*(?:吗|嗎|吧|呗|唄|聊|[?？。,，!！]|$))' +
      // 加V详聊 (add V to talk in detail); 薇❤: lily_0755, WeChat spelt with a heart.
      '|(?:加v|加\\s+v)(?=\\s*(?:详聊|詳聊|细聊|私聊|聊))' +
      `|(?:薇❤|薇♥|v❤|v♥)\\s*[:：]?\\s*(?:${HANDLE_WITH_DIGIT}|${NUMBER})`,
    {
      anchors: [
        '加v',
        '加 v',
        '加个v',
        '加個v',
        '加下v',
        '加一下v',
        '加个 v',
        '加個 v',
        '薇❤',
        '薇♥',
        'v❤',
        'v♥',
      ],
    },
  ),
  cue(
    'a messaging app ID or number',
    // So are "my V: sunny_88" and "add my V".
    `\\b(?:my\\s+v|our\\s+v|add\\s+v)(?![a-z])\\s*(?:id\\s*)?[:：]\\s*${SLANG_ID}` +
      '|\\badd\\s+(?:my\\s+v|our\\s+v)(?=\\s*(?:$|[.!?,]|(?:pls|please|plz|now|ok|okay|for|id|dear|friend)\\b))',
    { anchors: ['my v', 'our v', 'add v'] },
  ),
  cue(
    'a messaging app ID or number',
    // "Tele: @lucy" is Telegram, "the tele lens" is not.
    `\\btele\\s*(?:id\\s*)?[:：]?\\s*${AT_HANDLE}` +
      // "Chat di Tele aja", "slide into my Tele", "hit me up on Tele": a chat asked for there, not a tele lens.
      `|\\b(?:(?:chat|lanjut|ngobrol|japri|hubungi\\s+(?:saya|kami))\\s+(?:di|ke|via|lewat)|(?:slide\\s+into|${SLANG_MOVE}\\s+(?:on|in))\\s+(?:my|our))\\s+tele\\b(?!\\s*(?:lens|lenses|photo|zoom|converter|extender|scope))|\\b(?:my\\s+tele|our\\s+tele)\\s*(?:id\\s*)?[:：]\\s*${SLANG_ID}`,
    { anchors: ['tele'] },
  ),
  cue(
    'a request to talk on a messaging app',
    // "Message me on WA", "call us at WA"; "talk on W.A.", "contact via WA" with no "me" (not "call on", to visit).
    `\\b${MOVE_VERB}\\s+(?:me|us)\\s+(?:on|via|by|at|through|over)\\s+(?:my\\s+|our\\s+)?${WA}${NOT_A_PLACE}` +
      `|\\b(?:talk|chat|contact|message|text|reach|ping|dm|msg|write|reply|speak|connect|continue)\\s+(?:with\\s+(?:me|us)\\s+)?(?:on|via|through|over)\\s+(?:my\\s+|our\\s+)?${WA}${NOT_A_PLACE}` +
      // "My WA: +86 …", "our WA is eight six one …", "WA number: 8613…", "WA: 8613912345678" (ten digits: no zip code).
      `|\\b(?:my|our)\\s+${WA}\\s*(?:number|no\\.?|id)?\\s*(?:[:：]|\\bis\\b)\\s*(?:${NUMBER}|${WORDED_NUMBER}|${AT_HANDLE})` +
      `|\\b${WA}\\s*(?:number|no\\.?|id)\\s*[:：]?\\s*${NUMBER}|\\b${WA}\\s*[:：]\\s*(?:[+＋➕]?\\s?\\d(?:[\\s-]?\\d){9,}|${WORDED_NUMBER})` +
      // "WA me", "pls WA me"; not "we ship to WA, me too" or "in WA me and my team".
      `|\\b${WA}\\s+me\\b(?<!\\b(?:to|in|from|of|at|for|and|or)\\s+${WA}\\s+me)(?!\\s+too\\b)` +
      // "Add my WA", "add WA pls"; not "add WA to the shipping list" or "add our WA warehouse".
      `|\\badd\\s+(?:(?:me|us)\\s+(?:on\\s+|in\\s+|at\\s+)?)?(?:my\\s+|our\\s+)${WA}${NOT_A_PLACE}` +
      `|\\badd\\s+(?:(?:me|us)\\s+)?(?:on\\s+)?${WA}(?=\\s*(?:$|[.!?:：+＋➕\\d]|(?:pls|please|plz|now|ok|okay|for|number|no|id|me|us|sy|saya|aku|kami)\\b))` +
      // "Send the receipt to my WA", "what's your WA?", "send me ur WA", "drop ur WA here".
      `|\\b(?:send|forward|share)\\s+(?:\\S+\\s+){0,4}?to\\s+(?:my|our)\\s+${WA}${NOT_A_PLACE}` +
      `|\\b(?:what\\s+is|what'?s|send|give|drop|share|leave|tell|let\\s+(?:me|us)\\s+know)\\s+(?:me\\s+|us\\s+)?(?:your|ur|yr)\\s+${WA}(?=\\s*(?:(?:number|no|id|here|pls|please|plz|i|we|and|so)\\b|[.,!?]|$))` +
      // Indonesian and Malay: "WA saya 0812…", "nomor WA: 0812…", "hubungi saya lewat WA", "simpan WA saya".
      `|\\b${WA}\\s+(?:saya|kami|aku)\\s*(?:[:：]?\\s*${NUMBER}|(?:ya|aja|saja|kak|gan|sis)\\b)|\\b(?:nomor|nomer)\\s+${WA}\\s*(?:saya|kami|aku)?\\s*[:：]?\\s*${NUMBER}` +
      `|\\b(?:hubungi|kontak|chat|add|tambahkan|telepon|telpon)\\s+(?:saya|kami|aku)\\s+(?:(?:di|lewat|via|ke|melalui|pakai)\\s+)?${WA}` +
      `|\\b(?:hubungi|kontak|chat|add|tambahkan|simpan|save)\\s+(?:ke\\s+)?${WA}\\s+(?:saya|kami|aku)\\b|\\b(?:lewat|melalui)\\s+${WA}|\\bvia\\s+${WA}\\s*[:：]?\\s*${NUMBER}` +
      // "Lanjut di WA aja", "chat WA aja", "minta nomor WA nya"; "hit me up on WA"; Hinglish "apna WA number do".
      `|\\b(?:lanjut|ngobrol|japri|pindah|chat)\\s+(?:(?:di|ke|via|lewat)\\s+)?${WA}(?=\\s*(?:$|[.!?,]|(?:aja|saja|ya|yuk|dong|kak|gan|sis)\\b))|\\b(?:minta|bagi|kirim)\\s+(?:nomor|nomer|no)\\s+${WA}` +
      `|\\b${SLANG_MOVE}\\s+(?:on|via|at|over)\\s+(?:my\\s+|our\\s+)?${WA}${NOT_A_PLACE}|\\bapna\\s+${WA}\\s+(?:number|no|num)\\b` +
      // Hinglish "wa pe details bhejta hu", "wa par baat karte hain".
      `|\\b${WA}\\s+(?:pe|par)\\s+(?:\\S+\\s+){0,2}?(?:baat|message|msg|contact|call|add|bhej\\w*)\\b` +
      // Brazilian Portuguese calls WhatsApp "zap" or "whats": "me chama no zap", "me chama no whats", "pode me passar seu zap?".
      '|\\b(?:chama|chame|manda|mande|fala|fale|adiciona|adicione|add)\\s+(?:\\S+\\s+)?(?:no|pelo)\\s+(?:zap(?:\\s?zap)?|whats)\\b' +
      '|\\b(?:passa|passar|passe|manda|mandar|mande)\\s+(?:o\\s+)?(?:seu|teu)\\s+(?:zap(?:\\s?zap)?|whats)\\b' +
      // Arabic in Latin letters: "kallemni 3ala el whats" (talk to me on the WhatsApp), "7ki m3aya 3al whatsapp", read with
      // its 3 as an e; "raqmi 0 0 8 6 …" (my number). Not "ma b7eb a7ki 3al whatsapp" (I'd rather not).
      '|\\b(?:eala|ela|eal|ala|aal)\\s+(?:el\\s+)?(?:whats(?:\\s?app)?|wats\\s?ap+|telegram|viber)\\b(?<!\\b(?:ma|mish|mesh|msh|la)\\s+(?:\\S+\\s+){0,2}(?:eala|ela|eal|ala|aal)\\s+(?:el\\s+)?\\S+)' +
      '|\\braqmi\\b\\s*[:：]?\\s*\\+?\\s?(?:\\d[\\s.-]?){8,}' +
      // "Let's move to wa bro".
      `|\\b(?:move|switch|continue)\\s+(?:to|on)\\s+${WA}(?=\\s*(?:$|[.!?,]|(?:bro|sis|dear|friend|pls|please)\\b))` +
      // LINE in katakana, which is also a production line (生産ライン): only with an ID (or "contact me on", in contact-languages.ts).
      '|(?<!生産|製造|組立|包装|検査)ライン\\s*(?:の\\s*)?id',
    { anchors: ['wa', 'w.a', 'zap', 'whats', 'wats', 'telegram', 'viber', 'raqmi', 'ライン'] },
  ),
  cue(
    'a request to talk on a messaging app',
    // "Ping me on the green app", "let's use the other app, the one with the green icon": WhatsApp, not named.
    '\\b(?:ping|message|text|add|contact|call|find|reach|chat|talk|dm|msg|write)\\s+(?:me|us|with\\s+me)\\s+(?:on|via|in|at|over)\\s+(?:the\\s+)?(?:green\\s+app|green\\s+one|green\\s+icon)\\b' +
      "|\\blet'?s\\s+(?:use|switch\\s+to|move\\s+to|go\\s+to|talk\\s+on|chat\\s+on|continue\\s+on)\\s+(?:the\\s+)?(?:other\\s+app|green\\s+app)\\b" +
      // "DM me on IG": Instagram as two letters only with an ask to be messaged there.
      '|\\b(?:dm|message|msg|text|ping|follow|add|find)\\s+(?:me|us)\\s+on\\s+ig\\b|\\b(?:dm|message|msg|text|ping|follow|add|find)\\s+(?:me|us)\\s+via\\s+ig\\b',
    { anchors: ['green app', 'green one', 'green icon', 'other app', 'on ig', 'via ig'] },
  ),
];
