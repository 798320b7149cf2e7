import { cue, type Cue } from './cue';
import { DIRECT_TRANSFERS_ROMANISED } from './direct-transfer-romanised';
import { LOCAL_WALLETS_AND_VOUCHERS } from './local-wallets-and-vouchers';
import { AGENTS_AND_BROKERS } from './paying-agents-and-brokers';
import { PAYING_OUTSIDE_BOATS_AND_STOCK_LOTS } from './paying-outside-boats-and-stock-lots';
import { PAYING_OUTSIDE_BUYERS_ABROAD } from './paying-outside-buyers-abroad';
import { PAYING_OUTSIDE_EAST_ASIA_AND_PARTNERS } from './paying-outside-east-asia-and-partners';
import { PAYING_OUTSIDE_SHORTHAND_AND_BRANCHES } from './paying-outside-shorthand-and-branches';
import { PAYING_OUTSIDE_PORTS_AND_OFFICERS } from './paying-outside-ports-and-officers';
import { PAYING_OUTSIDE_SKIPPING_THE_ORDER } from './paying-outside-skipping-the-order';
import { PAYING_OUTSIDE_FABRICS_AND_LETTERS } from './paying-outside-fabrics-and-letters';
import { PAYING_OUTSIDE_COMMODITIES_AND_ENGINEERS } from './paying-outside-commodities-and-engineers';
import { PAYING_OUTSIDE_ASIA_AND_PRINT } from './paying-outside-asia-and-print';
import { PAYING_OUTSIDE_PARTS_AND_TOYS } from './paying-outside-parts-and-toys';
import { PAYING_OUTSIDE_SANCTIONS_AND_SHORTHAND } from './paying-outside-sanctions-and-shorthand';
import { PAYING_OUTSIDE_TENDERS_AND_LONG_LETTERS } from './paying-outside-tenders-and-long-letters';
import { PAYING_OUTSIDE_FARMS_AND_HOTELS } from './paying-outside-farms-and-hotels';
import { PAYING_OUTSIDE_FURNITURE_AND_CHIPS } from './paying-outside-furniture-and-chips';
import { PAYING_OUTSIDE_IN_MORE_LANGUAGES } from './paying-outside-in-more-languages';
import { PAYING_OUTSIDE_KITCHENS_AND_IMPOSTORS } from './paying-outside-kitchens-and-impostors';
import { PAYING_OUTSIDE_MORE_WORDINGS } from './paying-outside-more-wordings';
import { PAYING_OUTSIDE_STEEL_AND_SALONS } from './paying-outside-steel-and-salons';
import { PAYING_OUTSIDE_SUPPLEMENTS_AND_FRAGMENTS } from './paying-outside-supplements-and-fragments';
import { PAYING_OUTSIDE_IN_KOREAN } from './paying-outside-korean';
import { PAYING_OUTSIDE_WALLETS_AND_CASH } from './paying-outside-wallets-and-cash';
import { PAYING_OUTSIDE_FAIRS_AND_DIFFERENCES } from './paying-outside-fairs-and-differences';
import { PAYING_OUTSIDE_STILL_PROTECTED } from './paying-outside-still-protected';
import { PAYING_OUTSIDE_IN_LANGUAGE_GROUPS } from './paying-outside-language-groups';

/**
 * Paying straight to an account, a private or an agent's one, or leaving the order to save its fee, in more of the
 * languages buyers and suppliers write in: Swahili, Nigerian Pidgin, Hinglish and Urdu, Turkish, Egyptian, Gulf and
 * Algerian Arabic, Greek, Italian, Romanian, Korean, Zulu, Hungarian and Georgian, and a few English phrasings the
 * probes found ("card to card", "same account as last time"). Part of DIRECT_TRANSFERS_IN_OTHER_LANGUAGES.
 */
