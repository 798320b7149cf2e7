import { COURIERS, GOODS_CALLED_A_BANK } from './lexicon/cue';
import { isCheckedIban } from './iban';
import { findLinks, type LinkMention } from './links';
import { isWithin, matchesOf } from './matches';

/**
 * Bank account and card numbers a message gives, told apart from the other
 * long numbers of trade: order, tracking, HS, PO, container and phone
 * numbers. Only a number with a bank word just before it counts, or an IBAN
 * whose check digits hold.
 */
export interface AccountMention {
  /** The number as written (in the normalised text). */
  text: string;
  index: number;
  /** Digits and letters only: the same account however it is spaced. */
  key: string;
  lastFour: string;
}

const NUMBER =
  /(?<![\p{L}\p{N}])(?:[a-z]{2}\d{2}(?:\s?[a-z0-9]{4}){2,7}(?:\s?[a-z0-9]{1,4})?|\d(?:[\s-]?\d){7,33})(?![\p{L}\p{N}])/gu;
/** Banks written by their short names, which stand for the word "bank" before an account number or in "use the BOCOM one". */
export const BANK_SHORT_NAMES =
  'hsbc|dbs|ocbc|uob|icbc|abc|ccb|boc|bocom|cmb|spdb|psbc|icici|sbi|hdfc|axis|chase|mandiri|bca|bni|bri|revolut|monzo|payoneer|aba|acleda|citi(?:bank)?|barclays|hang\\s+seng|standard\\s+chartered|wells\\s+fargo';

/** Account and bank words that stand as words of their own, so only at a word's start ("contact" is no "conta"). */
const ACCOUNT_WORDS = `acc?oun?t|acct|acc\\.?(?!\\p{L})|a\\/c|iban|card\\s+(?:no|number)|\\p{L}{0,12}(?<!(?:${GOODS_CALLED_A_BANK})[\\s_-]?)bank|beneficiary|(?<!(?:suzuki|maruti)\\s)swift|(?:${BANK_SHORT_NAMES})(?!\\p{L})|cuenta|сч[её]т|карт|konto|hesap|compte|conta(?!\\p{L})|banco(?!\\p{L})|rachun\\p{L}*|rekening|akaun|stk(?!\\p{L})|t[àa]i\\s+kho[ảa]n|р\\/сч?(?!\\p{L})|[آا]يبان|حساب|[úu][čc](?:et|tu|tem)(?!\\p{L})|tili(?:lle|n|numero|lt[äa]|[äa])?(?!\\p{L})|sz[áa]mlasz[áa]m\\p{L}*|sz[áa]ml[áa](?:nk)?ra(?!\\p{L})|(?:broj|[žz]iro|teku[ćc]i)\\s+ra[čc]un\\p{L}*|шот(?:қа|ы|ына|ымыз\\p{L}*)?(?![\\p{L}-])|данс\\p{L}*|hisob(?:\\s+raqam\\p{L}*|raqam\\p{L}*|ga|imiz\\p{L}*)|hesab\\p{L}*|kart(?:a(?:ga|si|siga|mga|miz|mizga|ngiz|ngizga|ni)?|[ıi](?:n[ae]|m[ae]|m[ıi]z[ae]?|n[ıi]z[ae]?)?)?(?!\\p{L})|akaunti|рахун\\p{L}*|cont(?:ul|ului)(?!\\p{L})|λογαριασμ\\p{L}*|kont(?:s|a|u)(?!\\p{L})|llogari\\p{L}*|angarish\\p{L}*|hashv?i[nv](?!\\p{L})|ra[čc]un(?!\\p{L})|trr(?!\\p{L})|rek\\.?(?=\\s*(?:no|nr)\\b)|сметк\\p{L}*|smetk\\p{L}*`;
/** Account and bank words in scripts that join them to the words around ("เข้าบัญชี", "振込先口座", "לחשבון"). */
const ACCOUNT_WORDS_JOINED =
  '[账帐賬帳][号號户戶]|卡[号號]|[银銀]行|戶口|은행|계좌|예금주|口座|บัญชี|खात|கணக்கு|கார்டு|አካውንት|ሂሳብ|חשבון|គណនី|ანგარიშ|հաշվ|հաշիվ|ບັນຊີ';

