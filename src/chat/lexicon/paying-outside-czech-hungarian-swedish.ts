import { cue, type Cue } from './cue';
import {
  ANOTHER_COMPANY_ANCHORS_IN_CZECH_HUNGARIAN_SWEDISH,
  TO_ANOTHER_COMPANY_IN_CZECH_HUNGARIAN_SWEDISH,
} from './details-change-czech-hungarian-swedish';

/** Not a login on the marketplace: Swedish "konto" and Czech "účet" are also the buyer's Alibaba account. */
const NOT_ON_ALIBABA = '(?!\\s+(?:p[åa]|i|hos|na|v)\\s+alibab)';

/** Paying outside the order in Czech, Hungarian and Swedish, as probe 85's chats said it. Part of direct-transfer-more-languages.ts's list. */
export const PAYING_OUTSIDE_IN_CZECH_HUNGARIAN_SWEDISH: readonly Cue[] = [
  cue(
    'Western Union or MoneyGram',
    // Hungarian joins its endings to the name: "Western Unionnal fizet" (pays by Western Union), "MoneyGrammal",
    // "WU-val"; the name with a hyphen ("Western Union-nal") is read by payment-services.ts.
    '(?<![\\p{L}])(?:western\\s*union(?:nal|on|t|hoz|ra|ba)|moneygram(?:mal|on|ot|hoz|ra|ba)|wu-(?:val|n|t|hoz|ra))(?![\\p{L}])',
    { anchors: ['union', 'moneygram', 'wu-'] },
  ),
  cue(
    'a personal account',
    // Czech "na osobní účet", "soukromý účet", "rodinný účet", "účet manželky" (the wife's account); Hungarian "a sales
    // manager személyes számlájára" (to the manager's personal account), "a feleségem számlájára"; Swedish "till ditt
    // privata konto", "vår försäljningschefs brors konto" (our sales manager's brother's account).
    `(?<![\\p{L}])(?:osobn|soukrom|rodinn)\\p{L}{1,3}\\s+(?:[úu][čc]et|[úu][čc]tu)${NOT_ON_ALIBABA}` +
      '|(?<![\\p{L}])(?:[úu][čc]et|[úu][čc]tu)\\s+(?:(?:m[ée]|na[šs][íi]|na[šs]eho|m[ée]ho)\\s+)?(?:manželk\\p{L}*|manzelk\\p{L}*|manžel\\p{L}*|manzel\\p{L}*|sestr\\p{L}*|bratr\\p{L}*|kolegyn\\p{L}*)' +
      '|(?<![\\p{L}])(?:személyes|szemelyes)\\s+sz[áa]ml[áa]\\p{L}*' +
      '|(?<![\\p{L}])(?:feleség|feleseg|férj|ferj|testvér|testver|kolléga|kollega|munkatárs|munkatars|főnök|fonok)\\p{L}{0,4}\\s+sz[áa]ml[áa]j[áa]ra' +
      `|(?<![\\p{L}])(?:privat\\s+|privata\\s+|personlig\\s+|personligt\\s+|personliga\\s+)(?:bank)?konto\\p{L}*${NOT_ON_ALIBABA}` +
      '|(?<![\\p{L}])(?:\\p{L}*brors|\\p{L}*systers|\\p{L}*frus|pappas|mammas|kusins|\\p{L}*kollegas|\\p{L}*chefs|ägarens|agarens)\\s+(?:bank)?konto\\p{L}*',
    {
      needsPaymentTalk: true,
      anchors: [
        'osobn',
        'soukrom',
        'rodinn',
        'manželk',
        'manzelk',
        'manžel',
        'manzel',
        'sestr',
        'bratr',
        'kolegyn',
        'személyes',
        'szemelyes',
        'feleség',
        'feleseg',
        'férj',
        'ferj',
        'testvér',
        'testver',
        'kolléga',
        'kollega',
        'munkatárs',
        'munkatars',
        'főnök',
        'fonok',
        'privat ',
        'privata ',
        'personlig ',
        'personligt ',
        'personliga ',
        'brors',
        'systers',
        'frus',
        'pappas',
        'mammas',
        'kusins',
        'kollegas',
        'chefs',
        'ägarens',
        'agarens',
      ],
    },
  ),
  cue(
    "a person's name to pay to",
    // Hungarian "a kollégám nevére" (in my colleague's name), Czech "na jméno naší kolegyně z účtárny", Swedish "i min
    // kollegas namn".
    '(?<![\\p{L}])(?:kollégám|kollegam|kolléganőm|kolleganom|munkatársam|munkatarsam|főnököm|fonokom|feleségem|felesegem|férjem|ferjem|testvérem|testverem|bátyám|batyam|öcsém|ocsem|könyvelőnk|konyvelonk|menedzserünk|menedzserunk|managerünk|managerunk)\\s+(?:nevére|nevere)' +
      '|(?<![\\p{L}])(?:na\\s+jméno|na\\s+jmeno)\\s+(?:na[šs][íi]|na[šs]eho|m[ée]|m[ée]ho)\\s+(?:kolegyn\\p{L}*|koleg\\p{L}*|man[žz]el\\p{L}*|[úu][čc]etn\\p{L}*|sestr\\p{L}*|bratr\\p{L}*|mana[žz]er\\p{L}*|[řr]editel\\p{L}*|majitel\\p{L}*)' +
      '|(?<![\\p{L}])(?:i|p[åa]|till)\\s+(?:min|vår|var)\\s+(?:kollegas\\s+namn|brors\\s+namn|systers\\s+namn|frus\\s+namn|chefs\\s+namn|bokförares\\s+namn|bokforares\\s+namn)',
    {
      needsPaymentTalk: true,
      anchors: ['nevére', 'nevere', 'na jméno', 'na jmeno', 's namn'],
    },
  ),
  cue(
    "paying outside the order to save Alibaba's fee",
    // Czech "Pro úsporu poplatku Alibaba pošlete zálohu …" (to save Alibaba's fee), Hungarian "az Alibaba díj
    // elkerülésére" (to avoid the Alibaba fee), "hogy ne legyen Alibaba díj", Swedish "för att slippa Alibabas avgift",
    // "då slipper vi Alibabas avgift". Not "the price is without Alibaba's fee".
    '(?<![\\p{L}])(?:[úu]spor\\p{L}*|u[šs]et[řr]\\p{L}*|vyhn\\p{L}*)\\s+(?:\\S+\\s+){0,2}?poplatk\\p{L}*\\s+(?:\\S+\\s+){0,2}?alibab\\p{L}*' +
      '|(?<![\\p{L}])(?:alibaba\\s+díj|alibaba\\s+dij)\\p{L}*\\s+(?:elkerül\\p{L}*|elkerul\\p{L}*|megspórol\\p{L}*|megsporol\\p{L}*)|(?<![\\p{L}])ne\\s+legyen\\s+alibaba\\s+(?:díj|dij)' +
      '|(?<![\\p{L}])(?:slippa|slipper|undvika|undviker)\\s+(?:vi\\s+|ni\\s+|du\\s+)?alibabas?\\s+(?:avgift|provision)\\p{L}*',
    {
      anchors: ['poplatk', 'alibaba díj', 'alibaba dij', 'legyen alibaba', 'slipp', 'undvik'],
    },
  ),
  cue(
    'paying outside the order',
    // Czech "platba mimo Alibabu" (payment outside Alibaba), Hungarian "fizethetek … Alibaba nélkül" (without Alibaba),
    // "az Alibabán kívül", "közvetlenül T/T-vel a számlánkra" (directly to our account), Swedish "betala utanför Alibaba".
    '(?<![\\p{L}])(?:plat\\p{L}*|zaplat\\p{L}*|posl\\p{L}*|po[šs]l\\p{L}*|p[řr]evod\\p{L}*|p[řr]ev[ée]st)\\s+(?:\\S+\\s+){0,3}?mimo\\s+alibab\\p{L}*' +
      '|(?<![\\p{L}])(?:fizet\\p{L}*|utal\\p{L}*|k[üu]ld\\p{L}*)\\s+(?:\\S+\\s+){0,4}?(?:alibaba\\s+nélkül|alibaba\\s+nelkul|alibabán\\s+kívül|alibaban\\s+kivul)' +
      '|(?<![\\p{L}])(?:közvetlenül|kozvetlenul)\\s+(?:\\S+\\s+){0,3}?(?:a\\s+)?(?:sz[áa]ml[áa]nkra|sz[áa]ml[áa]mra|c[ée]gsz[áa]ml[áa]nkra)' +
      '|(?<![\\p{L}])(?:betal\\p{L}*|skicka\\p{L}*|[öo]verf[öo]r\\p{L}*)\\s+(?:\\S+\\s+){0,3}?(?:utanför\\s+alibaba|utanfor\\s+alibaba|förbi\\s+alibaba|forbi\\s+alibaba)',
    {
      anchors: [
        'mimo alibab',
        'alibaba nélkül',
        'alibaba nelkul',
        'alibabán kívül',
        'alibaban kivul',
        'közvetlenül',
        'kozvetlenul',
        'utanför alibaba',
        'utanfor alibaba',
        'förbi alibaba',
        'forbi alibaba',
      ],
    },
  ),
  cue(
    'a Revolut tag to pay to',
    // "Revolut: @lilytoys88, 9 300 USD": a Revolut tag is where the money goes, whatever the language around it.
    '(?<![\\p{L}])revolut\\s*[:：]\\s*@[a-z0-9_.]{3,}',
    { anchors: ['revolut'] },
  ),
  cue(
    'another company of the group receiving the money',
    // See details-change-czech-hungarian-swedish.ts: "Doplatek teď přijímá naše továrna", "Fabriken … tar emot
    // betalningen i stället".
    TO_ANOTHER_COMPANY_IN_CZECH_HUNGARIAN_SWEDISH,
    { anchors: ANOTHER_COMPANY_ANCHORS_IN_CZECH_HUNGARIAN_SWEDISH },
  ),
];
