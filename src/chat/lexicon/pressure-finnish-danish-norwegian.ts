import { cue, inSentenceWith, type Cue } from './cue';

/** Paying, in the sentence: Finnish "maksakaa", "maksu", Danish and Norwegian "betal", "depositum", "overfør", "send resten". */
const PAYING =
  '(?<![\\p{L}])(?:maks\\p{L}*|\\p{L}+maksu\\p{L}*|ennakko\\p{L}*|loppuer\\p{L}*|siirr\\p{L}*|siirt\\p{L}*|betal\\p{L}*|depositum\\p{L}*|forskud\\p{L}*|forskudd\\p{L}*|overf[øo]r\\p{L}*|overfoer\\p{L}*|indbetal\\p{L}*|innbetal\\p{L}*|send\\s+resten|vipps\\p{L}*)(?![\\p{L}])';

/** A deadline in the sentence: today, tomorrow, a weekday, an hour, "before …". */
const A_DEADLINE =
  '(?<![\\p{L}])(?:t[äa]n[äa][äa]n|huomenna|huomiseen|heti|viimeist[äa][äa]n|menness[äa]|ennen|klo|maanantai\\p{L}*|tiistai\\p{L}*|keskiviikko\\p{L}*|torstai\\p{L}*|perjantai\\p{L}*|lauantai\\p{L}*|sunnuntai\\p{L}*' +
  '|i\\s+dag|i\\s+morgen|i\\s+aften|i\\s+kveld|nu|nå|straks|inden|innen|før|foer|senest|mandag|tirsdag|onsdag|torsdag|fredag|l[øo]rdag|s[øo]ndag|kl)(?![\\p{L}])';

/** No hurry after all, later in the sentence: "ei hätää" (no worries), "ingen hast", "intet problem", "ikke noe problem". */
const NO_HURRY =
  '(?![^.!?\\n]*?(?<![\\p{L}])(?:ei\\s+h[äa]t[äa][äa]|ei\\s+haittaa|ei\\s+kiirett[äa]|ei\\s+ongelmaa|ingen\\s+hast|ingen\\s+problem|intet\\s+problem|ikke\\s+noe\\s+problem|ikke\\s+noget\\s+problem)(?![\\p{L}]))';

/** The order's own or Alibaba's own, in the sentence: a promotion there, paid there, is no pressure to pay outside. */
const NOT_THE_ORDERS =
  '(?![^.!?\\n]*(?:ordren|ordresid|alibaba|tilaukse|tilaussivu|trade\\s+assurance))(?<!(?:alibaba|tilaus|ordre)[^.!?\\n]{0,60})';