/**
 * A bank word on the number's line, or on the line above it ("China Everbright Bank Tianjin" over "7528 0188 …"). Whole
 * words only: "contact" is not the Portuguese "conta", nor "abank" a bank; a power bank and a Suzuki Swift are
 * products. A bank's own name counts as a bank word ("DBS SG 072-118943-2", "Vietcombank 0071 …"). Chinese in both
 * scripts (帳號, 戶口: a bank account in Hong Kong), Korean 은행, 계좌, 예금주 (bank, account, holder); the account in Czech
 * (účet), Finnish (tili), Hungarian (számlaszám), Serbian (broj računa), Kazakh (шот), Mongolian (данс), Uzbek,
 * Azerbaijani, Swahili, Ukrainian, Romanian, Greek, Japanese, Thai, Hindi and Nepali, Tamil, Amharic and Hebrew; a card
 * in Uzbek and Azerbaijani ("shu kartaga", "onun kartına") and Tamil (கார்டு); Latvian "konts", Albanian "llogari",
 * Khmer គណនី, and Cambodia's ABA and ACLEDA banks; Georgian ანგარიში (also "angarishi"), Armenian հաշիվ ("hashiv"),
 * Slovenian "račun" and "TRR"; Afrikaans "rek no", Macedonian "сметка" ("smetka"), Lao ບັນຊີ.
 */
const BANK_WORD_BEFORE = new RegExp(
  `(?:(?<!\\p{L})(?:${ACCOUNT_WORDS})|${ACCOUNT_WORDS_JOINED})(?:[^!?。\\n]{0,40}|[^!?。\\n]{0,40}\\n[^!?。\\n\\d]{0,12})$`,
  'u',
);
/**
 * Whole words: "hs" is an HS code, but not the start of "HSBC"; a customer code, serial number or IMEI is no account,
 * nor an inspection's booking number, a number after "wa" (WhatsApp), a courier's or Alibaba's account number, a card
 * number printed as a sample, or a Russian invoice (счёт-фактура). An order's number in other languages only right
 * after the word: "pedido 22013897455001234", not "pedido na conta 0012…".
 */
