import { ASKS_IN_MORE_WORDINGS } from './contact-more-wordings';
import { ASKS_FROM_BOATS_AND_STOCK_LOTS } from './contact-boats-and-stock-lots';
import { ASKS_FROM_FURNITURE_AND_CHIPS } from './contact-furniture-and-chips';
import { ASKS_FROM_KITCHENS_AND_IMPOSTORS } from './contact-kitchens-and-impostors';
import { ASKS_FROM_STEEL_AND_SALONS } from './contact-steel-and-salons';
import { ASKS_FROM_SUPPLEMENTS_AND_FRAGMENTS } from './contact-supplements-and-fragments';
import { ASKS_FROM_ASIA_AND_PRINT } from './contact-asia-and-print';
import { ASKS_FROM_COMMODITIES_AND_ENGINEERS } from './contact-commodities-and-engineers';
import { ASKS_FROM_PARTS_AND_TOYS } from './contact-parts-and-toys';
import { ASKS_IN_SHORTHAND } from './contact-sanctions-and-shorthand';
import { ASKS_ROMANISED } from './contact-romanised';
import { cue, type Cue } from './cue';

/** A phone number the courier or the customs form needs is not a move off the platform. */
export const NOT_FOR_THE_COURIER =
  '(?![^.!?]{0,30}\\b(?:courier|delivery|shipping|shipment|customs|consignee|forwarder|dhl|fedex|ups|tnt|kurier\\w*)\\b)';

/**
 * Asking for the buyer's number or e-mail, or to move to e-mail or a call, in the other languages buyers and
 * suppliers write in, and an English "give me your number" said on its own. Part of OTHER_MOVES.
 */
