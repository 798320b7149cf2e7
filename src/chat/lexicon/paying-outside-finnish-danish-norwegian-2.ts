import { cue, inMessageWith, type Cue } from './cue';

/**
 * Paying, in Finnish, Danish and Norwegian: "maksakaa", "näytemaksu", "siirto", "betal", "overfør", "vippse", and the
 * ways money goes ("Wise", "Western Union", "IBAN"). Danish and Norwegian "æ", "ø", "å" are also typed "ae", "oe",
 * "aa"; Finnish "ä", "ö" are often typed "a", "o".
 */
export const PAYING_IN_FINNISH_DANISH_NORWEGIAN =
  '(?<![\\p{L}])(?:maks\\p{L}*|\\p{L}+maksu\\p{L}*|siirr\\p{L}*|siirt\\p{L}*|tilisiirt\\p{L}*|pankkisiirt\\p{L}*|betal\\p{L}*|overf[øo]r\\p{L}*|overfoer\\p{L}*|indbetal\\p{L}*|innbetal\\p{L}*|vipps\\p{L}*|mobilepay\\p{L}*|wise\\p{L}*|western|moneygram|mtcn|iban|swift|sepa)(?![\\p{L}])';

/** A name that is a company's, a bank's or a field's, not a person's: "Saaja: HX Marine Trading Sp. z o.o.". */
const NOT_A_PERSON =
  '(?![^.,;!?\\n]*?(?<![\\p{L}])(?:oy|oyj|ab|as|asa|aps|a/s|ltd|co|limited|trading|company|gmbh|inc|llc|group|tehdas|factory|sp|fze|bank|pankki|alibaba|on|er|ei|ikke|yritys|yrityksen|firma|firmaet|selskab|selskap|sama|samme|nimi|navn)(?![\\p{L}]))';

/** Countries a supplier in China has no reason to be paid in: "Konto i Polen for EU-kunder", "uuden tilin Puolaan". */
const ABROAD_IN_DANISH_NORWEGIAN =
  '(?:polen|hongkong|hong\\s+kong|dubai|singapore|tyrkiet|tyrkia|litauen|malaysia|vietnam|thailand|usa|england|storbritannien|storbritannia|tyskland|holland|nederland|estland|letland|latvia|cypern|kypros)';
const ABROAD_IN_FINNISH =
  '(?:puola|hongkong|dubai|singapore|turki|turkki|liettua|malesia|vietnami|thaimaa|englan|britannia|saksa|yhdysval|hollan|alankomai|kypro|latvia)\\p{L}*';

