import { cue, type Cue } from './cue';

/**
 * Another company of the group, or the factory, now takes the money: Czech "Doplatek teď přijímá naše továrna …" (the
 * balance is now taken by our factory), "plaťte naší sesterské firmě"; Hungarian "a hongkongi testvércégünk, a … fogadja
 * a fizetést" (our Hong Kong sister company takes the payment), "utaljon a gyárunknak"; Swedish "Fabriken … tar emot
 * betalningen i stället" (the factory takes the payment instead), "betala till vårt systerföretag". Paying the factory
 * instead of the trading company counts as a change. Each written as typed with its accents and without them. A changed
 * account here, and paying to it in paying-outside-czech-hungarian-swedish.ts.
 */
export const TO_ANOTHER_COMPANY_IN_CZECH_HUNGARIAN_SWEDISH =
  '(?<![\\p{L}])(?:platbu|platby|doplatek|z[áa]lohu|pen[íi]ze|[čc][áa]stku|[úu]hradu)\\s+(?:\\S+\\s+){0,2}?(?:přijímá|prijima|převezme|prevezme|bude\\s+přijímat|bude\\s+prijimat)\\s+' +
  '(?:na[šs]e\\s+|na[šs][íi]\\s+|n[áa][šs]\\s+)?(?:tov[áa]rn\\p{L}*|sestersk\\p{L}*|pobo[čc]k\\p{L}*|mate[řr]sk\\p{L}*|dce[řr]in\\p{L}*|hongkongsk\\p{L}*)' +
  '|(?<![\\p{L}])(?:pla[ťt]te|zapla[ťt]te|po[šs]lete|platit\\s+se\\s+m[áa])\\s+(?:\\S+\\s+){0,2}?(?:na[šs][íi]\\s+)?' +
  '(?:továrně|tovarne|sesterské\\s+firmě|sesterske\\s+firme|dceřiné\\s+firmě|dcerine\\s+firme)(?![\\p{L}])' +
  '|(?<![\\p{L}])(?:testvércég\\p{L}*|testverceg\\p{L}*|leányvállalat\\p{L}*|leanyvallalat\\p{L}*|gy[áa]r(?:unk)?|hongkongi\\s+c[ée]g\\p{L}*|anyac[ée]g\\p{L}*)[^.!?;]{0,50}?fogadja\\s+(?:a\\s+|az\\s+)?' +
  '(?:fizet[ée]s\\p{L}*|p[ée]nz\\p{L}*|befizet[ée]s\\p{L}*|[öo]sszeg\\p{L}*|utal[áa]s\\p{L}*|marad[ée]k\\p{L}*|el[őo]leg\\p{L}*)' +
  '|(?<![\\p{L}])(?:fizess\\p{L}*|utalj\\p{L}*|k[üu]ldj\\p{L}*)\\s+(?:\\S+\\s+){0,2}?(?:a\\s+)?(?:testvércég\\p{L}*|testverceg\\p{L}*|gyárunknak|gyarunknak|leányvállalat\\p{L}*|leanyvallalat\\p{L}*)' +
  '|(?<![\\p{L}])(?:fabriken|v[åa]r\\s+fabrik|systerf[öo]retag\\p{L}*|systerbolag\\p{L}*|dotterbolag\\p{L}*|moderbolag\\p{L}*)[^.!?;]{0,50}?(?:tar|ska\\s+ta|kommer\\s+att\\s+ta)\\s+' +
  '(?:emot\\s+betalning\\p{L}*|emot\\s+pengarna|emot\\s+inbetalning\\p{L}*|emot\\s+slutbetalning\\p{L}*|emot\\s+beloppet|emot\\s+handpenning\\p{L}*|emot\\s+resten)' +
  '|(?<![\\p{L}])(?:betala|betalar|skicka|[öo]verf[öo]r)\\s+(?:\\S+\\s+){0,3}?' +
  '(?:till\\s+fabriken|till\\s+vår\\s+fabrik|till\\s+var\\s+fabrik|till\\s+vårt\\s+systerf|till\\s+vart\\s+systerf|till\\s+systerbolaget|till\\s+vårt\\s+dotterbolag|till\\s+vart\\s+dotterbolag)(?![\\p{L}])';
export const ANOTHER_COMPANY_ANCHORS_IN_CZECH_HUNGARIAN_SWEDISH: readonly string[] = [
  'přijímá',
  'prijima',
  'převezme',
  'prevezme',
  'přijímat',
  'prijimat',
  'továrně',
  'tovarne',
  'sesterské firmě',
  'sesterske firme',
  'dceřiné firmě',
  'dcerine firme',
  'fogadja',
  'testvércég',
  'testverceg',
  'gyárunknak',
  'gyarunknak',
  'leányvállalat',
  'leanyvallalat',
  'emot betalning',
  'emot pengarna',
  'emot inbetalning',
  'emot slutbetalning',
  'emot beloppet',
  'emot handpenning',
  'emot resten',
  'till fabriken',
  'till vår fabrik',
  'till var fabrik',
  'till vårt systerf',
  'till vart systerf',
  'till systerbolaget',
  'till vårt dotterbolag',
  'till vart dotterbolag',
];