export const ASKS_IN_OTHER_LANGUAGES: readonly Cue[] = [
  cue(
    'a request to move to e-mail or a call',
    // "Pásame tu número", "mándeme su número de teléfono", "me passa seu telefone", "envoyez-moi votre numéro", "geben Sie
    // mir Ihre Telefonnummer", "дайте ваш номер"; not an order or tracking number.
    '\\b(?:mandame|mándame|mandeme|mándeme|pasame|pásame|paseme|páseme|dame|deme|déme|enviame|envíame|envieme|envíeme|me\\s+pass[ae]|me\\s+passar|me\\s+mand[ae]|me\\s+da|me\\s+dá|envoyez-moi|donnez-moi|envoie-moi|donne-moi|gib\\s+mir|schick\\s+mir' +
      // Asked as a question: "¿me puede dar su número?", "pode me passar seu número?", "pouvez-vous me donner votre numéro ?", "können Sie mir Ihre Handynummer geben?"; Italian "dammi il tuo numero".
      '|me\\s+puede[ns]?\\s+(?:dar|pasar|enviar|mandar)|me\\s+pasa[ns]?|manda|me\\s+podr[íi]as?\\s+(?:dar|pasar|enviar|mandar)|me\\s+pode(?:ria)?\\s+(?:passar|mandar|enviar|dar)|(?:pouvez-vous|pourriez-vous|peux-tu|pourrais-tu)\\s+me\\s+donner|sie\\s+mir|dammi|mandami|inviami|passami|mi\\s+pu[òo]\\s+(?:lasciare|dare|mandare|inviare)|mi\\s+lasci)(?:\\s+bitte)?' +
      '\\s+(?:tu|su|seu|sua|o\\s+seu|a\\s+sua|votre|ton|ta|ihre|deine|il\\s+tuo|il\\s+suo|la\\s+tua|la\\s+sua)\\s+(?:n[úu]mero|tel[ée]fono|telefone|telefono|celular|cellulare|m[óo]vil|correo|e-?mail|num[ée]ro|adresse\\s+e-?mail|portable|telefonnummer|handynummer|nummer)\\b(?!\\s+(?:de|da|do)\\s+(?:commande|pedido|orden|ordem|rastreo|rastreamento|seguimiento|suivi|factura|facture|fatura|compte|cuenta|conta))' +
      // Polish "Proszę o Pana prywatny numer telefonu", "proszę podać swój prywatny email albo numer WhatsApp".
      '|\\bprosz[ęe]\\s+o\\s+(?:\\S+\\s+){0,2}?numer\\s+telefonu\\b' +
      '|\\bpoda[ćcj]\\w*\\s+(?:sw[óo]j|pana|pani|tw[óo]j)\\s+(?:prywatny\\s+)?(?:e-?mail|numer|telefon|adres\\s+e-?mail)\\b' +
      NOT_FOR_THE_COURIER +
      // Vietnamese "cho mình xin gmail của bạn" (let me have your Gmail).
      '|\\b(?:xin\\s+gmail|xin\\s+email|xin\\s+e-mail|xin\\s+mail)\\s+(?:ri[êe]ng\\s+)?(?:c[ủu]a\\s+)?(?:b[ạa]n|anh|ch[ịi]|em|qu[ýy]\\s+kh[áa]ch)\\b' +
      '|(?:дайте|даите|дай|даи|скиньте|скинь|пришлите|оставьте)\\s+(?:ваш|сво[йи]|тво[йи])\\s+(?:номер(?!\\s+(?:заказа|сч[её]та|отслеживания))|телефон|почту|email|e-mail)',
    {
      // The asking words: the objects ("número", "mail", "tel") are in too many messages.
      anchors: [
        'dame',
        'deme',
        'déme',
        'mandeme',
        'mándeme',
        'pasame',
        'pásame',
        'paseme',
        'páseme',
        'enviame',
        'envíame',
        'envieme',
        'envíeme',
        'me pass',
        'me mand',
        'me da',
        'me dá',
        'envoyez-moi',
        'donnez-moi',
        'envoie-moi',
        'donne-moi',
        'sie mir',
        'mi può',
        'mi puo',
        'mi lasci',
        'numer telefonu',
        'xin gmail',
        'xin email',
        'xin e-mail',
        'xin mail',
        'poda',
        'me puede',
        'me pasa',
        'manda',
        'me podr',
        'me pode',
        'me donner',
        'dammi',
        'mandami',
        'inviami',
        'passami',
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
    'a request to move to e-mail or a call',
    // Asked in other languages: Turkish "numaranı atar mısın", Hinglish "apna number bhejo", Indonesian "minta nomor HP",
    // Thai "ขอเบอร์โทร", "โทรหาผม", "แอดไลน์", "คุยทางนั้นสะดวกกว่า" (easier to talk there); Spanish "escríbeme al correo personal"; German "an meine private E-Mail";
    // Arabic "راسلني على الإيميل"; Chinese "手机号发我", 小飞机 (Telegram), 加個賴 (LINE).
    // "Alibaba doesn't allow me to say it here, give me your number": an instruction, which the "not" before its comma does not refuse.
    `\\b(?:give|send|drop|share|leave)\\s+(?:me|us)\\s+(?:your\\s+number|your\\s+own\\s+number)\\b(?=\\s*(?:[.!?;)]|$|(?:and|so|please|pls|i|we|then|make\\s+i)\\b))${NOT_FOR_THE_COURIER}` +
      '|\\bnumaran(?:[ıi]|[ıi]z[ıi])\\s+(?:atar|at|atın|atin|ver|verir|verin|g[öo]nder|yaz|payla[şs])' +
      '|\\b(?:apna|apni|aapka|aap\\s+ka)\\s+(?:(?:phone|mobile|contact|whatsapp)\\s+)?(?:number|no|num)\\s+(?:do|dijiye|dena|bhejo|bhejiye|bhej\\s+do|de\\s+do|send\\s+karo|share\\s+karo)\\b' +
      '|\\b(?:minta|bagi|boleh\\s+minta)\\s+(?:nomor|nomer|no)\\s+(?:hp|telepon|telpon|whatsapp|wa)\\b|\\b(?:dapat|minta|bagi|boleh\\s+dapat)\\s+nombor\\s+(?:telefon|tel|hp|whatsapp|wa)\\b' +
      '|ขอ\\s*(?:เบอร์|ไอดี)\\s*(?:โทร|มือถือ|ติดต่อ|วอท|วอทส์|วอทซ์|วอทสแอพ|ไลน์|line|whatsapp|wechat|วีแชท)|โทร\\s*(?:หา|มาหา|มา)\\s*(?:ผม|ฉัน|ดิฉัน|เรา|หนู|พี่)' +
      '|(?:แอด|เพิ่มเพื่อน|ทัก)\\s*ไลน์|ไลน์\\s*(?:ไอดี|id)\\b|ไอดี\\s*ไลน์|คุย\\s*(?:ทาง|ใน|ผ่าน)\\s*ไลน์|คุยทางนั้น(?:สะดวก|ง่าย)' +
      // Pinyin "jia wo weixin ba" (add my WeChat); Thai "ติดต่อทาง LINE ไอดี fastcargo_th" (contact on LINE, ID …).
      '|\\bjia\\s+(?:wo\\s+|ge\\s+)?(?:wei\\s?xin|wx|vx)\\b' +
      '|ติดต่อ\\s*(?:ทาง|ผ่าน)\\s*(?:ไลน์|line|whatsapp|wechat|วีแชท|viber|telegram|skype|ไวเบอร์)|\\bline\\s*ไอดี' +
      '|\\b(?:escr[íi]b(?:e|a)(?:me|nos)|m[áa]nd(?:a|e)me|env[íi](?:a|e)me|cont[áa]ct(?:a|e)me)\\s+(?:al|a\\s+mi|por|a)\\s+(?:correo|e-?mail|mail|gmail)\\b|\\bcorreo\\s+(?:personal|privado)\\b|\\bmaila?\\s+prywatn[\\p{L}]*|\\be-?mail\\s+pessoal\\b' +
      '|(?:\\ban|\\bauf|\\bper|über(?<![\\p{L}]über)|\\buber)\\s+(?:meine|unsere)\\s+(?:private|pers[öo]nliche)n?\\s+e-?mail\\b' +
      '|(?:راسلني|راسلنا|تواصل\\s+معي|ابعث\\s+لي|[اأ]رسل\\s+لي|كلمني)\\s+(?:على|عبر|في)\\s+(?:ال)?(?:[اإ]يميل|بريد)' +
      '|(?:手机|电话|手機|電話)号?码?\\s*(?:发|給|给|發)(?:给|給)?\\s*我|小飞机\\s*(?:上|里)?\\s*(?:聊|联系|找我|加我|私聊|号|id)|(?:加|去|用|上)\\s*小飞机(?!\\s*模型|\\s*玩具)|加(?:個|个|一下)?\\s*賴(?=\\s*(?:吧|嗎|吗|[?？。,，!！]|$))',
    {
      instruction: true,
      anchors: [
        'your number',
        'your own number',
        'numaran',
        'apna',
        'apni',
        'aapka',
        'aap ka',
        'minta',
        'nombor',
        'bagi',
        'ขอ',
        'โทร',
        'ไลน์',
        'คุยทางนั้น',
        'ติดต่อ',
        'jia ',
        'ไอดี',
        'correo',
        'mail',
        'راسل',
        'تواصل',
        'ابعث',
        'رسل',
        'كلمني',
        '手机',
        '电话',
        '手機',
        '電話',
        '小飞机',
        '賴',
      ],
    },
  ),
  cue(
    'a request to talk on a messaging app',
    // Japanese "詳細はLINEでご連絡いただけますか" (could you contact me on LINE); Tagalog "pa-message na lang po sa Viber ko",
    // "add niyo na lang ako sa facebook messenger", "i-text kami sa same number" (text us at the same number; in English
    // "text me same number"); Vietnamese "giá tốt nhất em báo qua wechat nhé" (I'll send the price on WeChat). LINE in
    // katakana is also a production line (生産ラインで連絡): not after 生産 and its kind.
    '(?:line|whatsapp|wechat|(?<!生産|製造|組立|包装|検査)ライン)\\s*(?:で|に|から)\\s*(?:ご連絡|連絡|メッセージ|追加|友達|話)' +
      '|\\b(?:add|i-?add|message|pa-?message|chat|text|tawag|i-?text|i-?chat)\\w*\\s+(?:\\S+\\s+){0,4}?(?:sa\\s+viber|sa\\s+whatsapp|sa\\s+wechat|sa\\s+telegram|sa\\s+messenger|sa\\s+facebook|sa\\s+fb|sa\\s+zalo|sa\\s+same\\s+number|sa\\s+parehong\\s+number|sa\\s+number(?!\\s+ng\\s+(?:driver|courier|rider|forwarder|delivery)\\b)|sa\\s+numero)\\b' +
      '|\\b(?:text|call|message|msg|sms|whatsapp)\\s+(?:me|us)\\s+(?:on\\s+|at\\s+|to\\s+)?(?:the\\s+)?(?:same\\s+number|same\\s+no)\\b' +
      '|\\b(?:b[áa]o|g[ửu]i|nh[ắa]n|li[êe]n\\s+h[ệe]|k[ếe]t\\s+b[ạa]n|trao\\s+đ[ổo]i|n[óo]i\\s+chuy[ệe]n|chat|add)\\s+(?:\\S+\\s+){0,3}?(?:qua\\s+zalo|qua\\s+wechat|qua\\s+whatsapp|qua\\s+telegram|qua\\s+viber|qua\\s+facebook|qua\\s+messenger)\\b(?<!\\bth[ôo]ng\\s+b[áa]o\\s+qua\\s+\\w+)',
    {
      instruction: true,
      anchors: [
        'line',
        'whatsapp',
        'wechat',
        'sa viber',
        'sa whatsapp',
        'sa wechat',
        'sa telegram',
        'sa messenger',
        'sa facebook',
        'sa fb',
        'sa zalo',
        'sa same number',
        'same number',
        'same no',
        'sa parehong number',
        'sa number',
        'sa numero',
        'qua zalo',
        'qua wechat',
        'qua whatsapp',
        'qua telegram',
        'qua viber',
        'qua facebook',
        'qua messenger',
        'ライン',
      ],
    },
  ),
  ...ASKS_ROMANISED,
  ...ASKS_IN_MORE_WORDINGS,
  ...ASKS_FROM_STEEL_AND_SALONS,
  ...ASKS_FROM_KITCHENS_AND_IMPOSTORS,
  ASKS_FROM_FURNITURE_AND_CHIPS,
  ASKS_FROM_BOATS_AND_STOCK_LOTS,
  ASKS_FROM_SUPPLEMENTS_AND_FRAGMENTS,
  ASKS_FROM_COMMODITIES_AND_ENGINEERS,
  ASKS_FROM_PARTS_AND_TOYS,
  ASKS_IN_SHORTHAND,
  ASKS_FROM_ASIA_AND_PRINT,
];
