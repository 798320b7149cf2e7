import { cue, inSentenceWith, type Cue } from './cue';

/** Paying, said beside a virtual account: "pay to the virtual IBAN", "virtual account buat bayar". */
const PAYING = '\\b(?:pay\\w*|paid|bayar|transfer\\w*|remit\\w*|wire|send|deposit|pagar|pague)\\b';

/** Goods and people that share a service's name: ping-pong tables, a colleague called Lianlian. */
const NOT_GOODS_OR_A_PERSON =
  '(?!\\s+(?:tables?|balls?|paddles?|rackets?|bats?|robots?|nets?|sets?|games?|machines?|will|is|has|said|says)\\b)';
/** The services by names that are nothing else. */
const CLEAR_NAMES = ['airwallex', 'xtransfer', 'x-transfer', 'worldfirst', 'banking\\s+circle', 'skyee'];
/** The services whose names are also words or a person's name, as each is written. */
const AMBIGUOUS = ['pingpong', 'ping\\s+pong', 'lianlian', 'lian\\s+lian', 'world\\s+first'];
const AMBIGUOUS_NAMES = `(?:${AMBIGUOUS.join('|')})`;
const ALL_NAMES = `(?:${[...CLEAR_NAMES, ...AMBIGUOUS].join('|')})`;
/** Every name, as the anchor scan reads it. */
const NAME_ANCHORS = [...CLEAR_NAMES, ...AMBIGUOUS].map((name) => name.replaceAll('\\s+', ' '));
/** Alibaba paying the seller out through one: "payouts from Alibaba", "Alibaba settles to our XTransfer account". */
const NOT_ALIBABAS_PAYOUT =
  '(?![^.!?]{0,80}\\bfrom\\s+alibaba\\b)(?<!\\balibaba\\s+(?:settles?|pays?|transfers?|sends?|releases?)\\s+(?:\\S+\\s+){0,6}?\\S+)';
/** A cue whose matches are not Alibaba's payouts. */
const collectionCue = (source: string, options: Parameters<typeof cue>[2]): Cue =>
  cue('a collection account outside the order', `(?:${source})${NOT_ALIBABAS_PAYOUT}`, options);

/**
 * The cross-border collection services exporters receive money with
 * (Airwallex, XTransfer, WorldFirst, PingPong, LianLian Global) and the
 * "virtual" or "collection" accounts they hand out. Alibaba pays sellers out
 * through them, so a message may say so ("Alibaba settles to our XTransfer
 * account"); a buyer told to pay into one pays outside the order. So does a
 * buyer told to join a group purchase by paying its organiser. Part of
 * PAYMENT_SERVICES.
 */
export const COLLECTION_ACCOUNTS: readonly Cue[] = [
  // Named, with paying talked of elsewhere in the message: "now we only receive by Airwallex", "cuenta de PingPong".
  collectionCue(
    `\\b(?:${CLEAR_NAMES.join('|')})\\b` +
      `|\\b(?:by|via|through|thru|with|use|using|on)\\s+(?:our\\s+|my\\s+|the\\s+)?${AMBIGUOUS_NAMES}\\b${NOT_GOODS_OR_A_PERSON}` +
      `|\\b(?:cuenta|conta|compte|conto|konto)\\s+(?:de\\s+|di\\s+)?${AMBIGUOUS_NAMES}\\b${NOT_GOODS_OR_A_PERSON}`,
    { needsPaymentTalk: true, offeredInOrder: true, anchors: NAME_ANCHORS },
  ),
  // Paying into one, or its account, is talk of paying by itself: "pay LianLian", "I give you the PingPong account".
  collectionCue(
    `\\bpay(?:ment)?\\s+(?:(?:by|via|through|thru|with|using|to|into|in)\\s+)?(?:our\\s+|my\\s+|the\\s+)?${ALL_NAMES}\\b${NOT_GOODS_OR_A_PERSON}` +
      `|\\b${ALL_NAMES}\\s+(?:global\\s+|pay\\s+)?(?:usd\\s+|eur\\s+|gbp\\s+)?(?:account|acc|acct|iban|receiving|collection)\\b`,
    { offeredInOrder: true, anchors: NAME_ANCHORS },
  ),
  // "Pay to the virtual IBAN I give you", "nomor virtual account buat bayar" (not the Alibaba order's own virtual account);
  // "our overseas collection account", "our USD receiving account".
  collectionCue(
    `\\bvirtual(?<!\\b(?:alibaba|alibaba's|ta|assurance)\\s+virtual)\\s+(?:usd\\s+|eur\\s+)?(?:iban|account|acc|bank\\s+account)\\b${inSentenceWith(PAYING, 60)}` +
      '|\\b(?:overseas|offshore|foreign|usd|eur|gbp)\\s+(?:receiving|collection)\\s+(?:bank\\s+)?account\\b',
    { offeredInOrder: true, anchors: ['virtual', 'receiving', 'collection'] },
  ),
  // A group purchase's account: "other buyers already paid to our collection account", "all others paid the organiser",
  // "send your share to the same account" (not how it is reckoned: "you only pay your share by CBM"); Indonesian "rekening penampung / koordinator", Arabic حساب التجميع, إلى المنظم.
  collectionCue(
    '\\b(?:paid|pay|send|sent|transfer)\\w*\\s+(?:\\S+\\s+){0,6}?(?:to|into|in)\\s+(?:(?:our|the|this|a|their)\\s+)?(?:(?:group|common|shared|joint)\\s+)?collection\\s+(?:bank\\s+)?account\\b' +
      "|\\b(?:paid|pay|send|sent|transfer)\\w*\\s+(?:\\S+\\s+){0,4}?(?:to\\s+)?the\\s+(?:group\\s+)?(?:organi[sz]er|coordinator)(?:'s)?\\b" +
      '|\\b(?:send|pay|transfer)\\s+(?:your\\s+share|your\\s+portion)\\b(?!\\s+(?:by|per|based\\s+on|according\\s+to)\\b)|\\brekening\\s+(?:penampung|koordinator)\\b|حساب\\s+التجميع|(?:إلى|الى)\\s+المنظم',
    {
      offeredInOrder: true,
      anchors: [
        'collection',
        'organiser',
        'organizer',
        'coordinator',
        'your share',
        'your portion',
        'penampung',
        'koordinator',
        'التجميع',
        'المنظم',
      ],
    },
  ),
];
