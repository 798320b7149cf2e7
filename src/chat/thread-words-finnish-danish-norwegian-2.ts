import type { ThreadLanguagePack } from './thread-language-packs';

// The threads' replies in Finnish, Danish and Norwegian, continued from thread-words-finnish-danish-norwegian.ts: the
// supplier vouching, doubts, the order named; talking elsewhere; a suspicious link's page.

/** Every kind of reply but the paying ones, in Finnish, Danish and Norwegian. */
export const FINNISH_DANISH_NORWEGIAN_REPLIES_2: Omit<
  ThreadLanguagePack,
  'paid' | 'asksWhere' | 'pointsAt' | 'toPay' | 'backToTheOrder'
> = {
  vouches: {
    words: [
      // Norwegian "Ja samme eier, søsterselskap"; Finnish "Täysin turvallinen ystävä, olemme 12 vuotta tehdas", "Monet
      // asiakkaat Euroopassa tekee näin" (many customers do this); Danish "alle vores kunder betaler sådan", "stol på os".
      'samme\\s+(?:eier|ejer|firma|selskap|selskab|sjef|chef|konsern|koncern)|(?:han|hun|hon)\\s+er\\s+(?:familie|min\\s+bror|min\\s+s[øo]ster)|helt\\s+(?:sikkert|trygt|sikker|trygg)|stol\\s+p[åa]\\s+(?:os|oss)' +
        '|alle\\s+(?:vores\\s+|v[åa]re\\s+)?kunder\\s+betaler\\s+(?:s[åa]dan|saadan|slik|s[åa]nn|saann|p[åa]\\s+den\\s+m[åa]de)|bare\\s+denne\\s+gang(?:en)?|kun\\s+denne\\s+gang' +
        '|sama\\s+(?:omistaja|yritys|firma|pomo|konserni)|t[äa]ysin\\s+turvalli\\p{L}+|100\\s?%\\s+turvalli\\p{L}+|luota\\s+(?:meihin|minuun)|monet\\s+(?:\\S+\\s+){0,3}?asiakkaat\\s+(?:\\S+\\s+){0,2}?(?:tekee|tekev[äa]t|maksaa|maksavat)\\s+(?:n[äa]in|samoin)' +
        '|(?:olemme|me\\s+olemme)\\s+(?:luotettava|rehellinen|oikea\\s+yritys)|vain\\s+t[äa]m[äa]n\\s+kerran',
    ],
  },
  doubts: {
    words: [
      // A question about the request: "saaja on eri nimi kuin yrityksenne?" (the payee is a different name from your company?).
      'miksi|eri|erilainen|turvalli\\p{L}*|outo\\p{L}*|huijau\\p{L}*|oikeasti|varmasti|normaali\\p{L}*|hvorfor|sikkert|sikker|trygt|trygg|m[æa]rkelig\\p{L}*|merkelig\\p{L}*|rart|svindel|virkelig|normalt',
    ],
  },
  namesTheOrder: {
    // Finnish "Maksoin tilaussivulla", "Trade Assurance -tilauksen kautta", "Alibaban kautta"; Danish and Norwegian
    // "Betalt med kort paa ordresiden", "i ordren", "Trade Assurance-ordren"; not "ordrenummeret" (its number, for a
    // transfer's reference).
    words: [
      'tilaussivu\\p{L}*|tilauksen\\s+kautta|tilauksessa|tilaukseen|tilauksella|alibaban\\s+kautta|alibabassa|alibaban\\s+tilau\\p{L}*|trade\\s+assurance\\s+-?tilau\\p{L}*' +
        '|ordresid\\p{L}*|ordren|ordrer|bestillingen|trade\\s+assurance-?ordre\\p{L}*|alibaba-?ordre\\p{L}*|sample\\s+order',
    ],
  },
  moved: {
    words: [
      // Finnish "laitoin viestiä telegramiin" (I wrote on Telegram), "Vastasin Telegramissa", "Sain viestin" (got the
      // message), "laitoin sähköpostia"; Danish "Har skrevet til dig paa WhatsApp nu", "send kontooplysninger på WhatsApp";
      // Norwegian "har lagt deg til", "sendte deg en melding".
      '(?:laitoin|l[äa]hetin|kirjoitin)\\s+(?:\\S+\\s+)?(?:viesti[äa]?|s[äa]hk[öo]posti[äa]?|meili[äa]?|viestin)|(?:lis[äa]sin|lis[äa]simme)\\s+(?:sinut|teid[äa]t|sut)|vastasin\\s+(?:\\S+\\s+)?(?:sinne|siell[äa]|whatsapp\\p{L}*|telegram\\p{L}*|wechat\\p{L}*)|sain\\s+viestin(?:ne)?' +
        '|(?:whatsapp|wechat|telegram|signal|viber)(?:issa|iss[äa]|iin|ista|illa|in)|(?:n[äa]en|n[äa]in)\\s+(?:viestin|sinut)' +
        '|(?:har\\s+)?(?:skrevet|skrev|sendt|sendte)\\s+(?:til\\s+)?(?:dig|deg|jer|dere)(?:\\s+en\\s+(?:besked|melding|sms|mail))?|(?:har\\s+)?(?:tilf[øo]jet|tilfoejet|tilf[øo]jede)\\s+(?:dig|jer)|(?:har\\s+)?(?:lagt|la)\\s+(?:deg|dere)\\s+til' +
        '|(?:p[åa]|paa|via|over)\\s+(?:whats\\s?app|wechat|telegram|signal|viber)|(?:ses|snakkes|skriver|svarer)\\s+der|kan\\s+ikke\\s+finde\\s+dig|finner\\s+deg\\s+ikke|fant\\s+deg\\s+ikke',
    ],
  },
  backToTheChat: {
    words: [
      '(?:jatketaan|pysyt[äa][äa]n|jutellaan|puhutaan|kirjoitetaan)\\s+(?:\\S+\\s+)?(?:t[äa][äa]ll[äa]|alibabassa)|(?:en|emme)\\s+(?:k[äa]yt[äa]|halua)\\s+(?:whatsapp|wechat|telegram)\\p{L}*' +
        '|(?:vi\\s+)?(?:forts[æa]tter|fortsaetter|fortsetter|skriver|snakker|holder\\s+os|holder\\s+oss|bliver|blir)\\s+(?:\\S+\\s+)?(?:her\\s+(?:p[åa]|paa|i)\\s+(?:alibaba|chatten)|p[åa]\\s+alibaba|paa\\s+alibaba)' +
        '|har\\s+ikke\\s+(?:whatsapp|wechat|telegram)|(?:bruger|bruker)\\s+ikke\\s+(?:whatsapp|wechat|telegram)',
    ],
  },
  // "Here": Finnish "täällä", "tähän chattiin"; Danish and Norwegian "her i chatten" (a bare "her" is English "her").
  namesTheChat: {
    words: [
      't[äa][äa]ll[äa]|t[äa]h[äa]n\\s+chattiin|t[äa]ss[äa]\\s+chatissa|her\\s+i\\s+chatten|her\\s+(?:p[åa]|paa)\\s+alibaba|herinde',
    ],
  },
  pageTakes: {
    words: [
      // Finnish "Pyytää Alibaba tunnuksia ja kortin tietoja", "kirjaudu ja syötä kortti, sitten vahvistuskoodi", "syötin
      // tunnukset"; Danish and Norwegian "har logget ind via linket", "tastet kortet ind", "passordet".
      'tunnukse\\p{L}*|tunnuksi\\p{L}*|salasan\\p{L}*|kortin\\s+(?:tiedot|tietoja|numero\\p{L}*)|kortti|kortin|korttia|vahvistuskoodi\\p{L}*|koodi|koodin|tekstiviestikoodi\\p{L}*|kirjaudu\\p{L}*|kirjauduin|sy[öo]tin|sy[öo]t[äa]|avasin' +
        '|adgangskode\\p{L}*|passord\\p{L}*|kodeord\\p{L}*|logget\\s+(?:ind|inn)|logge\\s+(?:ind|inn)|log\\s+ind|logg\\s+inn|kortnummer\\p{L}*|kortoplysninger|kortopplysninger|tastet|indtastet|tastede|mitid|bankid',
    ],
  },
  refusesThePage: {
    words: [
      'ikke|aldri|aldrig|sp[æa]rre\\p{L}*|spaerre\\p{L}*|sperre\\p{L}*|ei\\s+ole|(?:en|emme)\\s+(?:sy[öo]t[äa]|anna|kirjaudu|avaa|maksa)|vaihdan\\s+salasan\\p{L}*|vaihdoin\\s+salasan\\p{L}*|ilmoit\\p{L}*',
    ],
  },
  asksWhy: { words: ['miksi|hvorfor'] },
};