/** Pressure to pay in Finnish, Danish and Norwegian, as probe 86's chats said it. Part of pressure-offers-ending-more.ts's list. */
export const PRESSURE_IN_FINNISH_DANISH_NORWEGIAN: readonly Cue[] = [
  cue(
    'a price rise to rush the payment',
    // Finnish "Maanantaina paneelien hinta nousee 12%, maksa 50% tänään" (on Monday the price goes up, pay today); Danish
    // "Prisen stiger i morgen, så betal depositum i dag"; Norwegian "prisen øker fra mandag". With paying and a deadline in
    // the sentence; not "the price doesn't rise" ("hinta ei nouse", "prisen stiger ikke").
    '(?<![\\p{L}])(?:\\p{L}*hinta|\\p{L}*hinnat)\\s+(?:\\S+\\s+)?(?:nousee|nousevat|kallistuu|kallistuvat)(?![\\p{L}])|(?<![\\p{L}])nostamme\\s+(?:\\S+\\s+)?hint\\p{L}+' +
      '|(?<![\\p{L}])(?:\\p{L}*prisen|\\p{L}*priserne|\\p{L}*prisene|fragten|frakten)\\s+(?:\\S+\\s+)?(?:stiger|[øo]ges|oeges|[øo]ker|oeker|g[åa]r\\s+op|gaar\\s+op|g[åa]r\\s+opp|gaar\\s+opp)(?!\\s+ikke)(?![\\p{L}])',
    {
      near: [inSentenceWith(PAYING, 100), inSentenceWith(A_DEADLINE, 100)],
      anchors: ['hinta', 'hinnat', 'nostamme', 'prisen', 'priserne', 'prisene', 'fragten', 'frakten'],
    },
  ),
  cue(
    'a deadline to pay, or a loss',
    // Finnish "Jos ei maksa tänään, kontti palautetaan Kiinaan" (if not paid today, the container goes back to China),
    // "Maksu pitää tehdä ennen perjantaita tai tuotantojono menee" (before Friday, or the production slot goes); Danish
    // and Norwegian "Send resten før fredag, ellers går rabatten ut" (or the discount ends), "ellers mister I pladsen".
    `(?<![\\p{L}])jos\\s+(?:\\S+\\s+){0,3}?(?:ei|ette|et)\\s+(?:\\S+\\s+)?(?:maksa|makseta|maksettu|maksaa|maksata|maksatte)(?![\\p{L}])${NO_HURRY}` +
      `|(?<![\\p{L}])(?:ennen|viimeistään|viimeistaan|tänään|tanaan|huomenna)\\s+(?:\\S+\\s+){0,3}?(?:tai|muuten|tai\\s+muuten)\\s+(?:\\S+\\s+){0,3}?` +
      `(?:menee|menet[äa]tte|menet[äa]t|nousee|perutaan|peruutetaan|myyd[äa][äa]n|palautetaan|siirtyy|vanhenee|raukeaa|lahtee|l[äa]htee|j[äa][äa]|ker[äa][äa]ntyy)(?![\\p{L}])${NO_HURRY}` +
      `|(?<![\\p{L}])ellers\\s+(?:\\S+\\s+){0,3}?(?:g[åa]r|gaar|ryger|forsvinder|forsvinner|mister|taber|taper|stiger|[øo]ker|annulleres|kanselleres|s[æa]lger|selger|udl[øo]ber|utl[øo]per|mistes)(?![\\p{L}])${NO_HURRY}`,
    {
      near: [inSentenceWith(PAYING, 120), inSentenceWith(A_DEADLINE, 120)],
      anchors: ['jos ', 'ennen', 'viimeistään', 'viimeistaan', 'tänään', 'tanaan', 'huomenna', 'ellers'],
    },
  ),
  cue(
    'an offer for today only',
    // Finnish "Tarjous on voimassa vain tänään, maksakaa heti" (the offer is valid only today, pay at once), Danish
    // "Tilbuddet gælder kun i dag, betal inden kl. 18", Norwegian "prisen gjelder bare i dag": with paying in the sentence.
    // Not Alibaba's own promotion, paid in the order ("Rabatten gælder kun i dag på Alibaba …, betal i ordren").
    `(?<![\\p{L}])(?:vain|ainoastaan)\\s+(?:tänään|tanaan)(?![\\p{L}])${NOT_THE_ORDERS}|(?<![\\p{L}])(?:kun|bare)\\s+i\\s+dag(?![\\p{L}])${NOT_THE_ORDERS}`,
    {
      near: [inSentenceWith(PAYING, 100)],
      anchors: ['tänään', 'tanaan', 'i dag'],
    },
  ),
  cue(
    'a last chance',
    // Finnish "Viimeinen mahdollisuus, maksakaa ennen klo 16", Danish "Sidste chance", Norwegian "Siste sjanse i dag": said
    // alone or with today or paying; not the last chance to change a colour ("viimeinen mahdollisuus muuttaa väriä").
    '(?<![\\p{L}])(?:viimeinen\\s+(?:mahdollisuus|tilaisuus)|sidste\\s+(?:chance|mulighed)|siste\\s+(?:sjanse|mulighet))(?=\\s*(?:[.!,—–-]|$)|\\s+(?:t[äa]n[äa][äa]n|maksaa|i\\s+dag|at\\s+betale|[åa]\\s+betale|\\d))',
    { anchors: ['viimeinen', 'sidste', 'siste'] },
  ),
  cue(
    'the goods going to another buyer',
    // Finnish "tuotantopaikka menee toiselle asiakkaalle", Danish "sælger vi varerne til en anden kunde", Norwegian "selger vi
    // til en annen kunde": with a deadline in the sentence, not a model another customer bought last year.
    '(?<![\\p{L}])(?:toiselle\\s+(?:asiakkaalle|ostajalle)|(?:til\\s+)?en\\s+anden\\s+(?:kunde|k[øo]ber|koeber)|(?:til\\s+)?en\\s+annen\\s+(?:kunde|kj[øo]per|kjoeper))(?![\\p{L}])',
    {
      near: [inSentenceWith(A_DEADLINE, 120)],
      anchors: ['toiselle', 'en anden', 'en annen'],
    },
  ),
];
