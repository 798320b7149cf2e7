import { cue, type Cue } from './cue';

/**
 * Another company of the group now takes the money: Norwegian "søsterselskapet vårt i Hongkong tar imot betalingen",
 * Danish "vores søsterselskab modtager betalingen", "betal til vores datterselskab"; Finnish "sisaryhtiömme
 * vastaanottaa maksun" (our sister company receives the payment), "maksakaa tytäryhtiöllemme". A changed receiver here,
 * and paying to it in paying-outside-finnish-danish-norwegian.ts.
 */
export const TO_ANOTHER_COMPANY_IN_FINNISH_DANISH_NORWEGIAN =
  '(?<![\\p{L}])(?:s[øo]sterselska[bp]\\p{L}*|soesterselska[bp]\\p{L}*|datterselska[bp]\\p{L}*|moderselskab\\p{L}*|morselskap\\p{L}*)[^.!?;]{0,50}?' +
  '(?:tar\\s+imot|tager\\s+imod|tar\\s+i\\s+mot|modtager|mottar|skal\\s+(?:modtage|motta|ta\\s+imot|tage\\s+imod))\\s+(?:\\S+\\s+)?(?:betaling\\p{L}*|pengene|bel[øo]bet|bel[øo]pet|beloebet|beloepet|indbetaling\\p{L}*|innbetaling\\p{L}*|restbetaling\\p{L}*|depositum\\p{L}*)' +
  '|(?<![\\p{L}])(?:betal\\p{L}*|overf[øo]r\\p{L}*|overfoer\\p{L}*|send\\p{L}*\\s+(?:pengene|bel[øo]bet|bel[øo]pet))\\s+(?:\\S+\\s+){0,3}?til\\s+(?:vores\\s+|v[åa]rt\\s+|vart\\s+)?(?:s[øo]sterselska[bp]|soesterselska[bp]|datterselska[bp]|moderselskab|morselskap)\\p{L}*' +
  '|(?<![\\p{L}])(?:sisaryhti|tyt[äa]ryhti|emoyhti|konserniyhti)\\p{L}*[^.!?;]{0,50}?(?:vastaanottaa|ottaa\\s+vastaan|hoitaa)\\s+(?:\\S+\\s+)?(?:maksu|maksut|maksun|rahat|loppumaksu\\p{L}*|ennakko\\p{L}*)(?![\\p{L}])' +
  '|(?<![\\p{L}])(?:maks\\p{L}*|siirr\\p{L}*|siirt\\p{L}*)\\s+(?:\\S+\\s+){0,3}?(?:sisaryhti|tyt[äa]ryhti|emoyhti|konserniyhti)\\p{L}*(?:lle|llemme)(?![\\p{L}])';
export const ANOTHER_COMPANY_ANCHORS_IN_FINNISH_DANISH_NORWEGIAN: readonly string[] = [
  'sterselska',
  'datterselska',
  'moderselskab',
  'morselskap',
  'sisaryhti',
  'tytäryhti',
  'tytaryhti',
  'emoyhti',
  'konserniyhti',
];

