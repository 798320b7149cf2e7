import { cue } from './cue';

/**
 * The account changed, as the accounting e-mails of probe 69 put it in the languages of the Nordic countries, the
 * Baltics and Central Europe: Finnish "pankkiyhteytemme on muuttunut", "uudelle tilillemme"; Estonian
 * "pangarekvisiidid on muutunud", "uuele arveldusarvele", "vahetas pangakontot"; Latvian "bankas rekvizīti ir
 * mainījušies", "uz jauno kontu", "konts … ir bloķēts"; Lithuanian "pasikeitė mūsų banko sąskaita", "į naują
 * sąskaitą", "dukterinė įmonė"; Slovenian "zamenjali banko", "na nov TRR"; Croatian "račun … je blokiran", "na račun
 * našeg partnera"; Hungarian "a régi számlaszám megszűnt"; Slovak "fakturáciu prevzala", "pôvodný účet … nie je
 * platný"; Czech "fakturovat přes naši … pobočku", "původní proformu"; Swedish "bytt bank", "nya bankgiro". Each
 * written with and without its accents. Part of DETAILS_CHANGE, through OTHER_ACCOUNTS.
 */
export const CHANGES_IN_NORDIC_AND_CENTRAL_EUROPE = cue(
  'a changed receiving account',
  '\\bpankkiyhtey\\w*\\s+on\\s+muuttunut|\\buudelle\\s+tilille\\w*|\\bvanhalle\\s+tilille\\b' +
    '|\\bpangarekvisiidid\\s+on\\s+muutunud|\\buuele\\s+(?:arveldusarvele|kontole|pangakontole)|\\bvahetas\\s+pangakonto\\w*|\\bvanale\\s+kontole\\b' +
    '|(?<![\\p{L}])rekviz[īi]ti\\s+ir\\s+main[īi]ju[šs]ies|(?<![\\p{L}])uz\\s+jauno\\s+kontu|(?<![\\p{L}])iepriek[šs][ēe]jais\\s+konts' +
    '|(?<![\\p{L}])konts\\s+(?:[\\p{L}]+\\s+){0,2}?ir\\s+blo[ķk][ēe]ts' +
    '|(?<![\\p{L}])pasikeit[ėe]\\s+(?:m[ūu]s[ųu]\\s+)?banko\\s+s[ąa]skait|(?<![\\p{L}])[įi]\\s+nauj[ąa]\\s+s[ąa]skait|(?<![\\p{L}])senoji\\s+s[ąa]skaita' +
    '|(?<![\\p{L}])dukterin[ėe]\\s+[įi]mon[ėe]' +
    '|\\bzamenjali\\s+banko\\b|(?<![\\p{L}])na\\s+nov\\s+(?:trr|ra[čc]un)(?![\\p{L}])|(?<![\\p{L}])staro\\s+[šs]tevilko\\s+ra[čc]una' +
    '|(?<![\\p{L}])ra[čc]un\\s+(?:[\\p{L}]+\\s+){0,3}?je\\s+blokiran(?![\\p{L}])|(?<![\\p{L}])na\\s+ra[čc]un\\s+na[šs]eg\\s+partnera(?![\\p{L}])' +
    '|(?<![\\p{L}])r[ée]gi\\s+(?:számlaszám|szamlaszam)' +
    '|(?<![\\p{L}])faktur[áa]ciu\\s+prevzala|(?<![\\p{L}])(?:pôvodný|povodny|pôvodny)\\s+(?:účet|ucet)' +
    '|(?<![\\p{L}])fakturovat\\s+(?:[\\p{L}]+\\s+)?p[řr]es\\s+na[šs]i|(?<![\\p{L}])(?:původní|puvodni)\\s+(?:proformu|fakturu)' +
    '|\\bbytt\\s+bank\\b|(?<![\\p{L}])(?:vårt|vart)\\s+(?:nya\\s+bankgiro|nya\\s+konto)',
  {
    instruction: true,
    anchors: [
      'pankkiyhtey',
      'uudelle tilille',
      'vanhalle tilille',
      'pangarekvisiidid',
      'uuele',
      'vahetas pangakonto',
      'vanale kontole',
      'rekvizīti',
      'rekviziti',
      'jauno kontu',
      'konts',
      'pasikeit',
      'nauj',
      'senoji',
      'dukterin',
      'zamenjali banko',
      'na nov',
      'staro',
      'blokiran',
      'našeg partnera',
      'naseg partnera',
      'számlaszám',
      'szamlaszam',
      'prevzala',
      'pôvodný',
      'povodny',
      'pôvodny',
      'fakturovat',
      'původní',
      'puvodni',
      'bytt bank',
      'nya bankgiro',
      'nya konto',
    ],
  },
);