export const MORE_DIRECT_TRANSFERS: readonly Cue[] = [
  cue(
    'paying directly, outside the order',
    // Swahili "ukituma deposit leo moja kwa moja kwa account yetu ya KCB" (straight to our KCB account), "lipa kupitia
    // akaunti hii" (pay through this account); Pidgin "pay the balance enter our Access bank account", "make we no use
    // alibaba".
    '\\bmoja\\s+kwa\\s+moja\\s+(?:kwa|kwenye)\\s+(?:account|akaunti)\\b|\\blipa\\s+(?:kupitia|kwa|kwenye)\\s+(?:akaunti|account)\\s+hii\\b' +
      '|\\b(?:pay|send)\\w*\\s+(?:\\S+\\s+){0,4}?(?:enter\\s+our|enter\\s+my|enter\\s+this|enter\\s+dis)\\s+(?:\\S+\\s+){0,2}?account\\b|\\bmake\\s+we\\s+no\\s+use\\s+alibaba\\b' +
      // Hinglish "Meezan bank me direct dal do" (put it in directly), "seedha hamare Hong Kong company account me bhej
      // do", "alibaba ki commission dono ki bachegi" (both of us save Alibaba's commission); Turkish "Alibaba komisyonu
      // çok yüksek" (not "… yüksek diyorlar", what others say).
      `|${['dal', 'daal', 'bhej'].map((verb) => `\\bdirect\\s+${verb}\\s*(?:do|dena|dijiye|de)\\b`).join('|')}|` +
      '\\bseedha\\s+(?:hamare|humare|mere|apne)\\s+(?:\\S+\\s+){0,3}?(?:account|khate)\\b' +
      `|${['ki', 'ka', 'wala', 'wali'].map((of) => `\\balibaba\\s+${of}\\s+(?:commission|fee|charges?)\\s+(?:\\S+\\s+){0,3}?bach`).join('|')}|` +
      '\\balibaba\\s+komisyon\\w*\\s+(?:çok\\s+|cok\\s+)?(?:y[üu]ksek|fazla)(?![^.!?]{0,12}?\\bdiyor)' +
      // Urdu "علی بابا پر آرڈر بنانے کی ضرورت نہیں" (no need to make an order on Alibaba); Egyptian "على حساب الشركة
      // مباشرة" (straight to the company's account); Greek "στον λογαριασμό που σας έδωσα" (to the account I gave you);
      // Italian "usate questo nuovo conto" (use this new account).
      '|علی\\s+بابا\\s+پر\\s+آرڈر\\s+(?:\\S+\\s+){0,2}?ضرورت\\s+نہیں|على\\s+حساب\\s+الشركة\\s+مباشرة' +
      '|λογαριασμ\\S*\\s+που\\s+σας\\s+(?:έδωσα|εδωσα|έστειλα|εστειλα|δώσαμε|δωσαμε|στείλαμε|στειλαμε)' +
      // Gulf "حول الباقي على حسابنا الجديد" (the rest to our new account); Italian "bonifico diretto"; Romanian
      // "plătiți restul doar în noul IBAN" (pay the rest only into the new IBAN); Algerian "par CCP f compte ta3 sahbi"
      // (by postal transfer to my friend's account); Zulu "ku-akhawunti yami" (to my account); "pay … direct to the
      // carrier".
      '|على\\s+حساب(?:نا|ي)\\s+الجديد|\\bbonifico\\s+diretto\\b(?![^.!?]{0,30}?\\b(?:alibaba|trade\\s+assurance)\\b)|\\bpl[ăa]ti[țt]i\\s+(?:\\S+\\s+){0,3}?[îi]n\\s+(?:noul\\s+iban|noul\\s+cont)\\b' +
      '|\\bcompte\\s+tae?\\s+(?:sahbi|khoya|khouya)\\b|\\bpar\\s+ccp\\b|\\bakhawunti\\s+yami\\b|\\bdirect(?:ly)?\\s+(?:to\\s+the\\s+carrier|to\\s+the\\s+driver|to\\s+the\\s+trucker)\\b' +
      '|\\b(?:usate|usa|utilizzate)\\s+(?:questo|il)\\s+nuovo\\s+conto\\b|\\b(?:pagate|versate|bonificate)\\s+(?:\\S+\\s+){0,3}?(?:sul|al)\\s+nuovo\\s+conto\\b' +
      // "Pay TT to company account": a wire to the company, not the order. Korean "샘플비는 그냥 제 계좌로 보내주세요" (just send
      // the sample fee to my account), "알리바바 수수료 너무 비싸요" (Alibaba's fees are too dear).
      '|\\bpay\\s+(?:by\\s+)?(?:tt|t/t)\\s+(?:to\\s+company\\s+acc|to\\s+the\\s+company\\s+acc|to\\s+our\\s+company\\s+acc)(?:ount)?\\b' +
      '|(?:제|내|저희)\\s?(?:개인\\s?)?계좌로\\s?(?:보내|입금|송금)|알리바바\\s?수수료[^.!?]{0,10}?(?:비싸|아끼|절약)' +
      // "Pay the customs broker by card to card to this Visa …", Swahili "lipa deposit kwa account ya kampuni yetu ya
      // Nairobi", Czech "přímo na náš účet" (straight to our account). German "überweisen Sie … direkt auf unser
      // Firmenkonto"; "can you send to my cousin company in Yiwu?".
      '|\\bdirekt\\s+auf\\s+(?:unser|mein)(?:e|en)?\\s+(?:\\S+\\s+)?(?:firmen|bank)?konto\\b|\\b(?:send|pay|transfer)\\w*\\s+(?:\\S+\\s+){0,3}?to\\s+(?:my\\s+cousin|my\\s+brother|my\\s+sister|my\\s+uncle|my\\s+friend)(?:\\x27s|\\u2019s)?\\s+company\\b' +
      '|\\bcard\\s+to\\s+card\\b|\\bcard-to-card\\b|\\b(?:lipa|tuma)\\s+(?:\\S+\\s+){0,2}?kwa\\s+(?:account|akaunti)\\s+ya\\b|\\b(?:přímo|primo)\\s+na\\s+(?:náš|nas|můj|muj)\\s+(?:účet|ucet)(?![\\p{L}])',
    {
      // Said as instructions: "l'IBAN … non è più valido, usate questo nuovo conto" is not refused by the clause before
      // it.
      instruction: true,
      anchors: [
        'moja kwa moja',
        'lipa',
        'enter our',
        'enter my',
        'enter this',
        'enter dis',
        'make we no use',
        'direct dal',
        'direct daal',
        'direct bhej',
        'seedha',
        'alibaba ki',
        'alibaba ka',
        'alibaba wala',
        'alibaba wali',
        'komisyon',
        'علی',
        'على حساب الشركة',
        'που σας',
        'nuovo conto',
        'الجديد',
        'bonifico diretto',
        'noul iban',
        'noul cont',
        'sahbi',
        'khoya',
        'khouya',
        'par ccp',
        'akhawunti',
        'to the carrier',
        'to the driver',
        'to the trucker',
        'to company acc',
        'the company acc',
        'our company acc',
        'direkt auf',
        'my cousin',
        'my brother',
        'my sister',
        'my uncle',
        'my friend',
        'card to card',
        'card-to-card',
        'tuma',
        'přímo',
        'primo',
        '계좌로',
        '알리바바',
      ],
    },
  ),
  cue(
    'a personal account',
    // Hungarian "a szállítmányozó magánszámlájára" (to the forwarder's private account), Georgian "პირად ბარათზე" (to a
    // personal card).
    // Khmer "គណនី ABA ផ្ទាល់ខ្លួនរបស់ខ្ញុំ" (my personal ABA account).
    'magánszáml|maganszaml|პირად\\s+(?:ბარათ|ანგარიშ)|គណនី\\s*(?:aba\\s*)?ផ្ទាល់ខ្លួន',
    { anchors: ['magánszáml', 'maganszaml', 'პირად', 'ផ្ទាល់ខ្លួន'] },
  ),
  cue(
    "someone else's account",
    // Urdu "ہمارے ایجنٹ کے اکاؤنٹ میں بھیج دیں" (send it to our agent's account).
    'ایجنٹ\\s+کے\\s+(?:اکاؤنٹ|اکاونٹ|کھاتے)',
    { anchors: ['ایجنٹ'] },
  ),
  cue(
    'paying directly, outside the order',
    // "Yes same account as last time, HSBC Hong Kong. Just send the 30%": an account from outside the order, used again
    // (each Trade Assurance order has its own). "Pls TT to account same as last time".
    '\\b(?:same\\s+account|same\\s+bank\\s+account)\\s+as\\s+(?:last\\s+time|before|last\\s+order|previous\\s+order)\\b' +
      '|\\b(?:tt|t/t|wire|transfer|pay)\\s+(?:it\\s+)?to\\s+(?:the\\s+|our\\s+)?(?:bank\\s+)?account\\s+same\\s+as\\s+(?:last\\s+time|before|last\\s+order|previous\\s+order)\\b',
    { needsPaymentTalk: true, anchors: ['same account', 'same bank account', 'account same as'] },
  ),
  ...DIRECT_TRANSFERS_ROMANISED,
  ...AGENTS_AND_BROKERS,
  ...PAYING_OUTSIDE_MORE_WORDINGS,
  ...PAYING_OUTSIDE_IN_MORE_LANGUAGES,
  ...PAYING_OUTSIDE_STEEL_AND_SALONS,
  ...PAYING_OUTSIDE_KITCHENS_AND_IMPOSTORS,
  ...PAYING_OUTSIDE_FURNITURE_AND_CHIPS,
  ...PAYING_OUTSIDE_BOATS_AND_STOCK_LOTS,
  ...PAYING_OUTSIDE_SUPPLEMENTS_AND_FRAGMENTS,
  ...PAYING_OUTSIDE_FABRICS_AND_LETTERS,
  ...PAYING_OUTSIDE_BUYERS_ABROAD,
  ...PAYING_OUTSIDE_EAST_ASIA_AND_PARTNERS,
  ...PAYING_OUTSIDE_SHORTHAND_AND_BRANCHES,
  ...PAYING_OUTSIDE_SKIPPING_THE_ORDER,
  ...PAYING_OUTSIDE_PORTS_AND_OFFICERS,
  ...PAYING_OUTSIDE_COMMODITIES_AND_ENGINEERS,
  ...PAYING_OUTSIDE_PARTS_AND_TOYS,
  ...PAYING_OUTSIDE_SANCTIONS_AND_SHORTHAND,
  ...PAYING_OUTSIDE_ASIA_AND_PRINT,
  ...PAYING_OUTSIDE_TENDERS_AND_LONG_LETTERS,
  ...PAYING_OUTSIDE_FARMS_AND_HOTELS,
  ...LOCAL_WALLETS_AND_VOUCHERS,
  ...PAYING_OUTSIDE_STILL_PROTECTED,
  ...PAYING_OUTSIDE_IN_KOREAN,
  ...PAYING_OUTSIDE_WALLETS_AND_CASH,
  ...PAYING_OUTSIDE_FAIRS_AND_DIFFERENCES,
  ...PAYING_OUTSIDE_IN_LANGUAGE_GROUPS,
];
