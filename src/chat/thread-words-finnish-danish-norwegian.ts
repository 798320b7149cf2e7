import type { ThreadLanguagePack } from './thread-language-packs';
import { FINNISH_DANISH_NORWEGIAN_REPLIES_2 } from './thread-words-finnish-danish-norwegian-2';

// The threads' replies in Finnish, Danish and Norwegian Bokmål (thread-language-packs.ts), as probe 86's chats wrote them.
// Finnish is often typed without its ä and ö ("lahetin", "syotin"), Danish and Norwegian with "ae", "oe", "aa" for æ, ø,
// å ("paa", "kjoepe"): each word is read both ways. Swedish, whose words Danish and Norwegian share in part ("betalt",
// "koden", "kortet"), is in thread-words-swedish.ts. The contact and link threads' words are in the -2 file.

/** What else is sent in an order's talk, in Finnish: photos, the logo, the sample, the order, a message, an e-mail. */
const FINNISH_THINGS =
  '(?:kuv|logo|tiedost|n[äa]yt|paket|tilau|viesti|s[äa]hk[öo]post|osoit|piirustu|lasku|tarjou|hinnast|luettelo|katalog|video|pdf|chat|t[äa]h[äa]n)';
/** The same in Danish and Norwegian. */
const DANISH_NORWEGIAN_THINGS =
  '(?:billed|bilde|foto|logo|fil|pr[øo]ve|vare|pakke|ordre|besked|melding|mail|e-?post|adresse|tegning|faktura|tilbud|katalog|video|pdf|pi|design|tracking)';