/** Paying outside the order in Finnish, Danish and Norwegian, continued: a person named, an account abroad, an agent, an e-mail's account. */
export const PAYING_OUTSIDE_IN_FINNISH_DANISH_NORWEGIAN_2: readonly Cue[] = [
  cue(
    'a person named to receive the money',
    // Finnish "Maksa Wise tai pankki, saaja Anna Zhou" (payee Anna Zhou), Danish "modtager: Jonas Holm", Norwegian "mottaker
    // Wang Lei", with paying in the message; not a company ("Saaja: HX Marine Trading Sp. z o.o.") nor a parcel's
    // receiver ("Paketin vastaanottaja Matti Korhonen").
    `(?<![\\p{L}])(?<!(?:paketin|l[äa]hetyksen|tavaran|n[äa]ytteen|pakkens|pakken|forsendelsens|varens|varenes)\\s)(?:saaja|saajana|maksunsaaja|vastaanottaja|vastaanottajana|modtager|modtageren|betalingsmodtager|mottaker|mottakeren|betalingsmottaker)\\s*(?:on|er|:|-|–)?\\s*${NOT_A_PERSON}` +
      '\\p{L}{2,}\\s+\\p{L}{2,}(?:\\s+\\p{L}{2,})?(?=\\s*(?:[.,;!)\\n]|$))',
    {
      near: [inMessageWith(PAYING_IN_FINNISH_DANISH_NORWEGIAN, 160)],
      anchors: ['saaja', 'vastaanottaja', 'modtager', 'mottaker'],
    },
  ),
  cue(
    'an account abroad to pay to',
    // Danish "Konto i Polen for EU-kunder, hurtig SEPA", Norwegian "sendt til den nye kontoen i Dubai", Finnish "tili
    // Puolassa", "uudelle tilille Hongkongissa" (to the new account in Hong Kong), with paying in the message.
    `(?<![\\p{L}])(?:konto|kontoen|kontonummer|bankkonto|bankkontoen)\\s+i\\s+${ABROAD_IN_DANISH_NORWEGIAN}(?![\\p{L}])` +
      `|(?<![\\p{L}])(?:pankki|yritys)?tili(?:n|lle|ll[äa]|mme|lt[äa])?\\s+(?:\\p{L}+\\s+)?${ABROAD_IN_FINNISH}` +
      `|(?<![\\p{L}])${ABROAD_IN_FINNISH}\\s+(?:pankki|yritys)?tili(?:lle|in|[äa])(?![\\p{L}])`,
    {
      near: [inMessageWith(PAYING_IN_FINNISH_DANISH_NORWEGIAN, 200)],
      anchors: ['konto', 'tili'],
    },
  ),
  cue(
    'the new account to pay to',
    // Danish "brug venligst den nye konto i Singapore" (please use the new account), Norwegian "bruk vår nye konto";
    // Finnish "käyttäkää uutta tiliä" (use the new account).
    '(?<![\\p{L}])(?:brug|bruk|benyt|benytt|anvend)\\s+(?:venligst\\s+|vennligst\\s+|nu\\s+|nå\\s+|fremover\\s+)?(?:den\\s+|vores\\s+|vår\\s+|var\\s+)?nye\\s+(?:bank)?konto(?:en)?(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:käyttäkää|kayttakaa|käytä|kayta)\\s+(?:\\S+\\s+)?uutta\\s+(?:pankki)?tili[äa](?![\\p{L}])',
    { anchors: ['konto', 'tili'] },
  ),
  cue(
    'money sent to a relative or a member of staff',
    // Danish "send pengene til min kone" (send the money to my wife), Norwegian "betal til vår sjef"; Finnish "lähettäkää
    // rahat vaimolleni", "maksakaa kirjanpitäjällemme" (pay our bookkeeper).
    '(?<![\\p{L}])(?:betal\\p{L}*|overf[øo]r\\p{L}*|overfoer\\p{L}*|vipps\\p{L}*|send\\p{L}*\\s+(?:pengene|bel[øo]bet|bel[øo]pet|forskuddet|depositummet|resten))\\s+(?:\\S+\\s+){0,2}?(?:til\\s+min|til\\s+mit|til\\s+mitt|til\\s+vores|til\\s+vår|til\\s+var)\\s+' +
      '(?:kone|hustru|mand|mann|bror|s[øo]ster|soester|svoger|svigerinde|mor|far|kollega|sjef|chef|direkt[øo]r|direktoer|bogholder|bokholder|regnskapsf[øo]rer)(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:maks\\p{L}*|siirr\\p{L}*|siirt\\p{L}*|l[äa]hett[äa]k[äa][äa]\\s+rahat|l[äa]het[äa]\\s+rahat)\\s+(?:\\S+\\s+){0,2}?' +
      '(?:vaimolleni|miehelleni|veljelleni|siskolleni|sisarelleni|kollegalleni|esimiehelleni|pomolleni|johtajallemme|toimitusjohtajallemme|kirjanpitäjällemme|kirjanpitajallemme|kirjanpitäjälle|kirjanpitajalle)(?![\\p{L}])',
    {
      anchors: [
        'til min',
        'til mit',
        'til vores',
        'til vår',
        'til var',
        'lleni',
        'llemme',
        'kirjanpitäjälle',
        'kirjanpitajalle',
      ],
    },
  ),
  cue(
    'PayPal friends and family',
    // Finnish "PayPaliin ystävät ja perhe -tilassa", Danish and Norwegian "PayPal venner og familie".
    '(?<![\\p{L}])(?:ystävät|ystavat|ystäville|ystaville)\\s+ja\\s+(?:perhe|perheelle|suku)\\p{L}*|(?<![\\p{L}])venner\\s+og\\s+famil(?:ie|ien)(?![\\p{L}])',
    {
      near: [inMessageWith('paypal', 80)],
      anchors: ['ystävät', 'ystavat', 'ystäville', 'ystaville', 'venner og famil'],
    },
  ),
  cue(
    "the supplier's agent paid",
    // Danish "betal også til agenten i DKK" (pay the agent too, in DKK), "betal fragten til vores agent i Esbjerg";
    // Norwegian "betal til vår representant"; Finnish "maksakaa agentillemme". Not the buyer's own ("til din agent").
    '(?<![\\p{L}])(?:betal\\p{L}*|overf[øo]r\\p{L}*|overfoer\\p{L}*|vipps\\p{L}*|send\\p{L}*\\s+(?:pengene|bel[øo]bet|bel[øo]pet|beloebet|beloepet))\\s+(?:\\S+\\s+){0,3}?til\\s+' +
      '(?:vores\\s+|v[åa]r\\s+|den\\s+lokale\\s+)?(?:agent(?:en)?|repr(?:æ|ae|a)sentant(?:en)?|representant(?:en)?|mellemmand(?:en)?|mellommann(?:en)?)(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:maks\\p{L}*|siirr\\p{L}*|siirt\\p{L}*)\\s+(?:\\S+\\s+){0,3}?(?:meid[äa]n\\s+|paikalliselle\\s+)?(?:agentillemme|agentille|edustajallemme|edustajalle|välittäjälle|valittajalle)(?![\\p{L}])',
    {
      anchors: [
        'agent',
        'sentant',
        'mellemmand',
        'mellommann',
        'edustajalle',
        'edustajallemme',
        'välittäjälle',
        'valittajalle',
      ],
    },
  ),
  cue(
    'the account sent by e-mail',
    // Danish "vi betaler bare til kontoen i mailen" (we just pay to the account in the e-mail), Norwegian "betal til kontoen i
    // e-posten"; Finnish "maksakaa siinä olevalle tilille" (pay to the account in it, the e-mailed invoice), "laskussa
    // olevalle tilille". Not the order page's ("tilaussivulla olevalle tilille", "kontoen på ordresiden").
    '(?<![\\p{L}])(?:betal\\p{L}*|overf[øo]r\\p{L}*|overfoer\\p{L}*)\\s+(?:\\S+\\s+){0,3}?til\\s+(?:den\\s+)?(?:nye\\s+)?(?:bank)?kontoen\\s+(?:i|fra|p[åa]|paa)\\s+(?:mailen|e-?mailen|e-?posten|mail|e-?post)(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:maks\\p{L}*|siirr\\p{L}*|siirt\\p{L}*)\\s+(?:\\S+\\s+){0,2}?(?:laskussa|s[äa]hk[öo]postissa|viestiss[äa]|liitteess[äa]|siin[äa])\\s+(?:olevalle|mainitulle|annetulle|ilmoitetulle)\\s+(?:pankki)?tilille(?![\\p{L}])',
    { anchors: ['kontoen', 'olevalle', 'mainitulle', 'annetulle', 'ilmoitetulle'] },
  ),
];
