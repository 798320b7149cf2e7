import { cue, inSentenceWith, type Cue } from './cue';
import { MORE_PAYING_OUTSIDE_IN_GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN } from './paying-outside-georgian-armenian-estonian-slovenian-2';

/** Words of paying in the four languages, for a payee named beside them. */
const PAYING =
  'გადაიხად|გადახდ|გადარიცხ|ჩარიცხ|gadaixad|gadaxd|gadaricx|gadavricx|վճար|փոխանց|ուղարկ|vchar|poxanc|maks|tasu|ülekan|ulekan|kandke|pla[čc]|naka[zž]|po[šs]ljite';

/** Asking to pay outside the order in Georgian and Armenian (in their scripts and in Latin letters), Estonian and Slovenian (with and without their marks). */
export const PAYING_OUTSIDE_IN_GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN: readonly Cue[] = [
  cue(
    'paying outside the order',
    // Georgian "პირდაპირ გადახდაზე" (on paying directly), "pirdapir tqvens angarishze" (straight to your account);
    // Armenian "վճարեք ուղիղ մեր … գրասենյակին" (pay straight to our office), "ughigh hashvin"; Estonian "maksate otse
    // meie … kontole" (pay straight to our account), "mitte Alibabale" (not to Alibaba), "väljaspool Alibabat";
    // Slovenian "plačate direktno na račun …", "direktno vam" (straight to you), "mimo Alibabe" (around Alibaba).
    '(?<![\\p{L}])პირდაპირ\\s+(?:\\S+\\s+){0,3}?(?:გადახდ|გადარიცხ|ჩარიცხ|გადაიხად|ანგარიშ|თქვენს\\s+ანგარიშ)\\p{L}*' +
      '|(?<![\\p{L}])pirdapir\\s+(?:\\S+\\s+){0,3}?(?:gadax|gadaric|gadavric|charic|angarish|tqvens\\s+angarish)\\p{L}*' +
      '|(?<![\\p{L}])ուղիղ\\s+(?:\\S+\\s+){0,4}?(?:վճար|փոխանց|հաշվ|գրասենյակին|ընկերությանը|մենեջերին)\\p{L}*|(?:վճար|փոխանց)\\p{L}*\\s+ուղիղ(?![\\p{L}])' +
      '|(?<![\\p{L}])ughigh\\s+(?:\\S+\\s+){0,3}?(?:vchar|poxanc|hashv)\\p{L}*' +
      '|(?<![\\p{L}])otse\\s+(?:\\S+\\s+){0,4}?(?:kontole|kontode|arvele|wise\\s+kontole|meile|iban\\p{L}*)(?![\\p{L}])|(?<![\\p{L}])mitte\\s+alibabale(?![\\p{L}])|(?<![\\p{L}])v[äa]ljaspool\\s+alibaba\\p{L}*' +
      '|(?<![\\p{L}])(?:direktno|neposredno)\\s+(?:\\S+\\s+){0,3}?(?:na\\s+(?:\\S+\\s+){0,3}?ra[čc]un\\p{L}*|vam|nam|na\\s+(?:revolut|wise|paypal)\\p{L}*)(?![\\p{L}])|(?<![\\p{L}])(?:mimo\\s+alibab|izven\\s+alibab|zunaj\\s+alibab)\\p{L}*',
    {
      instruction: true,
      anchors: [
        'პირდაპირ',
        'pirdapir',
        'ուղիղ',
        'ughigh',
        'otse',
        'mitte alibabale',
        'väljaspool alibaba',
        'valjaspool alibaba',
        'direktno',
        'neposredno',
        'mimo alibab',
        'izven alibab',
        'zunaj alibab',
      ],
    },
  ),
  cue(
    'a personal account',
    // Georgian "მენეჯერის ანგარიშზე" (to the manager's account), "პირად ანგარიშზე" (to a personal account), "მის
    // ანგარიშზე" (to his account); Armenian "իմ անձնական Alipay-ին" (to my personal Alipay), "անձնական հաշվին"; Estonian
    // "müügijuhi Wise kontole" (the sales manager's Wise account), "direktori isiklikule kontole"; Slovenian "na račun
    // našega prodajnega vodje" (to our sales manager's account), "osebni račun", "Revolut zastopnika" (the agent's
    // Revolut).
    '(?:მენეჯერის|დირექტორის|აგენტის|პირად|პირადი|მის)\\s+(?:\\S+\\s+)?ანგარიშ\\p{L}*|(?<![\\p{L}])(?:menejeris|piradi|pirad)\\s+angarish\\p{L}*' +
      '|(?<![\\p{L}])անձնական\\s+(?:\\S+\\s+)?(?:հաշ\\p{L}*|alipay|wechat|քարտ\\p{L}*|idram|revolut)|(?<![\\p{L}])andznakan\\s+(?:hashv\\p{L}*|hashiv|qart\\p{L}*)' +
      '|(?<![\\p{L}])(?:isiklik|müügijuhi|muugijuhi|juhataja|direktori|agendi|eraisiku)\\p{L}*\\s+(?:\\S+\\s+)?(?:kontole|kontot|konto|arvele|wise|revolut|paysera)(?![\\p{L}])' +
      '|(?<![\\p{L}])osebn\\p{L}*\\s+(?:\\S+\\s+)?(?:ra[čc]un\\p{L}*|revolut|paypal|wise)|(?<![\\p{L}])(?:revolut|paypal|wise|ra[čc]un)\\p{L}*\\s+(?:na[šs]ega\\s+)?(?:prodajnega\\s+)?(?:vodje|zastopnika|direktorja|direktorice|agenta|mened[žz]erja)(?![\\p{L}])',
    {
      anchors: [
        'ანგარიშ',
        'menejeris',
        'piradi',
        'pirad',
        'անձնական',
        'andznakan',
        'isiklik',
        'müügijuhi',
        'muugijuhi',
        'juhataja',
        'direktori',
        'agendi',
        'eraisiku',
        'osebn',
        'vodje',
        'zastopnika',
        'direktorj',
        'agenta',
        'menedžerja',
        'menedzerja',
      ],
    },
  ),
  cue(
    'a partner or sister company paid instead',
    // Georgian "ჩვენს პარტნიორ კომპანიაზე გადარიცხოთ" (transfer to our partner company), "ჩვენს ჰონგკონგის ფილიალზე"
    // (to our Hong Kong branch); Armenian "մեր մոսկովյան գործընկերոջը" (to our Moscow partner); Estonian "meie Hongkongi
    // sõsarettevõttele" (to our Hong Kong sister company); Slovenian "sestrska družba", "partnerskemu podjetju".
    `(?:პარტნიორ\\p{L}*\\s+(?:კომპანია|ფირმა)\\p{L}*|ფილიალზე|գործընկերոջ\\p{L}*|գործընկեր\\p{L}*\\s+(?:ընկերությ|հաշվ)\\p{L}*|partnior\\p{L}*\\s+kompania\\p{L}*|(?<![\\p{L}])(?:s[õo]sar|t[üu]tar)(?:ettev[õo]t|firma)\\p{L}*|(?<![\\p{L}])(?:sestrsk|partnersk|h[čc]erinsk)\\p{L}*\\s+(?:dru[žz]b|podjetj)\\p{L}*)${inSentenceWith(PAYING, 120)}`,
    {
      anchors: [
        'პარტნიორ',
        'ფილიალზე',
        'գործընկեր',
        'partnior',
        'sõsar',
        'sosar',
        'tütar',
        'tutar',
        'sestrsk',
        'partnersk',
        'hčerinsk',
        'hcerinsk',
      ],
    },
  ),
  ...MORE_PAYING_OUTSIDE_IN_GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN,
];