/** A changed or other receiving account in Finnish, Danish and Norwegian, as probe 86's chats said it. Part of details-change-receiving-bank.ts's list. */
export const CHANGES_IN_FINNISH_DANISH_NORWEGIAN: readonly Cue[] = [
  cue(
    'the company account said to be blocked',
    // Finnish "yrityksemme pankkitili on vuositarkastuksessa" (our bank account is under the yearly audit), "tilimme on
    // jäädytetty", "yritystilimme on muutoksessa" (is being changed), "tili … ei voi vastaanottaa maksuja".
    '(?<![\\p{L}])(?:pankki|yritys|firma)?tili(?:mme|nne|\\p{L}{0,2})?(?![\\p{L}])[^.!?;,]{0,50}?(?<!(?:ei|eik[äa]|ole)\\s)' +
      '(?:jäädytet\\p{L}*|jaadytet\\p{L}*|suljettu|suljettiin|estetty|estettiin|lukittu|lukossa|tarkastuksessa|vuositarkastuksessa|auditoinnissa|muutoksessa|jäissä|jaissa|käytöstä\\s+poistettu|kaytosta\\s+poistettu)(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:pankki|yritys|firma)?tili(?:mme|nne|lt[äa]mme|ll[äa]mme|\\p{L}{0,2})?\\s+(?:\\S+\\s+){0,6}?(?:ei|eik[äa])\\s+(?:se\\s+)?(?:voi|pysty)\\s+(?:\\S+\\s+){0,2}?(?:vastaanottamaan|vastaanottaa|ottamaan\\s+vastaan)' +
      // Danish "Vores firmakonto i Kina er midlertidigt spærret pga. årlig revision", Norwegian "vår konto i Kina er blokkert
      // på grunn av en kontroll"; "kontoen kan ikke modtage betalinger". Not "kontoen er ikke spærret".
      '|(?<![\\p{L}])(?<!(?:min|mit|mitt|din|dit|ditt)\\s)(?:firmakonto|bankkonto|konto|virksomhedskonto|bedriftskonto)(?:en|et)?(?![\\p{L}])(?!\\s+(?:p[åa]|paa|hos)\\s+alibab)[^.!?;,]{0,50}?(?:er|blev|bliver|ble|blir|har\\s+v[æa]ret|har\\s+vært)\\s+(?:blevet\\s+|blitt\\s+)?' +
      '(?:midlertidigt\\s+|midlertidig\\s+|nu\\s+|n[åa]\\s+|desv[æa]rre\\s+|dessverre\\s+)?(?:spærret|sparret|spaerret|sperret|blokeret|blokkert|lukket|stengt|frosset|fryst|indefrosset|suspenderet|suspendert|under\\s+(?:revision|kontrol|kontroll|gennemgang|granskning|revisjon))(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:firmakonto|bankkonto|konto)(?:en|et)?\\s+(?:\\S+\\s+){0,4}?kan\\s+ikke\\s+(?:modtage|motta|ta\\s+imot|tage\\s+imod)' +
      // "Vores gamle konto virker ikke længere" (our old account no longer works), Norwegian "fungerer ikke lenger".
      '|(?<![\\p{L}])(?<!(?:min|mit|mitt|din|dit|ditt)\\s)(?:gamle\\s+)?(?:firmakonto|bankkonto|konto)(?:en|et)?(?!\\s+(?:p[åa]|paa|hos|i)\\s+alibab)\\s+(?:\\S+\\s+){0,3}?(?:virker|fungerer|funker)\\s+ikke(?:\\s+(?:længere|laengere|lenger|mere|mer))?',
    {
      anchors: [
        'jäädytet',
        'jaadytet',
        'suljettu',
        'suljettiin',
        'estetty',
        'estettiin',
        'lukittu',
        'lukossa',
        'tarkastuksessa',
        'auditoinnissa',
        'muutoksessa',
        'jäissä',
        'jaissa',
        'käytöstä poistettu',
        'kaytosta poistettu',
        'vastaanotta',
        'ottamaan vastaan',
        'spærret',
        'sparret',
        'spaerret',
        'sperret',
        'blokeret',
        'blokkert',
        'lukket',
        'stengt',
        'frosset',
        'fryst',
        'suspender',
        'revision',
        'kontrol',
        'gennemgang',
        'granskning',
        'revisjon',
        'modtage',
        'motta',
        'ta imot',
        'tage imod',
        'virker',
        'fungerer',
        'funker',
      ],
    },
  ),
  cue(
    'a new account to pay to',
    // Finnish "uuden tilin Puolaan" (a new account in Poland), "uudet tilitiedot" (the new account details), "olemme
    // vaihtaneet pankkia" (we changed banks); Danish "ny kontoinformation", "de nye kontooplysninger", "til den nye konto";
    // Norwegian "nytt kontonummer", "vi har endret bank". Not a new login on Alibaba ("ny konto på Alibaba").
    '(?<![\\p{L}])uude(?:n|t|lle|lla|ssa)\\s+(?:pankki)?til(?:in|ille|ilt[äa]|itiedot|itietoja|inumeron|inumero)(?![\\p{L}])|(?<![\\p{L}])uusi\\s+(?:pankki)?tili(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:vaihtaneet|vaihdoimme|vaihdettu|vaihtanut|vaihtui|vaihtunut)\\s+(?:\\S+\\s+)?(?:pankki[äa]|pankin|tili[äa]|tilin|pankkitili[äa]|pankkitilin)(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:pankki)?tili(?:mme|tietomme|tiedot|numeromme)\\s+(?:on|ovat)\\s+(?:vaihtunut|vaihtuneet|muuttunut|muuttuneet)' +
      '|(?<![\\p{L}])(?:ny|nye|nyt|nytt)\\s+(?:kontooplysninger|kontoopplysninger|kontoinformation|kontoinformasjon|kontodetaljer|bankoplysninger|bankopplysninger|bankinformation|bankinformasjon|bankdetaljer)(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:til|p[åa]|paa|ind\\s+p[åa]|inn\\s+p[åa])\\s+(?:den\\s+|det\\s+)?(?:nye|ny|nya)\\s+(?:bank)?konto(?:en)?(?!\\s+(?:p[åa]|paa|hos|i)\\s+alibab)(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:nyt|nytt)\\s+kontonummer(?![\\p{L}])|(?<![\\p{L}])(?:f[åa]et|faaet|f[åa]tt|faatt|fik|fikk)\\s+(?:en\\s+)?ny\\s+bank(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:vi\\s+har\\s+)?(?:[æa]ndret|aendret|endret|skiftet|byttet)\\s+(?:\\S+\\s+)?(?:bank|bankforbindelse|kontonummer|konto)(?![\\p{L}])',
    {
      anchors: [
        'uude',
        'uusi ',
        'vaihtaneet',
        'vaihdoimme',
        'vaihdettu',
        'vaihtanut',
        'vaihtui',
        'vaihtunut',
        'vaihtuneet',
        'muuttunut',
        'muuttuneet',
        'kontooplysninger',
        'kontoopplysninger',
        'kontoinformation',
        'kontoinformasjon',
        'kontodetaljer',
        'bankoplysninger',
        'bankopplysninger',
        'bankinformation',
        'bankinformasjon',
        'bankdetaljer',
        'konto',
        'kontonummer',
        'ny bank',
        'ændret',
        'andret',
        'aendret',
        'endret',
        'skiftet',
        'byttet',
      ],
    },
  ),
  cue('another company of the group receiving the money', TO_ANOTHER_COMPANY_IN_FINNISH_DANISH_NORWEGIAN, {
    anchors: ANOTHER_COMPANY_ANCHORS_IN_FINNISH_DANISH_NORWEGIAN,
  }),
];
