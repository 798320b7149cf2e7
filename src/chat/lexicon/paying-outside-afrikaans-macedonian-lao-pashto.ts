import { cue, type Cue } from './cue';
import { PAYING_OUTSIDE_IN_LAO_PASHTO } from './paying-outside-afrikaans-macedonian-lao-pashto-2';

/** Asking to pay outside the order in Afrikaans, Macedonian (in Cyrillic and Latin letters), Lao (in its script) and Pashto (in Arabic script and Latin letters). */
export const PAYING_OUTSIDE_IN_AFRIKAANS_MACEDONIAN_LAO_PASHTO: readonly Cue[] = [
  cue(
    'paying directly, outside the order',
    // Afrikaans "as jy direk na ons betaal" (if you pay us directly), "betaal direk aan my", "buite Alibaba om"
    // (outside Alibaba); Macedonian "ако платиш директно а не преку Alibaba", "уплатете директно на нас", "nadvor od
    // Alibaba" (outside Alibaba). Not "betaal jy direk aan SARS", "плаќате директно на DHL" (duty paid to customs or a
    // courier).
    '(?<![\\p{L}])direk\\s+(?:na|aan|in|op)\\s+(?:ons|my|hom|haar|die\\s+agent|ons\\s+agent|die\\s+fabriek)(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:betaal|stuur|oorbetaal|eft)\\s+(?:\\S+\\s+){0,3}?direk\\s+(?:na|aan|in)\\s+(?:ons|my|hom|haar)(?![\\p{L}])' +
      '|(?<![\\p{L}])buite\\s+(?:die\\s+)?(?:alibaba|trade\\s+assurance)\\S*\\s+om(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:директно|direktno)\\s+(?:\\S+\\s+){0,2}?(?:а\\s+не|не|a\\s+ne|ne)\\s+(?:преку|preku|на|na)\\s+(?:alibaba|алибаба|trade\\s+assurance)' +
      '|(?<![\\p{L}])(?:платите|платиш|плати|уплатете|уплатиш|уплати|пратете|прати|platite|platis|plati|uplatete|uplatis|uplati)\\s+(?:\\S+\\s+){0,2}?(?:директно|direktno)\\s+(?:на|na)\\s+(?:нас|мене|нашата|нашиот|агентот|nas|mene|nasata|nasiot|agentot)(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:надвор\\s+од|nadvor\\s+od|мимо|mimo)\\s+(?:alibaba|алибаба|trade\\s+assurance)',
    {
      instruction: true,
      anchors: ['direk', 'buite', 'директно', 'direktno', 'надвор од', 'nadvor od', 'мимо', 'mimo'],
    },
  ),
  cue(
    "a person's account",
    // Afrikaans "my manager se rekening" (my manager's account), "ons agent se eWallet", "persoonlike rekening";
    // Macedonian "на сметката на нашиот менаџер" (to our manager's account), "лична сметка", "smetkata na direktorot".
    '(?<![\\p{L}])(?:bestuurder|manager|baas|eienaar|direkteur|agent|suster|broer|vrou)\\s+se\\s+(?:\\S+\\s+)?(?:rekening|bankrekening|account|ewallet|e-wallet|payshap)(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:persoonlike|privaat|private)\\s+(?:bank)?rekening' +
      '|(?<![\\p{L}])(?:сметка|сметката|smetka|smetkata)\\s+на\\s+(?:нашиот\\s+|мојот\\s+|нашата\\s+|мојата\\s+)?(?:менаџер|директор|газда|сопственик|агент|брат|сестра|сопруга)\\p{L}*' +
      '|(?<![\\p{L}])(?:smetka|smetkata)\\s+na\\s+(?:nasiot\\s+|mojot\\s+|nasata\\s+)?(?:menadzer|menaxer|menager|direktor|gazda|sopstvenik|agent|brat|sestra)\\p{L}*' +
      '|(?<![\\p{L}])(?:лична|личната|приватна|приватната|licna|licnata|privatna|privatnata)\\s+(?:сметка|smetka)',
    {
      anchors: [
        'bestuurder',
        'manager',
        'baas',
        'eienaar',
        'direkteur',
        'agent',
        'suster',
        'broer',
        'vrou',
        'persoonlike',
        'privaat',
        'private',
        'сметка',
        'smetka',
        'лична',
        'личната',
        'приватна',
        'licna',
        'privatna',
      ],
    },
  ),
  cue(
    'cash handed over',
    // Afrikaans "kontant by die kantoor betaal" (pay cash at the office), "cash send na 082 …", "PayShap na sy
    // ShapID"; Macedonian "плати кеш" (pay cash), "во готово на агентот", "moze da plati kes na banka" (may she pay
    // cash at a bank?).
    '(?<![\\p{L}])(?:kontant\\p{L}*|cash)[\\s,]+(?:\\S+\\s+){0,3}?(?:betaal|stuur|gee|bring|deponeer|inbetaal|oorhandig)(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:neem|aanvaar|vat)\\s+(?:net\\s+|slegs\\s+)?kontant(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:cash\\s?send|shap\\s?id|payshap)(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:кеш|кешот|готовина|во\\s+готово|kes|keš|kesot|gotovina|vo\\s+gotovo)\\s+(?:\\S+\\s+){0,3}?(?:плати|платите|уплати|уплатете|дадете|дај|донесете|однесете|plati|platite|uplati|uplatete|dadete|daj)(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:плати|платите|уплати|уплатете|дадете|plati|platite|uplati|uplatete|dadete)\\s+(?:\\S+\\s+){0,1}?(?:кеш|во\\s+готово|готовина|kes|keš|gotovina|vo\\s+gotovo)(?![\\p{L}])',
    {
      anchors: [
        'kontant',
        'cash',
        'shapid',
        'shap id',
        'payshap',
        'кеш',
        'готовина',
        'готово',
        'kes',
        'keš',
        'gotovina',
        'gotovo',
      ],
    },
  ),
  cue(
    'the order said not to work, to pay another way',
    // Afrikaans "die Alibaba app het 'n fout met Namibiese kaarte" (has a fault with Namibian cards), "die Alibaba
    // payment kan nie nou deurgaan nie" (can't go through now); Macedonian "системот на Alibaba има проблем со плаќања
    // од Македонија" (a problem with payments from Macedonia), "Апликацијата има проблем со картички", "Alibaba
    // плаќањето е блокирано".
    "(?<![\\p{L}])alibaba\\s+(?:\\S+\\s+){0,4}?(?:het\\s+)?'?n\\s+(?:probleem|fout)\\s+(?:het\\s+)?met\\s+(?:\\S+\\s+)?(?:kaarte|betalings?)(?![\\p{L}])" +
      '|(?<![\\p{L}])alibaba\\s+(?:payment|betaling)\\s+(?:kan\\s+nie|werk\\s+nie)' +
      '|(?<![\\p{L}])(?:alibaba|алибаба|системот|апликацијата|sistemot|aplikacijata)\\s+(?:\\S+\\s+){0,4}?(?:има|ima)\\s+(?:\\S+\\s+)?(?:проблем|problem)\\s+(?:со|so)\\s+(?:\\S+\\s+)?(?:плаќања|картички|уплати|plakjanja|placanja|kartički|karticki|uplati)' +
      '|(?<![\\p{L}])(?:alibaba|алибаба)\\s+(?:плаќањето|плаќањата|plakjanjeto|placanjeto)\\s+(?:е\\s+|e\\s+)?(?:блокиран|blokiran|оневозможен)\\p{L}*',
    {
      anchors: [
        'probleem',
        'fout',
        'payment',
        'betaling',
        'проблем',
        'problem',
        'плаќањ',
        'plakjanj',
        'placanj',
      ],
    },
  ),
  cue(
    'an advance fee',
    // Macedonian "царината бара такса за сертификат … пред да ја ослободи пратката" (customs asks a certificate fee
    // before it releases the parcel), "такса … pred da ja oslobodi".
    '(?<![\\p{L}])(?:такса|taksa)\\p{L}*\\s+(?:\\S+\\s+){0,10}?(?:пред\\s+да|pred\\s+da)\\s+(?:ја|ги|го|ja|gi|go)\\s+(?:ослобод|oslobod)\\p{L}*' +
      '|(?<![\\p{L}])(?:царина\\p{L}*|carina\\p{L}*)\\s+(?:\\S+\\s+)?(?:бара|bara)\\s+(?:\\S+\\s+)?(?:такса|taksa)',
    { anchors: ['такса', 'taksa'] },
  ),
  ...PAYING_OUTSIDE_IN_LAO_PASHTO,
];
