import { cue } from './cue';

/**
 * The account changed, in wordings probe 69 found: another entity of the supplier's now invoices or collects ("our
 * German subsidiary will invoice you", "our EU entity … will collect the payment from now", German "die Rechnung ab
 * jetzt über unsere Hamburger Tochter", "übernimmt unsere Schweizer Niederlassung die Fakturierung", an account that
 * "läuft auf unseren Lagerpartner", Dutch "neemt vanaf nu de betalingen over", Swedish "fakturerar nu vårt lager i
 * Polen", Spanish "la cuenta de la empresa hermana"); the old account said out of use (Dutch "niet meer naar de
 * rekening op de proforma", Swedish "inte till kontot på PI:n", Somali "akoonkii hore", "akoon cusub"); German "die
 * geänderte Zahlungsadresse" and "laufende Prüfung unseres Firmenkontos". Part of DETAILS_CHANGE, through OTHER_ACCOUNTS.
 */
export const CHANGES_FROM_PARTS_AND_TOYS = cue(
  'a changed receiving account',
  '\\bour\\s+(?:\\S+\\s+){0,2}?(?:subsidiary|entity|affiliate|sister\\s+company|parent\\s+company)\\s+(?:\\S+\\s+){0,3}?will\\s+(?:now\\s+)?' +
    '(?:invoice\\s+you|bill\\s+you|issue\\s+(?:the|your)\\s+invoice|collect\\s+(?:the\\s+|all\\s+)?payments?|receive\\s+(?:the\\s+|your\\s+|all\\s+)?payments?)\\b' +
    '|(?:rechnung|zahlung|fakturierung|abrechnung)[^.!?]{0,40}?(?<![\\p{L}])(?:über|uber|ueber)\\s+unsere\\s+(?:\\S+\\s+)?(?:tochter\\w*|niederlassung|filiale|schwester\\w*)\\b' +
    '|(?<![\\p{L}])(?:übernimmt|ubernimmt|uebernimmt)\\s+unsere\\s+(?:\\S+\\s+)?(?:tochter\\w*|niederlassung|filiale|schwester\\w*)\\s+die\\s+(?:fakturierung|rechnungsstellung|zahlungsabwicklung|abrechnung)\\b' +
    '|\\bkonto\\s+(?:l[äa]uft|laeuft)\\s+auf\\s+(?:unseren|unsere|unserem|den|die)\\s+(?:\\S+\\s+)?\\w*(?:partner|spediteur|agenten|vertreter)\\b' +
    '|\\b(?:geänderte|geanderte|geaenderte)\\s+(?:zahlungsadresse|bankverbindung|kontoverbindung)\\b' +
    '|\\b(?:prüfung|prufung|pruefung)\\s+unseres\\s+(?:firmen|bank|geschäfts|geschafts)?kontos\\b' +
    '|\\bneemt\\s+(?:vanaf\\s+nu\\s+|voortaan\\s+)?de\\s+(?:betalingen|facturatie|facturering)\\s+over\\b' +
    '|\\bniet\\s+meer\\s+naar\\s+(?:de|het|onze)\\s+(?:oude\\s+)?rekening\\b' +
    '|\\bfakturerar\\s+(?:nu\\s+|numera\\s+)?(?:vårt|vår|vart|var)\\s+\\w+' +
    '|\\binte\\s+till\\s+kontot\\s+(?:på|pa)\\s+(?:pi|proforma|fakturan)\\b' +
    '|\\bcuenta\\s+de\\s+(?:la\\s+|nuestra\\s+)?empresa\\s+hermana\\b' +
    '|\\bakoon(?:kii|ka)?\\s+hore\\b|\\bakoon\\s+cusub\\b',
  {
    instruction: true,
    anchors: [
      'subsidiary',
      'entity',
      'affiliate',
      'sister company',
      'parent company',
      'unsere',
      'konto',
      'geänderte',
      'geanderte',
      'geaenderte',
      'kontos',
      'neemt',
      'niet meer naar',
      'fakturerar',
      'inte till kontot',
      'empresa hermana',
      'akoon',
    ],
  },
);