export const FINNISH_DANISH_NORWEGIAN_REPLIES: ThreadLanguagePack = {
  paid: {
    words: [
      // Finnish "lähetin. kuitti liitteenä" (sent, receipt attached), "Maksettu 4 930 USD", "maksoin 340e, tässä
      // kuvakaappaus", "Teen siirron huomenna aamulla", "laitan mobilepaylla"; not "lähetin kuvat" (the photos).
      `(?<!(?:lasku|tilaus|kuvat|n[äa]yte|paketti|tavarat|viesti|tarjous)\\s)(?:maksoin|maksettu|maksoimme|maksanut|maksaneet|l[äa]hetin|l[äa]hetetty|l[äa]hetimme|siirsin|siirretty|siirsimme|laitoin)(?!\\s+(?:\\S+\\s+)?${FINNISH_THINGS})` +
        '|(?:teen|teemme|tein|teimme)\\s+(?:\\S+\\s+)?(?:siirron|tilisiirron|pankkisiirron|maksun)|(?:tilisiirto|pankkisiirto|maksu|siirto)\\s+(?:on\\s+)?(?:tehty|l[äa]hetetty|l[äa]hti)' +
        '|(?:laitan|maksan|siirr[äa]n|l[äa]het[äa]n)\\s+(?:sen\\s+|rahat\\s+)?(?:mobilepay|wise|vipps|western|pankki)\\p{L}*|(?:maksan|maksamme|siirr[äa]n|l[äa]het[äa]n)\\s+(?:sen\\s+|rahat\\s+)?(?:t[äa]n[äa][äa]n|huomenna|nyt|heti|illalla|aamulla)' +
        '|kuitti\\s+(?:liitteen[äa]|liitteess[äa]|t[äa]ss[äa]|mukana|tulossa)|kuittikuva\\p{L}*|t[äa]ss[äa]\\s+(?:kuitti|kuvakaappaus|tosite)|kuvakaappaus\\s+(?:liitteen[äa]|t[äa]ss[äa])',
      // Danish and Norwegian "Overført fra Danske Bank, kvittering vedhæftet", "sendt 450 kr paa MobilePay", "Vippset 5000
      // kr nå", "SWIFT-kopi vedlagt", "jeg overfører de 2.394 EUR i morgen", "beder bogholderiet overføre i dag".
      `(?<!(?:ikke|aldri|aldrig|ordre|ordren|tilbud|tilbuddet|faktura|fakturaen|pakken|pakke|varerne|varene|pr[øo]verne|pr[øo]vene|billeder|bilder|tegningen|katalog)\\s)(?:overf[øo]rt|overfoert|sendt|vippset|vipset|indbetalt|innbetalt|betalt)(?!\\s+(?:\\S+\\s+){0,2}?${DANISH_NORWEGIAN_THINGS}\\p{L}*)` +
        '|(?:kvittering|kvitteringen|swift-?kopi|swift-?kopien|betalingsbevis|overf[øo]rselsbevis|mt103)\\s+(?:er\\s+)?(?:vedh[æa]ftet|vedhaeftet|vedlagt|her|sendt|kommer)|(?:vedh[æa]fter|vedhaeftet|vedlagt|her\\s+er)\\s+(?:\\S+\\s+)?(?:kvittering\\p{L}*|swift-?kopi\\p{L}*|betalingsbevis\\p{L}*)' +
        '|(?:sende|sender|send|overf[øo]re|overfoere|betale|vippse)\\s+(?:det\\s+|pengene\\s+|bel[øo]bet\\s+|bel[øo]pet\\s+)?(?:dit|derhen|dertil)|(?:l[äa]het[äa]n|maksan|siirr[äa]n|laitan)\\s+(?:sen\\s+|rahat\\s+)?sinne' +
        '|(?:overf[øo]rer|overfoerer|overf[øo]re|overfoere|betaler|betale|sender|vippser|vipser)\\s+(?:\\S+\\s+){0,4}?(?:i\\s+dag|i\\s+morgen|i\\s+aften|i\\s+kveld|nu|n[åa]|naa|straks|senere)',
    ],
  },
  asksWhere: {
    words: [
      // Finnish "ok, mille tilille?", "mihin maksan sen 50%?", "mikä kaupunki ja maa pitää laittaa?" (for the Western Union
      // form), "kenen nimelle?"; Danish and Norwegian "Hvilket nummer?", "hvilket nummer skal jeg vippse til?", "hvor meget?".
      'mille\\s+(?:pankki)?tilille|mik[äa]\\s+(?:tili|tilinumero|iban|numero|nimi|kaupunki|summa)|mihin\\s+(?:maksan|maksetaan|maksamme|l[äa]het[äa]n|siirr[äa]n|laitan)|kenen\\s+nimi(?:in|lle|ss[äa])|kenelle\\s+(?:maksan|l[äa]het[äa]n)|paljonko|kuinka\\s+paljon' +
        '|hvilke[tn]\\s+(?:nummer|kontonummer|konto|bank|navn|iban|mobilepay|vipps)|hvem\\s+skal\\s+(?:jeg|vi)\\s+(?:betale|sende|vippse|overf[øo]re)|hvor\\s+(?:meget|mye|skal\\s+(?:jeg|vi)\\s+(?:betale|sende|overf[øo]re))|(?:hvad|hva)\\s+er\\s+(?:kontonummeret|nummeret|iban)' +
        '|send\\s+(?:mig\\s+|meg\\s+)?(?:kontooplysninger\\p{L}*|kontoopplysning\\p{L}*|kontonummer\\p{L}*|bankoplysninger\\p{L}*|bankopplysninger\\p{L}*)',
    ],
  },
  pointsAt: {
    words: [
      // Finnish "Jatkossa kaikki tilaukset myös tälle tilille" (to this account from now on), "Seuraavat tilaukset samalle
      // tilille", "Loppumaksu samalla tavalla" (the same way), "sama MobilePay numero", "Vastaanottaja ZHAO MEILING", "mihin
      // maksan?"; Danish "ja, til denne konto", "kontoen i mailen"; Norwegian "samme konto", "samme nummer".
      '(?:t[äa]lle|samalle|tuolle)\\s+(?:pankki)?tilille|samaan\\s+(?:tiliin|numeroon|lompakkoon)|sama\\s+(?:tili|numero|mobilepay|wise|iban)|samalla\\s+tavalla|(?:vastaanottaja|saaja)\\s*:?\\s+(?!on\\s)\\p{L}+\\s+\\p{L}+' +
        '|mille\\s+tilille|mihin\\s+(?:maksan|maksetaan|maksamme)' +
        '|(?:til|p[åa]|paa)\\s+(?:denne|den\\s+her|den\\s+nye|samme)\\s+konto(?:en)?|kontoen\\s+(?:i|fra)\\s+(?:mailen|e-?mailen|e-?posten)|samme\\s+(?:konto|kontonummer|nummer|bank|mobilepay|vipps|wallet|som\\s+(?:sidst|sist|f[øo]r))|(?:modtager|mottaker)\\s*:?\\s+(?!er\\s)\\p{L}+\\s+\\p{L}+',
    ],
  },
  toPay: {
    words: [
      'maks\\p{L}*|\\p{L}+maksu\\p{L}*|ennakko\\p{L}*|loppuosa\\p{L}*|loppuer\\p{L}*|summa|saaja|vastaanottaja|betal\\p{L}*|bel[øo]b\\p{L}*|bel[øo]p\\p{L}*|depositum|resten|restbel[øo][bp]\\p{L}*|modtager|mottaker|overf[øo]r\\p{L}*',
    ],
  },
  backToTheOrder: {
    words: [
      // Finnish "Tehdään tilaus Alibaban kautta tai ei ollenkaan", "maksan vain Trade Assurancen kautta", "en maksa"; Danish
      // "Trade Assurance eller slet ikke", "det betaler vi ikke til", "kun gennem Alibaba"; Norwegian "nå stopper jeg", "bare
      // via ordren".
      '(?:vain|ainoastaan)\\s+(?:alibaban|trade\\s+assurance\\p{L}*|tilauksen)\\s+kautta|(?:maksan|maksamme|tehd[äa][äa]n\\s+tilaus)\\s+(?:vain\\s+)?(?:alibaban|tilauksen|trade\\s+assurance\\p{L}*)\\s+kautta|(?:en|emme)\\s+maksa|tai\\s+ei\\s+ollenkaan' +
        '|(?:kun|bare|udelukkende|kun\\s+og\\s+alene)\\s+(?:via|gennem|igennem|gjennom|i|p[åa]|paa)\\s+(?:alibaba|trade\\s+assurance|ordren|ordresiden)|(?:vi|jeg)\\s+betaler\\s+(?:kun\\s+|bare\\s+)?(?:via|i|gennem|gjennom|p[åa]|paa)\\s+(?:ordren|ordresiden|alibaba|trade\\s+assurance)' +
        '|(?:jeg|vi)\\s+betaler\\s+ikke|det\\s+betaler\\s+(?:jeg|vi)\\s+ikke|trade\\s+assurance\\s+eller\\s+(?:slet\\s+)?(?:ikke|intet|ingenting)|n[åa]\\s+stopper\\s+jeg|naa\\s+stopper\\s+jeg',
    ],
  },
  ...FINNISH_DANISH_NORWEGIAN_REPLIES_2,
};
