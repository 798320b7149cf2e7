import { cue, type Cue } from './cue';

/** Asking to pay outside the order in Somali, Hausa, Bulgarian and Slovak (Bulgarian in Cyrillic and Latin letters, Slovak with and without its marks). */
export const PAYING_OUTSIDE_IN_SOMALI_HAUSA_BULGARIAN_SLOVAK: readonly Cue[] = [
  cue(
    'a personal account',
    // Somali "xisaabta gaarka ah ee maamulaha" (the manager's own account), "xisaabta agaasimaha" (the director's);
    // Hausa "asusun manajan mu" (our manager's account), "account din darakta"; Bulgarian "личната сметка на
    // управителя", Latin "lichnata smetka"; Slovak "súkromný účet" (Czech's "osobní účet" reads Slovak "osobný účet"
    // too).
    '(?<![\\p{L}])(?:xisaab|akoon|account)\\p{L}*\\s+(?:\\S+\\s+)?gaar(?:ka)?\\s+ah|(?<![\\p{L}])(?:xisaabta|akoonka|account-ka)\\s+(?:\\S+\\s+)?(?:maamulaha|agaasimaha|walaalkay|walaashay|xaaskayga|wakiilka)' +
      '|(?<![\\p{L}])(?:asusun|account\\s+din|akant\\s+din)\\s+(?:kaina|kansa|kanta|manaja\\p{L}*|darakta\\p{L}*|matata|matar\\s+\\S+|dan\\s+uwana|wakili\\p{L}*|ogana)' +
      '|(?<![\\p{L}])(?:лична|личната|частна|частната)\\s+(?:банкова\\s+)?сметка|(?<![\\p{L}])сметката\\s+на\\s+(?:нашия\\s+|моя\\s+|моята\\s+)?(?:управителя|мениджъра|директора|съпругата|съпруга|брат\\p{L}*|сестра\\p{L}*|колег\\p{L}*)' +
      '|(?<![\\p{L}])(?:lichna|lichnata|chastna|chastnata)\\s+(?:bankova\\s+)?smetka|(?<![\\p{L}])smetkata\\s+na\\s+(?:nashiya\\s+|moya\\s+)?(?:upravitelya|menidzhara|direktora|saprugata|brat\\p{L}*|sestra\\p{L}*)' +
      '|(?<![\\p{L}])s[úu]kromn\\p{L}{1,3}\\s+(?:[úu][čc]et|[úu][čc]tu)(?![\\p{L}])|(?<![\\p{L}])(?:[úu][čc]et|[úu][čc]tu)\\s+(?:n[áa][šs]ho\\s+)?(?:riadite[ľl]\\p{L}*|mana[žz][ée]r\\p{L}*|konate[ľl]\\p{L}*)',
    {
      needsPaymentTalk: true,
      anchors: [
        'gaar',
        'maamulaha',
        'agaasimaha',
        'walaalkay',
        'walaashay',
        'xaaskayga',
        'wakiilka',
        'asusun',
        'account din',
        'akant din',
        'сметка',
        'smetka',
        'súkromn',
        'sukromn',
        'riaditeľ',
        'riaditel',
        'manaž',
        'manaz',
        'konateľ',
        'konatel',
      ],
    },
  ),
  cue(
    'paying outside the order',
    // Somali "lacagta si toos ah noogu soo dir, Alibaba la'aan" (send it to us directly, without Alibaba), "ka baxsan
    // Alibaba" (outside Alibaba); Hausa "ku biya a wajen Alibaba" (pay outside Alibaba), "ba ta Alibaba ba"; Bulgarian
    // "платете директно по сметката ни", "извън Alibaba"; Slovak "zaplaťte priamo na náš účet", "mimo Alibaby".
    "(?<![\\p{L}])(?:alibaba\\s+la['’]?aan|ka\\s+baxsan\\s+alibaba|si\\s+toos\\s+ah\\s+(?:\\S+\\s+){0,2}?(?:u\\s+|noogu\\s+|iigu\\s+)?(?:soo\\s+)?(?:dir|bixi))" +
      '|(?<![\\p{L}])(?:a\\s+wajen\\s+alibaba|ba\\s+ta\\s+alibaba\\s+ba)' +
      '|(?<![\\p{L}])(?:платете|преведете|платите|превод|плащане)\\s+(?:\\S+\\s+){0,2}?(?:директно\\s+(?:по|на)\\s+(?:нашата\\s+|фирмената\\s+)?сметка\\p{L}*|извън\\s+(?:alibaba|алибаба|платформата)|без\\s+alibaba|без\\s+алибаба)' +
      '|(?<![\\p{L}])(?:platete|prevedete|platite|prevod|plashtane)\\s+(?:\\S+\\s+){0,2}?(?:direktno\\s+(?:po|na)\\s+(?:nashata\\s+|firmenata\\s+)?smetka\\p{L}*|izvan\\s+(?:alibaba|platformata)|bez\\s+alibaba)' +
      '|(?<![\\p{L}])(?:zapla[ťt]te|po[šs]lite|posielajte|platba|prevod\\p{L}*)\\s+(?:\\S+\\s+){0,2}?(?:priamo\\s+na\\s+(?:n[áa][šs]\\s+|firemn[ýy]\\s+)?(?:[úu][čc]et|iban)|mimo\\s+alibab\\p{L}*)',
    {
      anchors: [
        'alibaba la',
        'baxsan alibaba',
        'si toos ah',
        'wajen alibaba',
        'ta alibaba ba',
        'директно',
        'извън',
        'без alibaba',
        'без алибаба',
        'direktno',
        'izvan',
        'bez alibaba',
        'priamo na',
        'mimo alibab',
      ],
    },
  ),
  cue(
    'a hawala transfer',
    // Somali "xawaala" and "xawilaad" (hawala), the way money goes home outside the banks: "ku dir xawaala".
    '(?<![\\p{L}])(?:xawaala\\p{L}*|xawilaad\\p{L}*|xawaalad\\p{L}*)',
    { needsPaymentTalk: true, anchors: ['xawaala', 'xawilaad'] },
  ),
];
