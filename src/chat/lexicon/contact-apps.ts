import { APP, APP_ANCHORS } from './apps';
import {
  HANDLE,
  HANDLE_WITH_DIGIT,
  ID_AFTER_SPEC_WORD,
  NO_NOUN_AFTER_SPEC_WORD,
  NO_NOUN_AFTER_SPEC_WORD_EXCEPT_ASK,
  NOT_A_SPEC,
  NOT_AN_ID,
  NAMED_HANDLE,
  NUMBER,
  SPACED_HANDLE,
  SPACED_OUT_ID,
  WORDED_NUMBER,
} from './contact-ids';
import { ADD_ME_ELSEWHERE, MOVE_VERB, SLANG_MOVE } from './contact-verbs';
import { cue, type Cue } from './cue';

/**
 * Moving the conversation off the platform: an app with an ID or number,
 * "add me on WeChat", "let's move to email". An app named as a product
 * feature ("shows WhatsApp alerts") is none of these.
 */
export const APP_MOVES: readonly Cue[] = [
  cue(
    'a messaging app ID or number',
    // The app once, then what follows it: the long list of apps is tried once at each place, not four times.
    `${APP}(?:\\s*\\(?\\s*(?:(?:id|number|no\\.?|account|user\\s?name|handle|号|是|me|us|for\\s+me|の\\s*id)\\s*)?(?:[:：=]|(?:\\bis\\b${NOT_AN_ID}|\\bes\\b|é(?<![\\p{L}]é)(?![\\p{L}])|\\be(?=\\s*[+\\d])|\\bhai(?=\\s*[+\\d])|是|は)\\s*[:：]?)\\s*(?!https?:|www\\.)${NOT_A_SPEC}${ID_AFTER_SPEC_WORD}(?:${HANDLE}|${NUMBER}|${SPACED_OUT_ID})` +
      `|\\??\\s*(?:id\\s*)?@[\\p{L}\\p{N}._-]{3,}|\\s*(?:(?:number|no\\.?)\\s*)?(?:(?:me|saya|kami|sy|em|ma|من)\\s+)?(?:(?:sekarang\\s+)?(?:at|on|di|ke|pe|par)\\s+)?(?:${NUMBER}|${WORDED_NUMBER})` +
      // Skype's own IDs begin "live:"; "my wechat sunny88" gives an ID with no colon, known by its digit or underscore.
      `|\\s*(?:id\\s*)?[:：]?\\s*live:[\\p{L}\\p{N}._-]{3,}|(?<=\\b(?:my|our)\\s+[^\\s,.;:!?]{1,24}(?:\\s[^\\s,.;:!?]{1,24})?)(?<!\\b(?:line|signal|zoom|imo))\\s+(?:id\\s+)?${HANDLE_WITH_DIGIT}` +
      // "WeChat amy_zhang1990", "Telegram sunny88 pls": an ID with nothing before it, when it can only be one.
      `|(?<!\\b(?:line|signal|zoom|imo|tg))\\s+(?!pay|app|mini|win\\d|ios|android|version)${NAMED_HANDLE}` +
      // "pls add skype of my finance colleague: finance.jiayi.home".
      '|\\s+of\\s+(?:my|our)\\s+(?:\\S+\\s+){0,2}?(?:colleague|boss|manager|assistant|partner|agent|accountant)s?\\b' +
      // "… by WeChat, my ID jessica_led88 pls add"; "no meu WeChat, me adiciona: paula_shoes" (add me).
      `|\\s*,?\\s*(?:my|our)\\s+(?:id|number|no\\.?)\\s*(?:is\\s*)?[:：]?\\s*(?:${HANDLE_WITH_DIGIT}|${NUMBER})|\\s*,?\\s*(?:me|nos)\\s+adicion[ae]\\b` +
      // "WeChat ID amy1357", "pls add wechat amy1357", "contact skype sales.ryan.sz": an ID named as one, or asked to be added. Not after a word that is also a thing ("our production line SMT01", "add line A12 to the PI").
      // WeChat's Chinese names are no product word: "薇信 kevin6 6 6" gives an ID, "支持微信 v2.0" a version.
      `|\\s*[,?]?\\s*(?:id|号|아이디)\\s*(?:${HANDLE_WITH_DIGIT}|${SPACED_HANDLE}|${NUMBER})|(?<=[微薇威维v]信)\\s*(?=[a-z]{2})(?![a-z]*\\d+\\.\\d|(?:ver|version|app|wechat|weixin)\\d)(?:${SPACED_HANDLE}|${HANDLE_WITH_DIGIT})|(?<=\\b(?:add|contact)\\b[^.!?\\n]{0,20})(?<!\\b(?:line|signal|zoom|imo))\\s+(?:${HANDLE_WITH_DIGIT}|\\p{L}{2,}(?:\\.\\p{L}{2,}){1,3}(?![\\p{L}\\p{N}]|\\.\\p{L}))` +
      // "Skype nina.skincare.oem pls add me": a dotted ID, the add asked for after it.
      '|\\s+\\p{L}{2,}(?:\\.\\p{L}{2,}){1,3}(?![\\p{L}\\p{N}]|\\.\\p{L})(?=[\\s,]+(?:pls\\s+|please\\s+|and\\s+)?add\\s+(?:me|us)\\b)' +
      // 微信同号, "vx同号", "my vx is the same as phone", Hinglish "whatsapp bhi yahi hai" (WhatsApp is this one too): the app's ID is the phone number given or known.
      `|${NO_NOUN_AFTER_SPEC_WORD}[^.!?\\n]{0,40}?[:：]\\s*${NUMBER}|\\s*同号|\\s+bhi\\s+(?:yahi|same|isi)\\s+(?:number\\s+)?(?:hai|he|pe)\\b|\\s+(?:id\\s+)?(?:is\\s+)?(?:the\\s+)?same\\s+(?:as\\s+(?:my\\s+|the\\s+)?(?:phone|mobile|cell|tel|name|store\\s+(?:id|name)|shop\\s+name)|number)` +
      // "Here is my WhatsApp QR code".
      '|(?<=\\b(?:my|our|his|her)\\s+\\S+)\\s+qr\\b' +
      // "telegram: @ anna _ textile (remove spaces)"; "Skype is better for me"; "a WhatsApp group for VIP buyers, let me add you"; "whatsapp link: …".
      `|\\s*[:：]\\s*@\\s*[\\p{L}\\p{N}]|\\s+is\\s+(?:better|easier|faster|more\\s+convenient)\\s+for\\s+(?:me|us|voice|sending|pics|photos|videos|files)\\b|\\s+groups?\\b(?=[^.!?]{0,60}\\b(?:add\\s+you|scan|join)\\b)|\\s+(?:group\\s+)?(?:invite\\s+)?link\\s*[:：]` +
      // "Telegram … search @ Hx_Tools_Boss", "Telegram：@ wang_boss（去掉空格）", "+86 l3x9 88x20 remove the x".
      `|[^.!?\\n。！？]{0,40}?(?<![\\p{L}\\p{N}._-])@\\s*[\\p{L}\\p{N}_]{4,}|[^.!?\\n]{0,60}?\\bremove\\s+(?:the\\s+|all\\s+)?(?:x|spaces?|dots?|letters?)\\b)`,
    { mayBePrintedOnGoods: true, anchors: APP_ANCHORS },
  ),
  cue(
    'a request to talk on a messaging app',
    // The branches that end with the app share it: V8 compiles each copy of the long list of apps into some 50 KB
    // of machine code, and past 16 MB of it compiles further patterns unoptimised (see docs/ARCHITECTURE.md).
    `(?:\\b${MOVE_VERB}\\s+(?:me|us|you|him|her|with\\s+me|with\\s+us|with\\s+you|(?:mr|ms|mrs|miss)\\.?\\s+\\S+)?\\s*(?:directly\\s+|direct\\s+|privately\\s+|fast\\s+|quickly\\s+|asap\\s+|only\\s+)?(?:on|via|in|at|by|through|over|with)\\s+(?:my\\s+|our\\s+)?` +
      // Pidgin "message me for telegram" (on Telegram); Italian "mi puoi dare il tuo numero WhatsApp?".
      '|\\b(?:message|call|chat|contact)\\s+(?:me|us)\\s+for\\s+(?:my\\s+|our\\s+)?|\\b(?:mi\\s+)?(?:puoi|pu[òo]|potete)\\s+dare\\s+(?:il\\s+)?(?:tuo|suo|vostro)\\s+(?:numero\\s+)?' +
      // "Please send the payment screenshot to my WhatsApp", "… and send screenshot to my whatsapp"; not "I will send the
      // photos to our WhatsApp group", "I take photos and send them to our WhatsApp group".
      `|(?:\\b(?:please|pls|kindly|you\\s+can|can\\s+you|could\\s+you)\\s+|^)(?:send|forward|share)\\s+(?:\\S+\\s+){0,4}?to\\s+(?:my|our)\\s+` +
      '|\\b(?:and|then)\\s+(?:send|forward|share)\\s+(?:me\\s+)?(?:the\\s+|a\\s+)?(?:payment\\s+|bank\\s+)?(?:screenshot|receipt|slip|proof|mtcn)s?\\s+(?:to|on|via)\\s+(?:my\\s+|our\\s+)?' +
      // "Pls add WeChat today", "if u not add wechat today …"; not "pls add WhatsApp logo on the box".
      "|\\b(?:please|pls|plz|kindly|if\\s+(?:u|you)\\s+(?:not|don'?t|do\\s+not))\\s+add\\s+(?!line\\b|signal\\b|zoom\\b|imo\\b)(?=(?:we\\s+|whats\\s+)?\\S+(?:[\\s,.!?]*$|[\\s,.!?]+(?:today|now|asap|quickly|fast|first|so|and|then|to|for|pls|please|plz|thanks|thx|me|us)\\b))" +
      `|\\b(?:add|scan)\\s+(?:my|our|his|her)\\s+|\\b(?:please|pls|plz|kindly)\\s+(?:move|switch|come|continue)\\s+(?:over\\s+)?(?:to|on)\\s+(?:my\\s+|our\\s+)?|\\bjoin\\s+(?:our|my)\\s+(?:private\\s+|vip\\s+|buyers?\\s+|customers?\\s+|new\\s+)?|\\bfriend\\s+requests?\\s+(?:on|in|via|at)\\s+|\\b(?:let(?:'?s|\\s+us)|we)\\s+(?:can\\s+|could\\s+)?(?:talk|chat|continue|move|discuss(?:\\s+(?:it|this|more|further|details))?)\\s+(?:on|to|in|via|over)\\s+` +
      // "I prefer we negotiate in Signal", "we can talk more convenient on Viber".
      // Dutch "stuur me even een berichtje op WhatsApp".
      `|\\b(?:stuur|app|bel|contacteer)\\s+(?:me|ons)\\s+(?:\\S+\\s+){0,3}?(?:op|via)\\s+|\\bnegotiate\\s+(?:\\S+\\s+)?(?:on|in|via|over)\\s+|\\b(?:talk|chat|communicate)\\s+(?:more\\s+)?(?:convenient(?:ly)?|easi(?:ly|er)|faster|better)\\s+(?:on|via|in|by|over)\\s+` +
      // "Better we discuss the restaurant furniture project on WhatsApp".
      `|\\bbetter\\s+(?:we|to)\\s+(?:discuss|talk|chat|continue)\\s+(?:\\S+\\s+){0,5}?(?:on|via|in|over)\\s+` +
      // "Please contact our finance lady on WeChat", "my colleague will contact you from his WhatsApp", "write to my Skype".
      `|\\b(?:contact|add|message|call|reach)\\s+(?:our|my)\\s+(?:\\S+\\s+){0,2}?(?:on|via|through|at)\\s+|\\bwrite\\s+to\\s+my\\s+|\\bcontact\\s+you\\s+(?:from|on|via|through|by)\\s+(?:his|her|my|our|their)\\s+(?:own\\s+|personal\\s+|private\\s+)?` +
      // "We do the deal on WhatsApp directly": the deal made where the platform can't see it; "I will send it to you by Telegram",
      // "i give you the receiver name on whats app", "pls give me your bank info on WeChat".
      `|\\b(?:do|make|close|finish|discuss)\\s+(?:the\\s+|this\\s+|our\\s+)?(?:deal|business|order|payment|contract)\\s+(?:on|via|over|through|in)\\s+|\\b(?:i|we)(?:'ll|\\s+will|\\s+can|\\s+shall)?\\s+(?:send|share|give)\\s+(?:\\S+\\s+){0,4}?(?:to\\s+you\\s+)?(?:on|via|by|through|over|in)\\s+(?:my\\s+|our\\s+)?(?!line\\b|signal\\b|zoom\\b|imo\\b)|\\b(?:give|send)\\s+me\\s+(?:\\S+\\s+){0,4}?(?:on|via|through|over)\\s+(?:your\\s+)?(?!line\\b|signal\\b|zoom\\b|imo\\b)|\\b(?:i|we)(?:'ll|\\s+will|\\s+can|\\s+have)?\\s+sen[dt]\\s+(?:\\S+\\s+){0,4}?to\\s+(?:your|ur)\\s+|(?:пришлю|отправлю|скину|(?<![\\p{L}])дам)\\s+(?:\\S+\\s+){0,2}?(?:в|на)\\s+` +
      // Pidgin "I go share am for WhatsApp"; Spanish "¿Nos pasamos a Telegram?" (shall we move to Telegram).
      // Venezuelan "me manda el capture por WhatsApp", Paraguayan "me mandás el comprobante al whatsapp"; "join our buyers group on
      // Telegram".
      '|\\b(?:share|send|drop|give)\\s+am\\s+for\\s+|\\bpas(?:amos|emos|arnos)\\s+a\\s+|\\b(?:me\\s+)?r[ée]pond(?:re|ez)(?:-moi)?\\s+(?:vite\\s+)?sur\\s+|\\bme\\s+mand(?:[ae]|[áa]s)\\s+(?:\\S+\\s+){0,3}?(?:por|al)\\s+|\\bjoin\\s+(?:our|my)\\s+(?:\\S+\\s+){0,2}?group\\s+(?:on|in)\\s+|\\bminta\\s+(?:\\S+\\s+){0,3}?nomor\\s+' +
      // French "je vous donne les détails sur WhatsApp", German "die schicke ich Ihnen per WhatsApp".
      `|\\b(?:je|on|nous)\\s+(?:vous|te)\\s+(?:donne|envoie|enverrai|passe|transmets)\\s+(?:\\S+\\s+){0,3}?(?:sur|par|via)\\s+|\\b(?:schicke|sende|schreibe)\\s+(?:ich\\s+)?(?:ihnen|dir|euch)\\s+(?:\\S+\\s+){0,3}?(?:per|[üu]ber|auf|via)\\s+)${APP}(?!\\s+pay\\b)` +
      // "add me wechat", "call whatsapp plz": Chinglish drops the "on"; "add me WeChat Pay" is a way to pay, "contact us line 2" a phone line.
      `|\\b(?:add|contact|message|text|ping|dm|msg)\\s+(?:me|us)\\s+(?:my\\s+|our\\s+)?(?!line\\b|signal\\b|zoom\\b|imo\\b)${APP}(?!\\s*pay)` +
      `|\\bcall\\s+(?:me\\s+)?(?!line\\b|signal\\b|zoom\\b|imo\\b)${APP}\\s+(?:plz|pls|please|now|asap)\\b` +
      // Vietnamese "anh add zalo em".
      `|\\badd\\s+${APP}\\s+(?:em|anh|ch[ịi]|m[ìi]nh)\\b` +
      // Each branch that starts with the app, in one: the long list of apps is tried once at each place, not nine times.
      // Pidgin "WhatsApp am direct" (WhatsApp him directly).
      `|${APP}(?:\\s+me\\b|\\s+us\\b(?<=\\b(?:or|and|pls|please|plz|just|then)\\s+\\S+\\s+us)|\\s+am\\s+(?:direct|now|quick|sharp|abeg)\\b` +
      // "Please accept my WhatsApp call", "can we have a Google Meet call?"; not "the phone supports WhatsApp calls", "a WhatsApp call button",
      // nor where the writer was or is: "I was on a Teams call with our CEO", "sorry I'm on a WhatsApp call now".
      "|\\s+(?:video\\s+|voice\\s+)?call\\b(?!\\s+(?:button|function|feature|icon|quality|recording))(?<=\\b(?:a|my|our|your)\\s+[^\\s,.;:!?]+(?:\\s[^\\s,.;:!?]+)?\\s+(?:video\\s+|voice\\s+)?call)(?<!(?:\\b(?:was|were|been|am|is|are|still|im)|\\bi'm)\\s+(?:on|in)\\s+a\\s+[^\\s,.;:!?]+(?:\\s[^\\s,.;:!?]+)?\\s+(?:video\\s+|voice\\s+)?call)" +
      // 微信上联系, 微信加一下.
      `|\\s*上?\\s*(?:联系|聊|加我|找我|发你|发给你)|[^。!?\\n]{0,12}加(?:一下|我)` +
      // Hinglish: "WhatsApp pe baat karte hain", "baaki baat WhatsApp pe karte hain", "WhatsApp karo", "WhatsApp pe bank details bhej raha hoon" (not "… mat bhejna").
      `|\\s+(?:pe|par)\\s+(?:video\\s+|voice\\s+|(?:(?!(?:mat|nahi|nahin|na|alerts?|notifications?)\\s)\\S+\\s+){1,3}?(?=bhej\\s+(?:raha|rahi|rahe|dunga|dungi|denge|do|dijiye)\\b|bhej(?:ta|ti|te|unga|ungi|enge)\\b))?(?:baat|message|msg|contact|call|add|bhej|aa\\s+ja|aao|aaiye|milte|karte\\s+hain|karenge|kar\\s+lete)|\\s+(?:karo|karein|karen|kijiye|kar\\s+(?:do|den|dein|dena|dijiye))\\b|\\s+(?:करें|करो|कीजिए|कीजिये|कर\\s+दो)` +
      // Bengali in Latin letters: "WhatsApp e screenshot pathan" (send the screenshot on WhatsApp), "Imo te kotha bolun".
      '|\\s+(?:e|te)\\s+(?:\\S+\\s+){0,2}?(?:pathan|pathao|pathiye|message\\s+korun|kotha\\s+bolun|add\\s+korun|jogajog)\\b' +
      // Turkish: "WhatsApp üzerinden yazın", "WhatsApp'tan ulaşın", "WeChat'ten göndereceğim" (I'll send it on WeChat).
      `|(?:'?(?:tan|ten|dan|den))?\\s+(?:[üu]zerinden\\s+)?(?:yaz|ula[şs]|ileti[şs]im|mesaj\\s+at|konu[şs]|devam|g[öo]nder)` +
      // Japanese: "LINEで連絡ください", "LINEで直接やり取りしましょう", "LINEでお話ししませんか", "WeChatのIDを教えて".
      `|\\s*(?:で|に|の方が)\\s*(?:直接\\s*)?[おご]?(?:連絡|話|やり取り|メッセージ|送|追加|続き)|\\s*(?:の\\s*)?(?:id\\s*)?を\\s*教え` +
      // "LINE交換しましょう": contacts exchanged on the app.
      `|\\s*(?:を\\s*)?交換(?:しましょう|しませんか|しよう|して|お願い|できますか|可能)` +
      // Korean: "위챗으로 연락주세요", "카톡으로 드릴게요" (I'll give it on KakaoTalk).
      `|\\s*(?:으로|로|에서)\\s*(?:연락|대화|메시지|추가|얘기|이야기|드릴|보내\\s?드릴|알려\\s?드릴)` +
      // Korean: "카톡 주세요" (give me your KakaoTalk), "카톡 주시면 …" (if you message me on KakaoTalk …).
      '|\\s*(?:아이디\\s*)?(?:주세요|주시면|알려\\s*(?:주|드))' +
      // Urdu and Hindi: "واٹس ایپ پر رابطہ کریں", "व्हाट्सएप पर बात करें", "مجھے واٹس ایپ کریں" (WhatsApp me); Nepali
      // "Viber ma message garnus".
      '|\\s*(?:پر|पर)\\s+(?:رابطہ|میسج|بات|ایڈ|संपर्क|बात|मैसेज|मेसेज|दे\\s+दूंगा|दे\\s+दूँगा|भेज)|\\s+(?:کریں|کرو|کیجیے|کیجئے|करें|करो|कीजिए)' +
      // "screenshot WhatsApp ma pathaunus" (send it on WhatsApp); Mongolian "WhatsApp-аар явуулаарай" (send it by WhatsApp).
      // Marathi in Latin letters "screenshot WhatsApp var pathva" (send it on WhatsApp).
      '|\\s+var\\s+(?:pathva|pathav\\w*|kara|msg|message|call)\\b|\\s+ma\\s+(?:message|msg|call|kura)\\s+(?:garnus|garnuhos|gara|garnu)|\\s+ma\\s+(?:\\S+\\s+)?(?:pathaunus|pathaidinus|pathau)\\b|-?аар\\s+(?:явуул|бич|холбогд)' +
      // Indonesian "WA aja kak"; the app said to be better: "WhatsApp is easier", "Line or WeChat? which is easier for
      // you?", "واتساب أفضل".
      // Malay "whatsapp saya terus" (WhatsApp me directly); Hinglish "mera whatsapp number le lo" (take my WhatsApp number).
      '|\\s+(?:saya|sy|aku)\\b|\\s+(?:number|no\\.?)\\s+(?:le\\s+lo|lelo|le\\s+lijiye|save\\s+kar)' +
      "|\\s+(?:aja|saja|ajah)\\b|\\s*\\??\\s+(?:which\\s+(?:one\\s+)?(?=(?:is\\s+|'s\\s+)?\\S+\\s+for\\s+(?:you|u)\\b))?(?:is\\s+|'s\\s+)?(?:better|easier|faster|quicker|more\\s+(?:convenient|quick|fast|easy))\\b|\\s+(?:أفضل|افضل|أحسن|احسن|أسهل|اسهل)" +
      // Amharic "በቴሌግራም ያሳውቁኝ" (let me know on Telegram), Kurdish "لە واتسئاپ قسە بکەین" (let's talk on WhatsApp).
      '|\\s+(?:ያሳውቁኝ|ያግኙኝ|ይደውሉልኝ|ይላኩልኝ|ያናግሩኝ)|\\s+قسە\\s+(?:بکەین|بکە)' +
      // Tagalog: "Viber na lang po tayo" (let's just use Viber), "Viber tayo".
      `|\\s+(?:na\\s+)?(?:lang\\s+)?(?:po\\s+)?tayo\\b)`,
    // Requests, not items of a list: "we have more stock not listed here, whatsapp me for the list" is no refusal.
    { anchors: APP_ANCHORS, instruction: true },
  ),
  cue(
    'a request to talk on a messaging app',
    // "What's your line of business?", "do you have signal boosters / zoom lens?" ask no app; "are you on line?" asks if
    // the buyer is online. "Give me WhatsApp pls" asks for the buyer's number; "give me WhatsApp alerts" asks no app.
    `\\b(?:(?:do|if)\\s+(?:you|u)\\s+(?:have|use)|(?:are|r)\\s+(?:you|u)\\s+(?:on|using)(?!\\s+line\\b)|have\\s+you\\s+got|what\\s+is\\s+your|what'?s\\s+your|(?:send|give|drop|share|leave|tell)\\s+(?:me\\s+|us\\s+)?(?:your|ur|yr)|(?:give|drop|share)\\s+(?:me|us)(?=\\s+\\S+(?:\\s+(?:app|chat))?(?:\\s+(?:number|no|id|contact|account|pls|please|plz|now|today|so|and|or|to|i|we)\\b|\\s*(?:[.,!?;:]|$)))|let\\s+(?:me|us)\\s+know\\s+your|(?:can|could|may)\\s+(?:i|we)\\s+(?:have|get|know)\\s+your)\\s+(?:a\\s+)?(?:personal\\s+|private\\s+)?${APP}(?![\\p{L}\\p{N}]|\\s*pay|\\s+business\\s+(?:api|catalog\\w*|integration)|\\s+(?:of|for)\\b)${NO_NOUN_AFTER_SPEC_WORD_EXCEPT_ASK}` +
      // "Ur whatsapp pls?": the buyer's app asked for in two words.
      `|(?:^|[.!?,;]\\s*)(?:your|ur|yr)\\s+${APP}\\s*(?:(?:number|no\\.?|id)\\s*)?(?:pls|please|plz|\\?)` +
      // "¿Tiene WhatsApp?", "Você tem WhatsApp?": asked as a question, not "este celular tiene WhatsApp".
      `|(?:^|¿)\\s*(?:usted\\s+|você\\s+|voce\\s+)?(?:tiene|tienes|tem)\\s+${APP}(?![\\p{L}\\p{N}]|\\s+(?:business\\s+)?(?:api|este|esta|esse|essa|el|la|o|a)\\b)` +
      `|(?:你|您)(?:有没有|有|用不用|用)\\s*${APP}(?!\\s*(?:支付|付款|转账|pay))|(?:发|發)(?:一下|下)?(?:您|你)的\\s*${APP}\\s*(?:二维码|二維碼|号|號|id)` +
      // The branches that end with the app share it (see the cue above). 加我们财务的微信.
      `|(?:加(?:一下|下)?(?:我|个)?(?:的)?(?:我们|我们的)?(?:客服|经理|同事|财务|会计|老板|助理|业务员)?(?:的)?\\s*` +
      // "Add me on" in other languages, with up to two words before the app ("en mi", "sur", على); Arabic may join its article to the app (الواتساب).
      `|${ADD_ME_ELSEWHERE}\\s+(?:\\S+\\s+){0,3}?(?:ال|ב)?` +
      // "Give me your WhatsApp" in Portuguese and Spanish: "me passa seu WhatsApp", "pásame tu WeChat", Colombian "me regala su
      // número de WhatsApp".
      `|\\b(?:me\\s+pass[ae]|passa-me|me\\s+mand[ae]|me\\s+d[áa]|d[áa]me|p[áa]same|me\\s+pasas?|me\\s+regalas?|envie|envia)\\s+(?:o\\s+|a\\s+)?(?:seu|sua|teu|tua|tu|su)\\s+(?:n[úu]mero\\s+de\\s+)?` +
      // "I'll pass you the details by WhatsApp": "te paso los datos por WhatsApp", "te passo os dados pelo WhatsApp".
      // Italian "ti mando l'indirizzo su WhatsApp".
      `|\\b(?:te|le|lhe|ti)\\s+(?:paso|pasar[ée]|env[íi]o|enviar[ée]|mando|mandar[ée]|passo|passarei|mandarei|invio|scrivo)\\s+(?:\\S+\\s+){0,3}?(?:por|pelo|pela|via|en|no|su)\\s+(?:mi\\s+|meu\\s+|o\\s+)?` +
      // "Let's continue on WhatsApp": "vamos continuar pelo WhatsApp", "sigamos por WhatsApp", "continuons sur WhatsApp", "weiter über WhatsApp".
      `|\\b(?:vamos|podemos|bora)\\s+(?:continuar|falar|conversar|seguir|hablar)\\s+(?:por|pelo|pela|no|na|en|via)\\s+` +
      `|\\b(?:sigamos|continuemos|hablemos|hablamos|seguimos|continuamos|continuons|parlons|discutons)\\s+(?:(?:la\\s+conversation|por|en|sur|par|via)\\s+)+` +
      `|\\bweiter\\s+(?:über|uber|auf|per|via)\\s+` +
      // Polish and Tagalog: "czy możemy przejść na Telegram", "chat na lang po tayo sa Viber"; "I'll send you the video on Line".
      // Tagalog "send ko po yung number sa Viber" (I'll send the number on Viber), "mag-usap sa Line" (talk on Line).
      `|\\b(?:przej[śs][ćc]|przejd[źz]my|przejdziemy|porozmawiajmy|piszmy|piszcie)\\s+na\\s+|\\btuwasiliane\\s+(?:kwa\\s+)?|\\bchat\\s+(?:na\\s+lang\\s+)?(?:po\\s+)?tayo\\s+sa\\s+|\\bmag-?usap\\s+(?:(?:po|tayo|na|lang)\\s+)*sa\\s+|\\bsend\\s+ko\\s+(?:\\S+\\s+){0,4}?sa\\s+` +
      // "The account I sent you on WeChat", "as I told you on WhatsApp": talk already there.
      `|\\b(?:send|share|(?:i|we)\\s+(?:already\\s+|just\\s+)?(?:sent|shared|gave|told))\\s+(?:you|u|with\\s+you)\\s+(?:\\S+\\s+){0,4}?(?:on|via|through|over)\\s+(?:my\\s+|our\\s+)?` +
      // "Send me your PayPal on WhatsApp", "details on WhatsApp": what is sent is asked for, or promised, on the app.
      `|\\bsend\\s+me\\s+(?:\\S+\\s+){0,3}?(?:on|via|through|over|by)\\s+(?:your\\s+)?|\\b(?:bank\\s+)?details(?<!\\b(?:product|item|full|technical|tech)\\s+details)\\s+(?:on|via|by|through|over)\\s+(?:my\\s+|our\\s+)?` +
      // "Please send to WhatsApp, Alibaba breaks the vector file": the buyer's files asked for on the app.
      `|\\b(?:pls|please|plz|kindly)\\s+send\\s+(?:(?:it|them|the\\s+\\S+|your\\s+\\S+)\\s+)?(?:to|on|via|in)\\s+(?:my\\s+|our\\s+)?)${APP}|(?:\\bauf|über(?<![\\p{L}]über)|\\buber|\\bper)\\s+${APP}\\s+(?:weiter[a-z]*|schreiben|reden|kontaktieren|besprechen|sprechen|chatten)\\b`,
    // Asks and requests, each opening with its verb: a "收不到" before the comma does not refuse "加我微信".
    { anchors: APP_ANCHORS, instruction: true },
  ),
  cue(
    'a request to talk on a messaging app',
    // Slang: "hit me up on WhatsApp", "buzz me on WeChat", "drop me a line on Signal", "slide into my Telegram".
    // The branches that end with the app share it (see the cues above).
    `(?:\\b${SLANG_MOVE}\\s+(?:on|pon|via|at|over|in|into)\\s+(?:my\\s+|our\\s+|the\\s+)?|\\bslide\\s+into\\s+(?:my|our)\\s+` +
      // "Can we move this convo to Telegram?", Hebrew "אפשר להמשיך בוואטסאפ?" (continue on WhatsApp), Arabic "ممكن نكمل
      // الحديث على الويتشات؟" (can we go on talking on WeChat?).
      `|\\b(?:move|take|continue|switch|shift)\\s+(?:this|the|our)\\s+(?:convo|conversation|chat|talk|discussion)\\s+(?:to|on|over\\s+to|onto)\\s+|(?:להמשיך|נמשיך|לעבור|נעבור)\\s+ב?|(?:نكمل|نتواصل|نتكلم|نحكي)\\s+(?:\\S+\\s+)?(?:على|عبر|في)\\s+(?:ال)?` +
      // Russian "продолжим в телеге", "созвонимся по Скайпу"; "скиньте номер вацапа".
      `|(?:продолжим|продолжаем|созвонимся|спишемся|пообщаемся|общаемся|перейд[её]м|переписываемся|свяжемся)\\s+(?:в|по|на|через)\\s+|(?:скиньте|скинь|дайте|пришлите|оставьте|напишите)\\s+(?:(?:ваш|сво[йи]|тво[йи])\\s+)?номер\\s+` +
      // French "passe-moi ton numéro WhatsApp"; Vietnamese "cho em xin số WhatsApp".
      `|(?:passe|passez|donne|donnez|envoie|envoyez)-moi\\s+(?:ton|votre)\\s+(?:num[ée]ro|contact|id)\\s+(?:de\\s+)?|\\bxin\\s+(?:s[ốo]\\s+|sdt\\s+|s[đd]t\\s+)?` +
      // "Please install WeChat to chat with us", "download WeChat PC version from this link": the app to talk on, not
      // its wallet ("download WeChat Pay").
      `|\\b(?:pls|please|plz|kindly|you\\s+(?:can|should|need\\s+to|must))\\s+(?:download|install)\\s+(?:the\\s+)?(?!\\S+\\s*pay\\b))${APP}` +
      // "My WhatsApp is in my profile photo", "WeChat QR code on our company profile page": the ID shown where the
      // platform's filter can't read it.
      `|${APP}(?:\\s+(?:id|number|no\\.?|qr(?:\\s*code)?|contact))?\\s+(?:is\\s+)?(?:in|on)\\s+(?:my|our)\\s+(?:\\S+\\s+){0,2}?(?:profile|bio|avatar|photo|picture|pic|banner|homepage|store\\s+page)` +
      // Vietnamese "anh qua Zalo nói chuyện".
      `|\\bqua\\s+${APP}\\s+(?:n[óo]i\\s+chuy[ệe]n|nh[ắa]n|li[êe]n\\s+h[ệe]|trao\\s+[đd][ổo]i|chat|k[ếe]t\\s+b[ạa]n)` +
      // 发个WhatsApp给我, 發個WhatsApp給我.
      `|[发發](?:个|個|一下)?\\s*${APP}\\s*[给給]\\s*我`,
    { anchors: APP_ANCHORS },
  ),
];

/** Most messages name no app: then only OTHER_MOVES are tried. Never true without one of APP_MOVES' anchors. */
export const NAMES_AN_APP = new RegExp(APP);
