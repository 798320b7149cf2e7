import { cue, type Cue } from './cue';

/** A new or changed receiving account in Khmer, Lithuanian, Latvian and Albanian (the last three with and without their marks). */
export const CHANGES_IN_KHMER_LITHUANIAN_LATVIAN_ALBANIAN: readonly Cue[] = [
  cue(
    'a new account to pay to',
    // Khmer "គណនីថ្មី" (a new account), "ប្តូរគណនី" / "ដូរគណនី" (changed the account); Lithuanian "nauja sąskaita",
    // "naują IBAN", "naujus rekvizitus"; Latvian "jaunais konts", "jauno kontu", "jaunu IBAN"; Albanian "llogarinë tonë
    // të re" (our new account), "llogari e re", "IBAN i ri".
    'គណនីថ្មី|(?:ប្តូរ|ប្ដូរ|ដូរ)(?:លេខ)?គណនី' +
      '|(?<![\\p{L}])nauj\\p{L}{0,3}\\s+(?:\\S+\\s+)?(?:s[ąa]skait\\p{L}*(?![\\p{L}]|\\s+fakt)|iban\\p{L}*|rekvizit\\p{L}*)' +
      '|(?<![\\p{L}])jaun\\p{L}{0,3}\\s+(?:\\S+\\s+)?(?:kont(?:s|u|a|am|ā)?|iban\\p{L}*|bankas\\s+rekviz[īi]t\\p{L}*|rekviz[īi]t\\p{L}*)(?![\\p{L}])' +
      '|(?<![\\p{L}])llogari\\p{L}*\\s+(?:(?:ton[ëe]|jon[ëe]|sonë|sone)\\s+)?(?:e|t[ëe])\\s+re(?![\\p{L}])|(?<![\\p{L}])(?:iban\\s+e\\s+ri|iban\\s+t[ëe]\\s+ri|iban\\s+i\\s+ri)(?![\\p{L}])',
    {
      anchors: [
        'គណនីថ្មី',
        'គណនី',
        'nauj',
        'jaun',
        'llogari',
        'iban e ri',
        'iban te ri',
        'iban të ri',
        'iban i ri',
      ],
    },
  ),
  cue(
    'the company account said to be blocked or changed',
    // Khmer "ធនាគារយើង … បិទការទទួលប្រាក់" (our bank stopped receiving money), "គណនី … ត្រូវបានបង្កក" (frozen);
    // Lithuanian "sąskaita … audite / užblokuota", "pakeitėme banką"; Latvian "konts … auditā / bloķēts", "mainījām
    // banku"; Albanian "llogaria … e bllokuar", "kemi ndryshuar bankën", "kontrolli vjetor i bankës" (the bank's yearly
    // audit).
    '(?:ធនាគារ|គណនី)[^។\\n]{0,30}?(?:បិទការទទួល|មិនអាចទទួល|ត្រូវបានបង្កក|ជាប់សវនកម្ម|ជាប់ audit)' +
      '|(?<![\\p{L}])s[ąa]skait\\p{L}*\\s+(?:\\S+\\s+){0,4}?(?:audit\\p{L}*|u[žz]blokuot\\p{L}*|[įi][šs]aldyt\\p{L}*)|(?<![\\p{L}])pakeit[ėe]\\p{L}*\\s+(?:\\S+\\s+)?(?:bank\\p{L}*|s[ąa]skait\\p{L}*)' +
      '|(?<![\\p{L}])kont(?:s|u|a)?\\s+(?:\\S+\\s+){0,4}?(?:audit[āa]|audita\\s+laik[āa]|blo[ķk][ēe]t\\p{L}*|iesald[ēe]t\\p{L}*)|(?<![\\p{L}])main[īi]j\\p{L}*\\s+(?:\\S+\\s+)?(?:bank\\p{L}*|kont\\p{L}*)' +
      '|(?<![\\p{L}])llogari\\p{L}*\\s+(?:\\S+\\s+){0,4}?(?:e\\s+)?(?:bllokuar|ngrir[ëe]|n[ëe]n\\s+auditim)|(?<![\\p{L}])ndryshuar\\s+(?:\\S+\\s+)?(?:bank\\p{L}*|llogari\\p{L}*)|kontroll\\p{L}*\\s+vjetor\\p{L}*\\s+t[ëe]\\s+bank\\p{L}*',
    {
      anchors: [
        'ធនាគារ',
        'គណនី',
        'audit',
        'užblokuot',
        'uzblokuot',
        'šaldyt',
        'saldyt',
        'pakeit',
        'blokēt',
        'bloķēt',
        'bloķet',
        'bloket',
        'iesald',
        'mainīj',
        'mainij',
        'bllokuar',
        'ngrirë',
        'ngrire',
        'ndryshuar',
        'vjetor',
      ],
    },
  ),
];