const OTHER_NUMBER_BEFORE =
  /(?:\b(?:order|ordernummer|ordernr|ordrenummer|ordrenr|bestellnummer|bestellnr|auftragsnummer|auftragsnr|tilausnumero|tracking|track|hs|po|pi|proforma|reference|ref|invoice\s+no|waybill|b\/l|booking|inspection|container|seal|phone|tel|mobile|whats\s?app|wa|call|pay\s+id|id|customer\s+code|client\s+code|buyurtma|serial|s\/n|imei|sku|ean|upc|barcode|part\s+(?:no|number)|model\s+(?:no|number)|printing|sample|dummy|alibaba(?<!\bour\s+alibaba)|fedex|dhl|ups|tnt|courier)\b|订单|运单|电话|手机|фактур[\p{L}]*)[\s\w.#:]{0,12}$|(?<!\p{L})(?:pedido|commande|encomenda|ordine|zam[óo]wieni[ae]|sipari[şs]|sifari[şs](?:\s+n[öo]mr[əe]si)?)(?:\s*(?:n[º°o]\.?|nr\.?|#|:)){0,2}\s*$/u;

/**
 * A courier's account number, said in any language and further from its name: "número de conta FedEx é …",
 * "tài khoản FedEx của anh là …", "аккаунт DHL, номер …", "DHL account hai, number …". A bank named between is a
 * bank's, a phone a phone's: "DHL is slow, call me …".
 */
export const COURIER_ACCOUNT_BEFORE = new RegExp(
  `\\b${COURIERS}\\b(?:(?!bank|iban|swift|beneficiar|call|phone|mobile|tel\\b|whats|wechat|contact|pay|money|deposit|balance|remit|transfer)[\\s\\p{L}\\p{N}.#:,]){0,40}$`,
  'iu',
);

/**
 * A courier's account named earlier, then a number labelled only "account no", with no bank or paying named between:
 * "I have a DHL import account from my old job, can i use it? account no 954100287".
 */
const COURIER_ACCOUNT_EARLIER = new RegExp(
  `\\b${COURIERS}\\s+(?:\\S+\\s+)?account\\b(?![^]*\\b(?:bank|iban|swift|beneficiar|pay|deposit|balance|transfer|remit))[^]*\\baccount\\s+(?:no\\.?|number|#)\\s*[:：]?\\s*$`,
  'iu',
);

/** A plus sign opens a phone number in international form ("wa +86 186 …"); no account number is written so. */
const PLUS_BEFORE = /\+\s?$/;
const EIGHT_DIGITS = /\d(?:[\s-]?\d){7}/;
/** Card numbers in a message about printing cards ("card no. printing: 1000 0000 0000 0001 to …") are the goods' numbers. */
const AFTER_A_CARD_NUMBER_WORD = /(?:card\s+(?:no|number)|卡号)[^!?。\n]{0,40}$/u;
const CARDS_PRINTED = /\b(?:printing|printed|dummy|layout|consecutive|numbering)\b|印刷|打印|喷码|样卡|刮层/u;
/** "2015-2020": a span of years (a car's models, a company's history), not an account. */
const YEAR_SPAN = /^(?:19|20)\d\d\s?-\s?(?:19|20)\d\d$/;

/** Raw text with fewer than eight digits (in any script) gives no account: no need to normalise it. */
export function mayGiveAccount(raw: string): boolean {
  return /(?:\p{Nd}[\s-]?){8}/u.test(raw);
}

/** `links`: the text's links when the caller has them already; else they are found when first needed. */
export function findAccounts(text: string, links?: readonly LinkMention[]): AccountMention[] {
  return numbersIn(text, true, links);
}

/** A Chinese mobile number, or one dialled abroad with 00: no account. */
const A_PHONES_SHAPE = /^(?:1[3-9]\d{9}|00\d+)$/;

/**
 * Long numbers with no bank word before them, that no other word names (an order's, a parcel's, a phone's): after a
 * supplier has given bank details, "sure: 6228-4801-9876-5431-219, same account" and "second part: 0076 5510" are the
 * account's.
 */
export function findBareNumbers(text: string): AccountMention[] {
  return numbersIn(text, false).filter(
    (mention) =>
      !A_PHONES_SHAPE.test(mention.key) &&
      !PART_OF_A_CODE.test(text.slice(Math.max(0, mention.index - 2), mention.index)) &&
      !NAMED_AS_ANOTHER_ID.test(text.slice(Math.max(0, mention.index - 30), mention.index)),
  );
}

/** "LG-2409-1176", "INV/2024 0012": the number is part of a code. */
const PART_OF_A_CODE = /[\p{L}\p{N}][-/]$/u;
/** A certificate's, a lot's, a tax or company register's number ("hardness cert no.", "ABN 53 004 085 616"). */
const NAMED_AS_ANOTHER_ID =
  /\b(?:cert(?:ificate)?|lot|batch|abn|acn|vat|tax|ein|gst|cnpj|cpf|ruc|nit|rfc|tin|npwp|registration|license|licence|report)\b[^\n]{0,16}$/u;

function numbersIn(text: string, afterABankWord: boolean, links?: readonly LinkMention[]): AccountMention[] {
  const found: AccountMention[] = [];
  if (!EIGHT_DIGITS.test(text)) return found;
  // Looked for only once a number follows a bank word: ".../Power-Bank_1600123456789.html" is a product id.
  for (const match of matchesOf(NUMBER, text)) {
    const before = text.slice(Math.max(0, match.index - 50), match.index);
    const key = match[0].replace(/[\s-]/g, '');
    if (
      YEAR_SPAN.test(match[0]) ||
      PLUS_BEFORE.test(before) ||
      (afterABankWord && !(BANK_WORD_BEFORE.test(before) || isCheckedIban(key))) ||
      OTHER_NUMBER_BEFORE.test(before) ||
      COURIER_ACCOUNT_BEFORE.test(before) ||
      COURIER_ACCOUNT_EARLIER.test(text.slice(0, match.index))
    )
      continue;
    if (AFTER_A_CARD_NUMBER_WORD.test(before) && CARDS_PRINTED.test(text)) continue;
    links ??= findLinks(text);
    if (links.some((link) => isWithin(match.index, link))) continue;
    found.push({ text: match[0], index: match.index, key, lastFour: key.slice(-4) });
  }
  return found;
}
