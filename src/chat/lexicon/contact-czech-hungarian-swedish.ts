import { APP } from './apps';
import { cue, type Cue } from './cue';

/** Talk moved off the chat in Czech, Hungarian and Swedish, as probe 85's chats said it. Part of contact-more-wordings.ts's list. */
export const CONTACT_IN_CZECH_HUNGARIAN_SWEDISH: readonly Cue[] = [
  cue(
    'a request to talk on a messaging app',
    // Czech "Přidejte si mě na WeChat" (add me on WeChat), "pokračujme na WhatsAppu" (let's go on on WhatsApp); Czech and
    // Hungarian join endings to the app's name ("WhatsAppu", "Telegramon").
    `(?<![\\p{L}])(?:přidejte|pridejte|přidej|pridej)\\s+(?:si\\s+)?(?:mě|me|nás|nas)\\s+(?:na|do|v)\\s+${APP}` +
      `|(?<![\\p{L}])(?:pokračujme|pokracujme|přesuňme\\s+se|presunme\\s+se|pišme\\s+si|pisme\\s+si|spojme\\s+se|bavme\\s+se)\\s+(?:\\S+\\s+)?(?:na|v|přes|pres)\\s+${APP}` +
      // Hungarian "Adj hozzá WeChaten" (add me on WeChat), "jelölj be Telegramon", "írj Telegramon" (write on Telegram),
      // "beszéljünk WhatsAppon" (let's talk on WhatsApp).
      `|(?<![\\p{L}])(?:adj|adjon)\\s+(?:hozzá|hozza)\\s+(?:\\S+\\s+)?${APP}|(?<![\\p{L}])(?:jelölj|jelolj|jelöljön|jeloljon)\\s+be\\s+(?:\\S+\\s+)?${APP}` +
      `|(?<![\\p{L}])(?:írj|irj|írjon|irjon|írjanak|irjanak)\\s+(?:nekem\\s+|nekünk\\s+|nekunk\\s+)?(?:a\\s+)?${APP}` +
      `|(?<![\\p{L}])(?:beszéljünk|beszeljunk|folytassuk|írjunk|irjunk)\\s+(?:\\S+\\s+)?${APP}` +
      // Swedish "Lägg till mig på WeChat", "vi fortsätter på WhatsApp" (not "vi pratar inte på WhatsApp").
      `|(?<![\\p{L}])(?:lägg\\s+till|lagg\\s+till)\\s+(?:mig|oss)\\s+(?:på|pa|i)\\s+${APP}` +
      `|(?<![\\p{L}])(?:fortsätter|fortsatter|fortsätta|fortsatta|pratar|prata)(?!\\s+inte)\\s+(?:\\S+\\s+)?(?:på|pa|via|över|over)\\s+${APP}`,
    {
      anchors: [
        'přidej',
        'pridej',
        'pokračujme',
        'pokracujme',
        'přesuňme se',
        'presunme se',
        'pišme si',
        'pisme si',
        'spojme se',
        'bavme se',
        'hozzá',
        'hozza',
        'jelölj',
        'jelolj',
        'írj',
        'irj',
        'beszéljünk',
        'beszeljunk',
        'folytassuk',
        'lägg till',
        'lagg till',
        'fortsätt',
        'fortsatt',
        'prata',
      ],
    },
  ),
  cue(
    'a personal e-mail',
    // Czech "napište na můj osobní e-mail", Hungarian "a személyes e-mail címemre", Swedish "till min privata mejl".
    '(?<![\\p{L}])(?:m[ůu]j|m[ée]ho|m[ée]|mou)\\s+(?:osobn|soukrom)\\p{L}{1,3}\\s+(?:e-?mail|mail)\\p{L}*' +
      '|(?<![\\p{L}])(?:személyes|szemelyes|privát)\\s+(?:e-?mail\\s+c[íi]mem\\p{L}*|e-?mailem\\p{L}*|mailem\\p{L}*)' +
      '|(?<![\\p{L}])(?:min|mitt)\\s+(?:privata\\s+|personliga\\s+|privat\\s+|personlig\\s+)(?:mejl|mail|e-?post|e-?mail|gmail)',
    {
      anchors: [
        'osobn',
        'soukrom',
        'személyes',
        'szemelyes',
        'privát',
        'privata ',
        'privat ',
        'personliga ',
        'personlig ',
      ],
    },
  ),
];
