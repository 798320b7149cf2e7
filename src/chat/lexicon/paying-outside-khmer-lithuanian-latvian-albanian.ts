import { cue, type Cue } from './cue';

/** Asking to pay outside the order in Khmer, Lithuanian, Latvian and Albanian (the last three with and without their marks). */
export const PAYING_OUTSIDE_IN_KHMER_LITHUANIAN_LATVIAN_ALBANIAN: readonly Cue[] = [
  cue(
    'paying outside the order',
    // Khmer "បងអាចផ្ទេរ ABA ទៅគាត់ផ្ទាល់" (you can transfer by ABA to him directly), "បង់តាម Wing ទៅបុគ្គលិកយើង"
    // (pay by Wing to our staff), "ក្រៅ Alibaba" (outside Alibaba); Lithuanian "tiesiai į mūsų … sąskaitą" (straight
    // into our account), "apeinant Alibaba" (bypassing Alibaba); Latvian "tieši uz mūsu kontu", "ārpus Alibaba";
    // Albanian "direkt në llogarinë tonë", "jashtë Alibaba".
    '(?:ផ្ទេរ|បង់)[^។\\n]{0,40}?(?:ទៅគាត់|ទៅបុគ្គលិក|ទៅភ្នាក់ងារ|ទៅដៃគូ|ទៅប្រធាន|ទៅថៅកែ|ទៅគណនីផ្ទាល់ខ្លួន)|ក្រៅ\\s?alibaba' +
      '|(?<![\\p{L}])(?:tiesiai|tiesiog)\\s+(?:į|i)\\s+(?:\\S+\\s+){0,3}?(?:s[ąa]skait\\p{L}*|iban\\p{L}*)|(?<![\\p{L}])apeinant\\s+alibab\\p{L}*' +
      '|(?<![\\p{L}])(?:tie[šs]i)\\s+uz\\s+(?:\\S+\\s+){0,3}?(?:kont\\p{L}*|iban\\p{L}*)|(?<![\\p{L}])[āa]rpus\\s+alibab\\p{L}*' +
      '|(?<![\\p{L}])direkt\\s+(?:n[ëe]|te|t[ëe])\\s+(?:\\S+\\s+){0,2}?llogari\\p{L}*|(?<![\\p{L}])jasht[ëe]\\s+alibab\\p{L}*',
    {
      instruction: true,
      anchors: [
        'ទៅគាត់',
        'ទៅបុគ្គលិក',
        'ទៅភ្នាក់ងារ',
        'ទៅដៃគូ',
        'ទៅប្រធាន',
        'ទៅថៅកែ',
        'ទៅគណនីផ្ទាល់ខ្លួន',
        'ក្រៅ alibaba',
        'ក្រៅalibaba',
        'tiesiai',
        'tiesiog',
        'apeinant alibab',
        'tieši',
        'tiesi',
        'ārpus',
        'arpus',
        'direkt',
        'jashtë',
        'jashte',
      ],
    },
  ),
  cue(
    'a personal account',
    // Khmer "គណនីផ្ទាល់ខ្លួន" (a personal account), "គណនីបុគ្គល"; Lithuanian "asmeninė sąskaita", "vadybininko
    // sąskaita" (the manager's); Latvian "personīgais konts", "privātais konts"; Albanian "llogari personale" is read
    // already, "llogaria e menaxherit".
    'គណនីផ្ទាល់ខ្លួន|គណនីបុគ្គល|(?<![\\p{L}])asmenin\\p{L}{0,3}\\s+(?:s[ąa]skait\\p{L}*|iban)|(?<![\\p{L}])(?:vadybinink|direktori|savinink)\\p{L}{0,3}\\s+(?:\\S+\\s+)?(?:s[ąa]skait\\p{L}*|revolut|iban)' +
      '|(?<![\\p{L}])(?:person[īi]g|priv[āa]t)\\p{L}{0,4}\\s+(?:kont\\p{L}*|iban|revolut)|(?<![\\p{L}])llogari\\p{L}*\\s+(?:e|t[ëe])\\s+(?:menaxher|drejtor|pronar)\\p{L}*',
    {
      anchors: [
        'គណនីផ្ទាល់ខ្លួន',
        'គណនីបុគ្គល',
        'asmenin',
        'vadybinink',
        'direktori',
        'savinink',
        'personīg',
        'personig',
        'privāt',
        'privat',
        'menaxher',
        'drejtor',
        'pronar',
      ],
    },
  ),
  cue(
    'a Cambodian wallet or bank account',
    // "បង់តាម Wing" (pay by Wing), "ផ្ទេរ Wing", "ABA: 001 234 567", "Wing: 012 345 678", a partner's ACLEDA account
    // (ដៃគូ … មានគណនី ACLEDA), money received in the supplier's stead (ទទួលជំនួស).
    '(?:ផ្ទេរ|បង់)\\s*(?:តាម|ទៅ|ចូល|ពី)?\\s*(?:wing|truemoney|pi\\s?pay|khqr)(?![\\p{L}])|(?<![\\p{L}])(?:wing|truemoney)\\s*(?:account|acc|no\\.?|លេខ)?\\s*[:：]\\s*\\d' +
      '|ដៃគូ[^។\\n]{0,40}?គណនី|ទទួល(?:ប្រាក់)?ជំនួស',
    {
      anchors: ['wing', 'truemoney', 'pi pay', 'pipay', 'khqr', 'ដៃគូ', 'ជំនួស'],
    },
  ),
  cue(
    'a fee to release goods held at customs',
    // Khmer "ទំនិញជាប់គយ … ត្រូវបង់ថ្លៃ clearance $280 ទើបបញ្ចេញបាន" (the goods are held at customs, pay the clearance
    // fee before they are released); Lithuanian "sulaikyta muitinėje … sumokėti mokestį"; Latvian "aizturēta muitā";
    // Albanian "e bllokuar në doganë … paguani tarifën".
    '(?:ជាប់គយ|ជាប់នៅគយ)[^។\\n]{0,60}?(?:បង់|ផ្ទេរ)|(?:បង់|ផ្ទេរ)ថ្លៃ[^។\\n]{0,30}?(?:ទើបបញ្ចេញ|ទើបអាចបញ្ចេញ)' +
      '|(?<![\\p{L}])sulaikyt\\p{L}*\\s+muitin\\p{L}*\\s+(?:\\S+\\s+){0,6}?(?:sumok\\p{L}*|pervesk\\p{L}*|mokest\\p{L}*)' +
      '|(?<![\\p{L}])aiztur[ēe]t\\p{L}*\\s+muit[āa]\\s+(?:\\S+\\s+){0,6}?(?:samaks\\p{L}*|maks\\p{L}*)' +
      '|(?<![\\p{L}])bllokuar\\p{L}*\\s+(?:n[ëe]\\s+)?doganë?\\s+(?:\\S+\\s+){0,6}?(?:pagu\\p{L}*|tarif\\p{L}*)',
    {
      anchors: [
        'ជាប់គយ',
        'ជាប់នៅគយ',
        'ទើបបញ្ចេញ',
        'ទើបអាចបញ្ចេញ',
        'sulaikyt',
        'aizturēt',
        'aizturet',
        'bllokuar',
      ],
    },
  ),
];
