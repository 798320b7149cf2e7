import { cue, inMessageWith, inSentenceWith, type Cue } from './cue';
import {
  ANOTHER_COMPANY_ANCHORS_IN_FINNISH_DANISH_NORWEGIAN,
  TO_ANOTHER_COMPANY_IN_FINNISH_DANISH_NORWEGIAN,
} from './details-change-finnish-danish-norwegian';
import {
  PAYING_IN_FINNISH_DANISH_NORWEGIAN,
  PAYING_OUTSIDE_IN_FINNISH_DANISH_NORWEGIAN_2,
} from './paying-outside-finnish-danish-norwegian-2';

/** A discount or a lower price: Finnish "alennus", "halvempi", Danish and Norwegian "rabat", "rabatt", "billigere". */
const DISCOUNT =
  '(?<![\\p{L}])(?:alennu\\p{L}*|halvemm\\p{L}*|halvempi|edullisemm\\p{L}*|rabat\\p{L}*|billigere|afslag|avslag|prisavslag)(?![\\p{L}])';

/** Paying outside the order in Finnish, Danish and Norwegian, as probe 86's chats said it. Part of direct-transfer-more-languages.ts's list. */
export const PAYING_OUTSIDE_IN_FINNISH_DANISH_NORWEGIAN: readonly Cue[] = [
  cue(
    'a personal account',
    // Finnish "toimitusjohtajan henkilökohtaiselle tilille" (to the managing director's personal account), "yksityistilille",
    // "vaimoni tilille" (to my wife's account): the ending "-lle" says the money goes there.
    '(?<![\\p{L}])(?:henkil[öo]kohtai|yksityi)\\p{L}*\\s+(?:pankki)?til(?:ille|illeni|illemme|ille\\p{L}+)(?![\\p{L}])|(?<![\\p{L}])yksityistil(?:ille|ille\\p{L}+)(?![\\p{L}])' +
      '|(?<![\\p{L}])omalle\\s+(?:pankki)?tililleni(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:toimitusjohtajan|johtajan|esimiehen|pomon|omistajan|vaimoni|vaimon|mieheni|veljeni|siskoni|sisareni|kollegani|ty[öo]ntekij[äa]n|myyj[äa]n|kirjanpit[äa]j[äa]n|[äa]itini|is[äa]ni|serkkuni)\\s+' +
      '(?:henkil[öo]kohtaiselle\\s+|omalle\\s+|yksityiselle\\s+)?(?:pankki)?tilille(?![\\p{L}])' +
      // Danish and Norwegian "til vores salgschefs private konto", "daglig leder sin personlige konto", "til hans konto".
      '|(?<![\\p{L}])(?:private|personlige|personligt)\\s+(?:bank)?konto\\p{L}*(?!\\s+(?:p[åa]|paa|hos|i)\\s+alibab)' +
      '|(?<![\\p{L}])(?:\\p{L}*chefs|\\p{L}*chefens|\\p{L}*sjefs|\\p{L}*sjefens|direkt[øo]rs|direkt[øo]rens|direktoers|lederens|ejerens|eierens|konens|kones|hustrus|mandens|mannens|s[øo]sters|soesters|kollegaens|kollegens|svogers)\\s+' +
      '(?:private\\s+|personlige\\s+|egen\\s+|eget\\s+)?(?:bank)?konto(?:en)?(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:til|p[åa]|paa)\\s+(?:\\p{L}+\\s+){0,2}?(?:sin|hans|hendes|hennes)\\s+(?:private\\s+|personlige\\s+|egen\\s+|eget\\s+)?(?:bank)?konto(?:en)?(?![\\p{L}])',
    {
      near: [inMessageWith(PAYING_IN_FINNISH_DANISH_NORWEGIAN, 160)],
      anchors: [
        'henkilökohtai',
        'henkilokohtai',
        'yksityi',
        'tililleni',
        'tilille',
        'private ',
        'personlige ',
        'personligt ',
        'konto',
      ],
    },
  ),
  cue(
    "paying outside the order to save Alibaba's fee",
    // Finnish "ei Alibaban palkkiota" (no Alibaba fee), "säästätte Alibaban palkkion" (you save Alibaba's fee); Danish
    // "så slipper du Alibaba-gebyr" (then you avoid Alibaba's fee), Norwegian "ingen Alibaba-gebyr". Not "the price includes
    // Alibaba's fee" ("Alibaban palkkio sisältyy hintaan", "Alibaba-gebyret er med i prisen").
    '(?<![\\p{L}])ei\\s+(?:tule\\s+|mene\\s+|makseta\\s+)?alibaban\\s+(?:palkkio|provisio|kulu|komissio|maksu)\\p{L}*' +
      '|(?<![\\p{L}])(?:s[äa][äa]st\\p{L}*|v[äa]ltt[äa]\\p{L}*|v[äa]lt[äa]\\p{L}*)\\s+(?:\\S+\\s+){0,2}?alibaban\\s+(?:palkkio|provisio|kulu|komissio|maksu)\\p{L}*' +
      '|(?<![\\p{L}])(?:slipper|slippe|slip|spare|sparer|spar|undg[åa]r?|undgaa\\p{L}*|unng[åa]r?|unngaa\\p{L}*|ingen)\\s+(?:\\S+\\s+){0,2}?alibabas?[\\s-]*(?:gebyr|afgift|avgift|provision|provisjon|kommission|kommisjon|fee)\\p{L}*',
    {
      anchors: ['alibaban ', 'slip', 'spar', 'undg', 'unng', 'ingen'],
    },
  ),
  cue(
    'paying outside the order',
    // Danish "betal uden om Alibaba", Norwegian "betale utenom Alibaba", Finnish "maksakaa ilman Alibabaa", "Alibaban ohi",
    // "Alibaban ulkopuolella"; and "no need for Alibaba": "ei tarvitse Alibabaa", "trenger ikke Alibaba".
    '(?<![\\p{L}])(?:betal\\p{L}*|overf[øo]r\\p{L}*|overfoer\\p{L}*|send\\p{L}*|vipps\\p{L}*|handle|handler)\\s+(?:\\S+\\s+){0,4}?(?:uden\\s*om|udenom|utenom|uten\\s+om|uden\\s+for|udenfor|uten\\s+for|utenfor|uden|uten|forbi)\\s+alibaba(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:maks\\p{L}*|siirr\\p{L}*|siirt\\p{L}*|l[äa]het\\p{L}*|hoid\\p{L}*)\\s+(?:\\S+\\s+){0,4}?(?:ilman\\s+alibabaa|alibaban\\s+ohi|ohi\\s+alibaban|alibaban\\s+ulkopuolel\\p{L}+)' +
      '|(?<![\\p{L}])(?:ei|eik[öo])\\s+(?:\\S+\\s+)?(?:tarvitse|tarvita)\\s+(?:en[äa][äa]\\s+)?alibabaa(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:trenger|beh[øo]ver|behoever)\\s+(?:(?:du|dere|i|vi)\\s+)?(?:ikke\\s+alibaba|ikke\\s+længere\\s+alibaba|ikke\\s+laengere\\s+alibaba|ikke\\s+lenger\\s+alibaba)(?![\\p{L}])|(?<![\\p{L}])ingen\\s+grund\\s+til\\s+alibaba(?![\\p{L}])',
    {
      anchors: [
        ' alibaba',
        'ilman alibabaa',
        'alibaban ohi',
        'ohi alibaban',
        'alibaban ulkopuolel',
        'tarvitse',
        'tarvita',
        'ikke alibaba',
        'ikke længere alibaba',
        'ikke laengere alibaba',
        'ikke lenger alibaba',
        'grund til alibaba',
      ],
    },
  ),
  cue(
    'paying the supplier directly',
    // Danish and Norwegian "betal resten direkte til os", "betale direkte til banken deres", "direkte til ham med Vipps";
    // Finnish "maksatte suoraan meille" (you pay straight to us), "suoraan johtajalle". Not to the customs ("suoraan Tullille").
    '(?<![\\p{L}])(?:betal\\p{L}*|overf[øo]r\\p{L}*|overfoer\\p{L}*|send\\p{L}*|vipps\\p{L}*)\\s+(?:\\S+\\s+){0,3}?direkte\\s+(?:til|p[åa]|paa|ind\\s+p[åa]|inn\\s+p[åa])\\s+' +
      '(?:os|oss|mig|meg|ham|hende|henne|fabrikken|agenten|direkt[øo]ren|sjefen|chefen|ejeren|eieren|vores|v[åa]r|vart|v[åa]rt|min|mitt|banken\\s+(?:deres|jeres|v[åa]r|vores)|jeres\\s+bank|deres\\s+bank)(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:maks\\p{L}*|siirr\\p{L}*|siirt\\p{L}*|l[äa]het\\p{L}*)\\s+(?:\\S+\\s+){0,3}?suoraan\\s+(?:meille|minulle|h[äa]nelle|johtajalle|toimitusjohtajalle|tehtaalle|agentillemme|tilillemme|tililleni|pankkitilillemme|meid[äa]n\\s+(?:pankki)?tilille)(?![\\p{L}])' +
      '|(?<![\\p{L}])suoraan\\s+(?:meille|minulle|h[äa]nelle|johtajalle|toimitusjohtajalle|tilillemme|tililleni)\\s+(?:\\S+\\s+){0,3}?maks\\p{L}*' +
      '|(?<![\\p{L}])(?:maks\\p{L}*|siirr\\p{L}*|siirt\\p{L}*)\\s+(?:\\S+\\s+)?(?:meille|minulle|h[äa]nelle)\\s+suoraan(?![\\p{L}])',
    { anchors: ['direkte', 'suoraan'] },
  ),
  cue(
    'a discount for paying directly',
    // Finnish "Jos maksat suoraan, annan 5 % alennuksen" (if you pay directly, I give a 5% discount); Danish "betaler I
    // direkte, giver vi rabat"; not paying straight in the order ("maksatte suoraan tilauksessa", "betal direkte i ordren").
    '(?<![\\p{L}])(?:maks\\p{L}*|siirr\\p{L}*|siirt\\p{L}*)\\s+(?:\\S+\\s+)?suoraan(?![\\p{L}])(?!\\s+(?:tilauksessa|tilaukseen|tilauksen|tilaussivu\\p{L}*|alibaba\\p{L}*|trade))' +
      '|(?<![\\p{L}])(?:betal\\p{L}*|overf[øo]r\\p{L}*|overfoer\\p{L}*)\\s+(?:\\S+\\s+)?direkte(?![\\p{L}])(?!\\s+(?:i|p[åa]|paa|via|gennem|gjennom)\\s+(?:ordren|ordresiden|alibaba|trade))',
    {
      near: [inSentenceWith(DISCOUNT, 100)],
      anchors: ['direkte', 'suoraan'],
    },
  ),
  ...PAYING_OUTSIDE_IN_FINNISH_DANISH_NORWEGIAN_2,
  cue('another company of the group receiving the money', TO_ANOTHER_COMPANY_IN_FINNISH_DANISH_NORWEGIAN, {
    anchors: ANOTHER_COMPANY_ANCHORS_IN_FINNISH_DANISH_NORWEGIAN,
  }),
];