/** A changed account or receiver in Czech, Hungarian and Swedish, as probe 85's chats said it. Part of details-change-receiving-bank.ts's list. */
export const CHANGES_IN_CZECH_HUNGARIAN_SWEDISH: readonly Cue[] = [
  cue(
    'the company account said to be blocked',
    // Czech "náš účet u Bank of China je kvůli daňové kontrole dočasně zablokovaný" (our account … is temporarily blocked),
    // "firemní účet je zmrazený"; not past a comma or a semicolon ("Náš účet se nemění; když dostanete e-mail, že je účet
    // zablokovaný …, je to podvod" is a warning, which refuses it anyway).
    '(?<![\\p{L}])(?:n[áa][šs]|na[šs]e|firemn[íi]|bankovn[íi])\\s+(?:\\S+\\s+)?[úu][čc]et[^.!?;,]{0,60}?(?<!(?:není|neni|nebyl|nebude|nikdy)\\s)(?:zablokovan|zmrazen|pozastaven|uzavřen|uzavren|zrušen|zrusen)\\p{L}*' +
      // Hungarian "a cégszámlánk éves könyvvizsgálat alatt van" (our company account is under the yearly audit), "a
      // számlánk zárolva van"; only the company's own account ("számlánk", "cégszámla"): "a számla" is also an invoice.
      '|(?<![\\p{L}])(?:(?:c[ée]g|bank)sz[áa]ml[áa]\\p{L}*|sz[áa]ml[áa](?:nk|m)\\p{L}*)[^.!?;,]{0,50}?(?<!(?:nincs|nem)\\s)' +
      '(?:zárol\\p{L}*|zarol\\p{L}*|befagyaszt\\p{L}*|felfüggeszt\\p{L}*|felfuggeszt\\p{L}*|letiltva|vizsgálat\\s+alatt|vizsgalat\\s+alatt|ellenőrzés\\s+alatt|ellenorzes\\s+alatt|audit\\s+alatt)' +
      // Swedish "Vårt företagskonto är tillfälligt fryst" (our company account is frozen for now), "kontot är spärrat".
      '|(?<![\\p{L}])(?:f[öo]retagskonto\\p{L}*|bankkonto\\p{L}*|v[åa]rt\\s+konto|kontot)[^.!?;,]{0,40}?(?:[äa]r|har\\s+blivit|blev)\\s+(?:tillf[äa]lligt\\s+|just\\s+nu\\s+)?' +
      '(?:fryst|spärrat|sparrat|blockerat|stängt|stangt|under\\s+granskning)',
    {
      anchors: [
        'zablokovan',
        'zmrazen',
        'pozastaven',
        'uzavřen',
        'uzavren',
        'zrušen',
        'zrusen',
        'zárol',
        'zarol',
        'befagyaszt',
        'felfüggeszt',
        'felfuggeszt',
        'letiltva',
        'vizsgálat alatt',
        'vizsgalat alatt',
        'ellenőrzés alatt',
        'ellenorzes alatt',
        'audit alatt',
        'fryst',
        'spärrat',
        'sparrat',
        'blockerat',
        'stängt',
        'stangt',
        'under granskning',
      ],
    },
  ),
  cue(
    'a new account to pay to',
    // Swedish "betala till det nya kontot", "vårt nya kontonummer"; Hungarian "utaljon az új számlaszámra", "az új
    // bankszámlánk"; Czech "nové číslo účtu". Not Hungarian "új számla" alone, which is also a new invoice.
    '(?<![\\p{L}])(?:till|på|pa)\\s+(?:det\\s+)?(?:nya\\s+kontot|nya\\s+bankkontot)|(?<![\\p{L}])(?:nytt\\s+kontonummer|nya\\s+kontonumret|nytt\\s+bankkonto)(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:új\\s+számlaszám|uj\\s+szamlaszam|új\\s+bankszáml|uj\\s+bankszaml|új\\s+számlánk|uj\\s+szamlank)\\p{L}*' +
      '|(?<![\\p{L}])(?:utal\\p{L}*|fizess\\p{L}*|k[üu]ldj\\p{L}*)\\s+(?:\\S+\\s+)?(?:az\\s+)?(?:új\\s+számlára|uj\\s+szamlara)|(?<![\\p{L}])(?:új\\s+számlára|uj\\s+szamlara)\\s+(?:utal|fizes|k[üu]ld)\\p{L}*' +
      '|(?<![\\p{L}])(?:nové\\s+číslo|nove\\s+cislo)\\s+(?:účtu|uctu)',
    {
      anchors: [
        'nya kontot',
        'nya bankkontot',
        'nytt kontonummer',
        'nya kontonumret',
        'nytt bankkonto',
        'új számlaszám',
        'uj szamlaszam',
        'új bankszáml',
        'uj bankszaml',
        'új számlánk',
        'uj szamlank',
        'új számlára',
        'uj szamlara',
        'nové číslo',
        'nove cislo',
      ],
    },
  ),
  cue('another company of the group receiving the money', TO_ANOTHER_COMPANY_IN_CZECH_HUNGARIAN_SWEDISH, {
    anchors: ANOTHER_COMPANY_ANCHORS_IN_CZECH_HUNGARIAN_SWEDISH,
  }),
];
