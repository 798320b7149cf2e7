import { cue, type Cue } from './cue';

/**
 * Paying outside the order in wordings probes 57 to 59 found: the order's platform refused in brackets ("(not alibaba)"),
 * the supplier's own web shop, a colleague, a subsidiary or a partner company to pay instead, the commission saved, bank
 * details promised in an app, a refund settled outside the platform and a fee asked before it, money asked back for an
 * overpayment; German Sofortüberweisung and cash at a trade fair, Italian, French, Tagalog, Persian, Arabic, Japanese,
 * Polish, Hungarian, Finnish, Hebrew and Turkish, and M-Pesa named with an amount. Part of MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_MORE_WORDINGS: readonly Cue[] = [
  cue(
    'paying directly, outside the order',
    // "… received by tomorrow to the account on our PI (not alibaba)"; "we accept credit card through our own website,
    // cheaper than alibaba"; Spanish "pa' no pagar comisión le conviene transferir directo"; Arabic "أوفر لك من رسوم علي
    // بابا" (it saves you Alibaba's fees).
    '\\(\\s*(?:not\\s+alibaba|not\\s+via\\s+alibaba|not\\s+through\\s+alibaba|not\\s+ta|not\\s+trade\\s+assurance)\\s*\\)' +
      '|\\b(?:(?:accept|take)\\s+(?:credit\\s+cards?|cards?|payments?|paypal|visa)|pay\\w*)\\s+(?:\\S+\\s+){0,3}?(?:through|via|on)\\s+our\\s+own\\s+(?:website|site|web\\s?shop|online\\s+store)\\b' +
      "|\\b(?:para|pa'?)\\s+no\\s+pagar\\s+(?:la\\s+)?comisi[óo]n\\b|أوفر\\s+(?:لك\\s+)?من\\s+رسوم" +
      // "Use the Bank of China account in the PI, not Alibaba"; Japanese "取引保証を使わずに、直接弊社の口座へ送金" (without Trade
      // Assurance, straight to our account).
      '|\\baccount\\s+(?:in|on)\\s+the\\s+(?:pi|invoice|proforma)\\s*,?\\s+not\\s+alibaba\\b|取引保証を使わず|(?:直接弊社|直接当社)の口座' +
      // A refund or a compensation settled outside: Polish "zrobimy poza platformą", Hungarian "Alibabán kívül intézzük",
      // Finnish "maksetaan suoraan, ei Alibaban kautta".
      '|\\bpoza\\s+platform[ąa](?![\\p{L}])|\\balibab[áa]n\\s+k[íi]v[üu]l(?![\\p{L}])|\\bei\\s+alibaban\\s+kautta\\b',
    {
      anchors: [
        'not alibaba',
        'not via alibaba',
        'not through alibaba',
        'not ta',
        'not trade assurance',
        'our own',
        'no pagar',
        'أوفر',
        '取引保証を使わず',
        '直接弊社',
        '直接当社',
        'poza platform',
        'kívül',
        'kivül',
        'kívul',
        'kivul',
        'alibaban kautta',
      ],
    },
  ),
  cue(
    'a third party collecting the money',
    // "Please send EUR 12,300 to account holder Chen Mei, she is my colleague same company"; "our partner company in Dubai will
    // invoice you, pay them by TT"; Italian "con bonifico al nostro agente" (by transfer to our agent).
    '(?:\\bto\\s+account\\s+holder|\\d+\\s+to)\\s+[a-z]+\\s+[a-z]+\\s*,?\\s+(?:she|he)\\s+is\\s+my\\s+(?:colleague|sister|brother|cousin|assistant)\\b' +
      '|\\b(?:partner|sister|related|affiliated)\\s+company\\s+(?:\\S+\\s+){0,3}?will\\s+invoice\\s+you\\b' +
      // "Yongxin Metals only receive payment via our Singapore subsidiary".
      '|\\bonly\\s+receive\\s+payments?\\s+(?:via|through|by)\\s+our\\s+(?:\\S+\\s+)?(?:subsidiary|branch|sister\\s+company|affiliate)\\b' +
      '|\\bbonifico\\s+(?:al|a)\\s+(?:nostro|mio)\\s+(?:agente|spedizioniere|collega|responsabile)\\b',
    // A colleague named for the samples or the drawings is no one collecting money: only with talk of paying.
    { needsPaymentTalk: true, anchors: ['is my ', 'will invoice you', 'only receive', 'bonifico'] },
  ),
  cue(
    'an account given in the chat',
    // German "per Sofortüberweisung an das Konto unten" (by instant transfer to the account below); Tagalog "sa bagong account
    // na lang …, ipapadala ko po details" (to the new account; I'll send the details).
    '\\bsofort[üu]berweisung\\b|\\ban\\s+das\\s+konto\\s+(?:unten|oben)\\b' +
      '|\\bipapadala\\s+(?:ko\\s+)?(?:po\\s+)?(?:ang\\s+|yung\\s+)?(?:details|account|bank\\s+details)\\b',
    { anchors: ['sofort', 'an das konto', 'ipapadala'] },
  ),
  cue(
    'cash',
    // German "Wir können gerne auch Bargeld auf der Messe in Köln annehmen, dann bekommen Sie 3% Rabatt".
    '\\bbargeld\\s+(?:\\S+\\s+){0,6}?(?:annehmen|akzeptieren)\\b',
    { anchors: ['bargeld'] },
  ),
  cue(
    'bank details to be given outside the order',
    // "Pls add whatsapp …, we send the bank info for the pantone proof fee there"; German "dort schicke ich Ihnen die
    // Bankdaten"; Italian "ti mando il nuovo IBAN su WhatsApp"; French "je t'envoie le RIB sur WhatsApp"; Arabic
    // "لإرسال بيانات الحساب البنكي" (to send the bank account details).
    '\\b(?:send\\s+the\\s+bank|send\\s+you\\s+the\\s+bank)\\s+(?:info|details|account)\\b[^.!?]{0,40}?\\bthere\\b' +
      // "Pls contact me on WhatsApp … for the new payment details".
      '|\\bfor\\s+the\\s+(?:new\\s+payment\\s+details|new\\s+bank\\s+details)\\b' +
      '|\\b(?:dort|da)\\s+schicke\\s+ich\\s+ihnen\\s+(?:die\\s+)?(?:bankdaten|bankverbindung|kontodaten)\\b' +
      '|\\b(?:ti|vi)\\s+mando\\s+(?:il\\s+)?(?:nuovo\\s+)?(?:iban|conto)\\s+(?:su|via|per)\\s+(?:whats\\s?app|wechat|telegram|e-?mail)\\b' +
      '|\\b(?:rib\\s+sur|rib\\s+par|rib\\s+via|iban\\s+sur|iban\\s+par|iban\\s+via)\\s+(?:whats\\s?app|wechat|telegram|e-?mail)\\b' +
      '|(?:لإرسال|لارسال|سأرسل|وسأرسل)\\s+(?:لك\\s+)?(?:بيانات\\s+الحساب|تفاصيل\\s+الحساب)',
    {
      anchors: [
        'send the bank',
        'send you the bank',
        'new payment details',
        'new bank details',
        'schicke ich',
        'mando',
        'rib sur',
        'rib par',
        'rib via',
        'iban sur',
        'iban par',
        'iban via',
        'بيانات الحساب',
        'تفاصيل الحساب',
      ],
    },
  ),
  cue(
    'a personal account',
    // Finglish "be hesab-e shakhsi-ye man variz konid" (pay into my personal account).
    '\\bhesab(?:-e|e)?\\s+shakhsi',
    { anchors: ['shakhsi'] },
  ),
  cue(
    'paying directly, outside the order',
    // French "je t'envoie le RIB sur WhatsApp, c'est plus simple que par Alibaba".
    '\\bplus\\s+simple\\s+que\\s+(?:par|sur|via)\\s+alibaba\\b',
    { anchors: ['plus simple'] },
  ),
  cue(
    'a person-to-person payment app',
    // "Courier needs KSh 7,800 extra today through M-Pesa Paybill": an amount sent by phone money, with no other word of paying.
    '\\b(?:ksh|kes|tsh|tzs|ugx)\\s?\\d[\\d,.]*\\s+(?:\\S+\\s+){0,3}?(?:through|via|by|on|kwa)\\s+(?:m-?pesa|airtel\\s+money|tigo\\s+pesa|mtn\\s+momo)\\b',
    { anchors: ['ksh', 'kes', 'tsh', 'tzs', 'ugx'] },
  ),
  cue(
    'crypto (USDT)',
    // Persian "مبلغ ۴۵۰۰ دلار را به صورت تتر به این آدرس بفرستید" (send the 4,500 dollars as Tether to this address).
    'تتر(?<!\\p{L}تتر)(?!\\p{L})',
    { anchors: ['تتر'] },
  ),
  cue(
    'a fee to pay first, to unlock an order or a refund',
    // A fee before a refund or a compensation is paid out: Hebrew "רק צריך קודם לשלם עמלת העברה" (you only need to pay a
    // transfer fee first), Hungarian "ellenőrző díjat" (a verification fee) and "a visszautalás előtt … banki díjat" (a bank
    // fee before the transfer back). Not a handling fee by itself, which the order may carry.
    'קודם\\s+לשלם|\\bellen[őo]rz[őo]\\s+d[íi]j|\\bvisszautal[áa]s\\s+el[őo]tt\\b',
    { anchors: ['קודם לשלם', 'ellenőrző', 'ellenorzo', 'ellenőrzo', 'ellenorző', 'visszautal'] },
  ),
  cue(
    'money asked back for an overpayment',
    // Turkish "iade tutarı sehven fazla gönderildi. Farkı bu linkten geri öder misiniz" (the refund was sent too much by
    // mistake; will you pay the difference back by this link).
    '\\bgeri\\s+[öo]de(?:r|yin|misiniz|yebilir)',
    { anchors: ['geri öde', 'geri ode'] },
  ),
  cue(
    'a third party collecting the money',
    // Portuguese "transfere HOJE pro Nubank do nosso representante" (to our representative's Nubank), "pelo Pix da minha
    // prima" (by my cousin's Pix); Gulf Arabic "التحويل المباشر على حسابي" (the direct transfer to my account).
    '\\b(?:pro|para\\s+o|no|pelo)\\s+(?:nubank|pix|picpay)\\s+(?:do|da)\\s+(?:nosso|nossa|meu|minha)\\s+(?:representante|prima|primo|irm[ãa]o?|irm[ãa]|s[óo]cio|agente)\\b' +
      '|التحويل\\s+المباشر',
    { anchors: ['nubank', 'pix', 'picpay', 'التحويل المباشر'] },
  ),
  cue(
    'an account given in the chat',
    // "Transfer to the account in this photo before 5pm"; "pay freight KWD 85 with the KNET link he send you"; Arabizi
    // "7awli 3ala STC Pay 0551112233" (send it to me on STC Pay).
    '\\b(?:account\\s+in\\s+this|account\\s+on\\s+this|account\\s+in\\s+the|account\\s+on\\s+the)\\s+(?:photo|picture|pic|image|screenshot)\\b|\\bknet\\s+link\\b|\\bstc\\s?pay\\b',
    { anchors: ['account in this', 'account on this', 'account in the', 'account on the', 'knet', 'stc'] },
  ),
];
