import { cue, type Cue } from './cue';

/** A new or changed receiving account in Georgian and Armenian (in their scripts and in Latin letters), Estonian and Slovenian (with and without their marks). */
export const CHANGES_IN_GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN: readonly Cue[] = [
  cue(
    'a new account to pay to',
    // Georgian "ახალ ანგარიშზე" (to the new account), "ახალი რეკვიზიტები", "axal angarishze"; Armenian "նոր հաշիվ" (a new
    // account), "nor hashiv"; Estonian "uus konto", "uuele kontole", "uued pangaandmed"; Slovenian "nov račun", "na novi
    // račun", "novi bančni podatki".
    '(?:ახალ|ახალი)\\s+(?:\\S+\\s+)?(?:ანგარიშ|რეკვიზიტ|ბანკ)\\p{L}*|(?<![\\p{L}])(?:axal|axali|akhal|akhali)\\s+(?:angarish|rekvizit)\\p{L}*' +
      '|(?<![\\p{L}])նոր\\s+(?:\\S+\\s+)?(?:հաշ(?:իվ|վ)\\p{L}*|ռեկվիզիտ\\p{L}*|բանկ\\p{L}*)|(?<![\\p{L}])(?:nor\\s+hash(?:iv|v\\p{L}*)|nor\\s+rekvizit\\p{L}*)' +
      '|(?<![\\p{L}])(?:uus|uue|uuele|uued|uusi)\\s+(?:\\S+\\s+)?(?:konto\\p{L}*|pangaandme\\p{L}*|pangakonto\\p{L}*|iban\\p{L}*|rekvisiid\\p{L}*)' +
      '|(?<![\\p{L}])nov(?:i|ega|em)?\\s+(?:ban[čc]n\\p{L}*\\s+)?(?:ra[čc]un\\p{L}*|iban|podatk\\p{L}*)(?![\\p{L}])',
    {
      anchors: ['ახალ', 'axal', 'akhal', 'նոր', 'nor hash', 'nor rekv', 'uus', 'uue', 'nov'],
    },
  ),
  cue(
    'the company account said to be blocked or changed',
    // Georgian "ძველი ანგარიში … აუდიტზეა და გადარიცხვებს ვერ იღებს" (the old account is under audit and can't receive);
    // Armenian "հին հաշվին մի վճարեք" (don't pay to the old account), "հաշիվը … աուդիտի մեջ է", "մեր բանկը փոխվել է" (our
    // bank changed); Estonian "ärge makske vanale kontole" (don't pay to the old account), "konto on auditi all";
    // Slovenian "račun … v letni reviziji in ne more prejemati plačil" (under the yearly audit, can't receive).
    'ანგარიშ\\p{L}*\\s+(?:(?!არ|ვერ)\\S+\\s+){0,3}?(?:აუდიტ\\p{L}*|დაბლოკილ\\p{L}*|შეიცვალა|ვერ\\s+იღებს)|(?<![\\p{L}])angarish\\p{L}*\\s+(?:\\S+\\s+){0,3}?(?:audit\\p{L}*|sheicvala|ver\\s+igheb\\p{L}*)' +
      '|(?:հաշիվ\\p{L}*\\s+(?:\\S+\\s+){0,3}?(?:աուդիտ\\p{L}*|արգելափակ\\p{L}*|սառեցված\\p{L}*)|բանկ\\p{L}*\\s+(?:\\S+\\s+)?փոխվել)|(?<![\\p{L}])(?:bank\\p{L}*\\s+poxvel)' +
      '|(?<![\\p{L}])konto\\p{L}*\\s+(?:(?!pole\\s|ei\\s)\\S+\\s+){0,3}?(?:auditi\\s+all|auditis|blokeeritud|k[üu]lmutatud)' +
      '|(?<![\\p{L}])ra[čc]un\\p{L}*\\s+(?:(?!ni\\s|ne\\s|nije\\s|nikoli\\s)\\S+\\s+){0,7}?(?:reviziji|revizija|blokiran\\p{L}*|zamrznjen\\p{L}*|ne\\s+more\\s+prejemati)|(?<![\\p{L}])(?:zamenjali|spremenili)\\s+(?:\\S+\\s+)?(?:bank\\p{L}*|ra[čc]un\\p{L}*)',
    {
      anchors: [
        'ანგარიშ',
        'angarish',
        'հաշիվ',
        'բանկ',
        'poxvel',
        'konto',
        'račun',
        'racun',
        'zamenjali',
        'spremenili',
      ],
    },
  ),
  cue(
    'the old account said not to be paid',
    // Georgian "ძველ ანგარიშზე არ გადარიცხოთ" (don't transfer to the old account), Armenian "հին հաշվին մի վճարեք",
    // Estonian "ärge makske vanale kontole", Slovenian "ne plačujte na stari račun": the "don't" is the request itself.
    'ძველ\\p{L}*\\s+ანგარიშ\\p{L}*|(?<![\\p{L}])(?:dzvel\\p{L}*\\s+angarish\\p{L}*|hin\\s+hashv\\p{L}*|vanale\\s+kontole|star\\p{L}*\\s+ra[čc]un\\p{L}*)|հին\\s+հաշվ\\p{L}*',
    { noIsTheWarning: true, anchors: ['ძველ', 'dzvel', 'hin hashv', 'vanale kontole', 'star', 'հին հաշվ'] },
  ),
];
