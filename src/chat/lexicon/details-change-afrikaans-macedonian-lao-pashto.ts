import { cue, type Cue } from './cue';

/** Not said to be unchanged in the same clause: Afrikaans "nie", "nooit", Macedonian "не", "никогаш", Pashto "نه". */
const NOT_DENIED =
  '(?![^.!?,;\\n]{0,40}(?:(?<![\\p{L}])(?:nie|nooit|не|ne|никогаш|nikogas)(?![\\p{L}])|(?<![\\p{L}\\p{M}])(?:نه|هېڅکله|هیڅکله)(?![\\p{L}\\p{M}])))';

/** Not the buyer's own marketplace login: "nuwe Alibaba rekening", "нова сметка на Alibaba". */
const NOT_A_LOGIN = '(?![^.!?\\n]{0,20}(?:alibaba|login|wagwoord|лозинка|password))';

/** A new or changed receiving account in Afrikaans, Macedonian (in Cyrillic and Latin letters), Lao (in its script) and Pashto (in Arabic script and Latin letters). */
export const CHANGES_IN_AFRIKAANS_MACEDONIAN_LAO_PASHTO: readonly Cue[] = [
  cue(
    'a new account to pay to',
    // Afrikaans "na ons nuwe rekening" (to our new account); Macedonian "на новата сметка" (to the new account), "nova
    // smetka"; Lao "ບັນຊີໃຫມ່" (a new account); Pashto "نوي حساب ته" (to the new account), "naway hisab".
    `(?<![\\p{L}])(?:nuwe|nuut)\\s+(?:bank)?rekening${NOT_A_LOGIN}` +
      `|(?<![\\p{L}])(?:нова|новата|nova|novata)\\s+(?:банкарска\\s+|bankarska\\s+)?(?:сметка|smetka)${NOT_A_LOGIN}` +
      '|ບັນຊີ(?:ທະນາຄານ)?ໃຫມ່' +
      `|(?<![\\p{L}\\p{M}])(?:نوي|نوی|نوې)\\s+(?:بانکي\\s+)?حساب${NOT_A_LOGIN}|(?<![\\p{L}])(?:naway|nawe|nawi|nawai)\\s+(?:hisab|hesab|account)(?![\\p{L}])`,
    {
      anchors: [
        'nuwe',
        'nuut',
        'нова',
        'новата',
        'nova',
        'novata',
        'ໃຫມ່',
        'نوي',
        'نوی',
        'نوې',
        'naway',
        'nawe',
        'nawi',
        'nawai',
      ],
    },
  ),
  cue(
    'the receiving account said to be changed',
    // Afrikaans "ons rekening het verander" (our account has changed), "bankbesonderhede is opgedateer"; Macedonian
    // "сметката е променета" (the account is changed), "smetkata e smeneta"; Lao "ປ່ຽນບັນຊີ" (changed the account);
    // Pashto "حساب مو بدل شو" (our account was changed), "hisab badal shaway". Not "ons bankbesonderhede sal nooit per
    // e-pos verander nie", "Ние никогаш не менуваме сметка" (we never change the account).
    `(?<![\\p{L}])(?:rekening|bankrekening|bankbesonderhede|bank\\s+besonderhede)\\s+(?:(?!nooit|nie)\\S+\\s+){0,3}?(?:verander|gewysig|opgedateer)(?![\\p{L}])${NOT_DENIED}` +
      `|(?<![\\p{L}])(?:сметката|сметка|smetkata|smetka)\\s+(?:(?!не|ne)\\S+\\s+){0,2}?(?:е\\s+|e\\s+)?(?:променета|сменета|изменета|promeneta|smeneta|izmeneta)(?![\\p{L}])${NOT_DENIED}` +
      '|ປ່ຽນ(?:ເລກ)?ບັນຊີ(?!ບໍ່)|ບັນຊີ(?:ທະນາຄານ)?(?:ໄດ້)?ປ່ຽນ' +
      `|(?<![\\p{L}\\p{M}])حساب\\s+(?:\\S+\\s+)?(?:بدل|بند)\\s+(?:شو|شوی|شوې)(?![\\p{L}\\p{M}])${NOT_DENIED}` +
      `|(?<![\\p{L}])(?:hisab|hesab|account)\\s+(?:\\S+\\s+)?badal\\s+(?:shaway|shawe|sho|shu)(?![\\p{L}])${NOT_DENIED}`,
    {
      anchors: [
        'rekening',
        'bankbesonderhede',
        'bank besonderhede',
        'сметка',
        'smetka',
        'ປ່ຽນ',
        'حساب',
        'badal',
      ],
    },
  ),
  cue(
    'the old account said to be stopped',
    // Afrikaans "ons company account is tans onder annual audit" (our company account is under audit now), "rekening
    // is gevries"; Macedonian "нашата сметка … е под годишна ревизија", "сметката е блокирана"; Lao "ບັນຊີບໍລິສັດ …
    // ກຳລັງຖືກກວດສອບ" (the company account is being audited); Pashto "زموږ د شرکت حساب … د تفتیش لاندې دی" (under audit).
    `(?<![\\p{L}])(?:rekening|account|bankrekening)\\s+(?:\\S+\\s+){0,3}?(?:onder\\s+(?:\\S+\\s+)?(?:audit|oudit|ouditering|ondersoek|hersiening)|gevries|geblokkeer)(?![\\p{L}])${NOT_DENIED}` +
      `|(?<![\\p{L}])(?:сметка|сметката|smetka|smetkata)\\s+(?:\\S+\\s+){0,4}?(?:под\\s+(?:\\S+\\s+)?ревизија|pod\\s+(?:\\S+\\s+)?revizija|блокиран\\p{L}*|замрзнат\\p{L}*|blokiran\\p{L}*|zamrznat\\p{L}*)${NOT_DENIED}` +
      '|ບັນຊີ[^.!?\\n]{0,25}?ຖືກ(?:ກວດສອບ|ອາຍັດ|ລະງັບ|ບລັອກ|ລັອກ)' +
      '|(?<![\\p{L}\\p{M}])حساب\\s+(?:\\S+\\s+){0,4}?(?:تفتیش|پلټن\\p{L}*|audit)\\S*\\s+(?:\\S+\\s+)?لاندې',
    {
      anchors: [
        'onder',
        'gevries',
        'geblokkeer',
        'ревизија',
        'revizija',
        'блокиран',
        'замрзнат',
        'blokiran',
        'zamrznat',
        'ຖືກ',
        'لاندې',
      ],
    },
  ),
  cue(
    'payments now taken by another company of the group',
    // Macedonian "плаќањата од Европа ги примаме преку нашата филијала во Германија" (we take payments from Europe through
    // our branch in Germany), "preku nasata sestrinska kompanija"; Afrikaans "betaal aan ons sustermaatskappy";
    // Pashto "زموږ د دوبۍ څانګه" beside an account.
    '(?<![\\p{L}])(?:примаме|primame)\\s+(?:преку|preku|на|na)\\s+(?:\\S+\\s+)?(?:филијала|подружница|сестринска|filijala|podruznica|podružnica|sestrinska)\\p{L}*' +
      '|(?<![\\p{L}])(?:betaal|stuur|oorbetaal)\\s+(?:\\S+\\s+){0,3}?(?:aan|na)\\s+(?:ons\\s+)?(?:sustermaatskappy|susterfirma|filiaal)' +
      '|(?<![\\p{L}\\p{M}])حساب\\s+(?:\\S+\\s+){0,4}?څانګ\\p{L}*|(?<![\\p{L}\\p{M}])څانګ\\p{L}*\\s+(?:\\S+\\s+){0,2}?حساب',
    { anchors: ['примаме', 'primame', 'sustermaatskappy', 'susterfirma', 'filiaal', 'څانګ'] },
  ),
];
