import { APP, APP_ANCHORS } from './apps';
import { cue, type Cue } from './cue';

/** Moving the talk off the platform in Finnish, Danish and Norwegian, as probe 86's chats said it. Part of contact-more-wordings.ts's list. */
export const CONTACT_IN_FINNISH_DANISH_NORWEGIAN: readonly Cue[] = [
  cue(
    'a request to talk on a messaging app',
    // Finnish joins its endings to the app's name: "Lisää minut WhatsAppiin" (add me on WhatsApp), "jatketaan
    // WeChatissa" (let's go on on WeChat), "laita viestiä Telegramiin" (send a message on Telegram), "soita WhatsAppilla".
    `(?<![\\p{L}])(?:lis[äa][äa]|lis[äa]tk[äa][äa]|lis[äa][äa]tk[öo])\\s+(?:minut|mut|meid[äa]t|minua)\\s+(?:\\S+\\s+)?${APP}` +
      `|(?<![\\p{L}])(?:jatketaan|jutellaan|puhutaan|keskustellaan|siirryt[äa][äa]n|jatkakaa|jatka|siirtyk[äa][äa])\\s+(?:\\S+\\s+)?${APP}` +
      `|(?<![\\p{L}])(?:laita|laittakaa|l[äa]het[äa]|l[äa]hett[äa]k[äa][äa]|kirjoita|kirjoittakaa|soita|soittakaa|ota|ottakaa)\\s+(?:minulle\\s+|meille\\s+)?(?:viesti[äa]?|yhteytt[äa]|soitto)?\\s*${APP}` +
      // Danish "Tilføj mig på WeChat", "skriv til mig på WhatsApp", "lad os fortsætte på WhatsApp"; Norwegian "Legg meg til på
      // WhatsApp", "send meg en melding på Telegram", "vi tar det på WhatsApp".
      `|(?<![\\p{L}])(?:tilf[øo]j|tilfoej|tilf[øo]je)\\s+(?:mig|os)\\s+(?:p[åa]|paa|i|via)\\s+${APP}|(?<![\\p{L}])(?:legg|legge)\\s+(?:meg|oss)\\s+til\\s+(?:p[åa]|paa|i|via)\\s+${APP}` +
      `|(?<![\\p{L}])(?:skriv|skrive|send|sende|ring|ringe|kontakt|kontakte)\\s+(?:til\\s+)?(?:mig|meg|os|oss)\\s+(?:en\\s+(?:besked|melding|sms)\\s+)?(?:p[åa]|paa|via|over|i)\\s+${APP}` +
      `|(?<![\\p{L}])(?:forts[æa]t|fortsaet|forts[æa]tte|fortsaette|fortsett|fortsette|snak|snakke|snakkes|prat|prate|chat|chatte|tal|tale|ta|tar|tag|tage|tager)\\s+(?:\\S+\\s+)?(?:videre\\s+)?(?:p[åa]|paa|via|over)\\s+${APP}`,
    { anchors: APP_ANCHORS },
  ),
  cue(
    'a personal e-mail',
    // Danish and Norwegian "skriv til min private mail", "min personlige e-post"; Finnish "henkilökohtaiseen
    // sähköpostiini", "yksityiseen sähköpostiini", "gmailiini" (to my gmail).
    '(?<![\\p{L}])(?:min|mit|mitt)\\s+(?:private|personlige)\\s+(?:e-?mail|mail|e-?post|mailadresse|gmail)\\p{L}*' +
      '|(?<![\\p{L}])(?:henkil[öo]kohtai|yksityi)\\p{L}*\\s+(?:sähköposti|sahkoposti|sähköpostiosoitte|sahkopostiosoitte|e-?mail|meili|gmail)\\p{L}*(?:iini|eeni|ini)(?![\\p{L}])|(?<![\\p{L}])gmailiini(?![\\p{L}])',
    {
      anchors: ['private', 'personlige', 'henkilökohtai', 'henkilokohtai', 'yksityi', 'gmailiini'],
    },
  ),
];
