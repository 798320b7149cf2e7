import { mayGiveAccount } from './accounts';
import type { ChatContext } from './context';
import { matchesOf } from './matches';

/**
 * A name given as the account's holder: "beneficiary is …", "the name on the account will be …", "receiver: …",
 * "transfer in the name of …", an account number "under name of …", "户名是…".
 */
export interface BeneficiaryMention {
  name: string;
  index: number;
  end: number;
  /** "is now", "will be": said as a change. */
  announcedAsNew: boolean;
}

const BENEFICIARY =
  /\b(?:beneficiary(?:\s+name)?|(?<!\bsub[\s-])account\s+name|name\s+on\s+the\s+account|account\s+holder|(?:receiver|recipient|payee)(?:'s)?(?:\s+name)?)\s*(is\s+now|will\s+be|should\s+be|is|:)\s*([^,;!?\n，。]{3,60})|(?:户名|收款人)\s*(是|为|:)?\s*([^,;!?\n，。]{2,40})|\b(?:(?:transfer|payment|pay|remit|wire|deposit)\w*\s+(?:\S+\s+){0,3}?|\d[\d -]{6,}\d\s+)(?:in|under)\s+(?:the\s+)?name\s+of()\s+([^,;!?\n，。.]{3,40})|(?:^|\n)[^\S\n]*(?:name|titular|titulaire|b[ée]n[ée]ficiaire|beneficiario|benefici[áa]rio|favorecido|intestatario|empf(?:ä|a|ae)nger|получатель|al[ıi]c[ıi])[^\S\n]*(:)[^\S\n]*([^,;!?\n，。]{2,60})/gu;
/** A receiver or recipient is also where goods are shipped: "Receiver: John Smith, 123 Main St". */
const SHIPPED_TO = /\b(?:receiver|recipient)\b/u;
const SHIPPING_WORDS =
  /\b(?:ship\w*|address|street|st|road|rd|avenue|ave|city|zip|postcode|courier|dhl|fedex|ups|tnt|delivery|deliver|consignee|samples?|parcel|cartons?|tel|phone)\b/u;
/** Words that make a long number beside a name an account's. */
const NAMES_AN_ACCOUNT = /\b(?:account|acct|acc|a\/c|bank|iban|card|pi)\b|账户|账号|卡号/u;
/** A message about a letter of credit: a beneficiary it names with no account number is the credit's. */
const ABOUT_A_LETTER_OF_CREDIT =
  /\b(?:l\/c|letter\s+of\s+credit|usance|lc\s+at\s+sight|advising\s+bank|banco\s+avisador|banque\s+notificatrice)\b|信用证|通知行/u;
/** Right before "beneficiary": "the L/C beneficiary is …", "the beneficiary of the letter of credit". */
const OF_A_LETTER_OF_CREDIT = /\b(?:l\/c|lc|letter\s+of\s+credit)(?:'s)?\s+$/u;
/**
 * "Account name: admin", "… is printed on the certificate", 收款人姓名可以打印: a field or a login, not someone to pay; nor
 * the field listed or asked about: 收款人名称、银行和账号 (payee name, bank and account), 收款人要写什么 (what to write as payee).
 */
const NOT_A_NAME =
  /^(?:shown|on|in|of|printed|written|displayed|required|optional|needed|admin|administrator|root|user|guest|test|default|sent|given|provided|shared|confirmed|attached|below)\b|^姓名|打印|印刷|^(?:名称|名字)?[、和及与]|^(?:要|应该|该)?(?:写|填)?(?:什么|啥|怎么|如何)/u;
/** A device's or an app's login: "account name: admin, password: 123456". */
const A_LOGIN = /\bpassword\b|\blog\s?in\b|密码|登录/u;
/** Every BENEFICIARY match holds one of these: most messages are done with this shorter search. */
const MAY_NAME_BENEFICIARY =
  /beneficiary|account|receiver|recipient|payee|name|titular|titulaire|ficiaire|beneficiario|ficiário|favorecido|intestatario|empf|получатель|al[ıi]c[ıi]|户名|收款人/u;
const COMPANY_WORDS =
  /\b(?:co|ltd|limited|inc|llc|corp|corporation|company|trading|group|holdings?|industr\w*|factory|gmbh|technology|tech|forwarding|logistics|enterprise|import|export|manufactur\w*|alibaba)\b|有限公司|公司|贸易|集团|工厂|厂/u;

/**
 * "The account holder is the same as on the PI", "… is our company, same as
 * the business licence", "account name is our company name": no name is given. "Beneficiary: our company, <name>"
 * gives one, after the comma.
 */
function namesNoOne(name: string, after: string): boolean {
  if (
    /^(?:the\s+)?same\b/u.test(name) ||
    /^(?:our|the)\s+(?:company|factory)(?:'s)?\s+(?:full\s+|registered\s+)?name$/u.test(name)
  )
    return true;
  return (
    /^(?:our|the|this)\s+(?:company|factory|firm)$/u.test(name) &&
    /^\s*[,，]?\s*(?:the\s+)?same\s+as\b/u.test(after)
  );
}

export function findBeneficiary(text: string): BeneficiaryMention | null {
  if (!MAY_NAME_BENEFICIARY.test(text)) return null;
  for (const match of matchesOf(BENEFICIARY, text)) {
    const name = (match[2] ?? match[4] ?? match[6] ?? match[8] ?? '').replace(/\.$/, '').trim();
    if (name === '' || /alibaba/.test(name) || NOT_A_NAME.test(name) || A_LOGIN.test(text)) continue;
    // A receiver is someone to pay only when named as a person, and the message ships nothing; "in the name of" only
    // a person ("in the name of our company" is the supplier's own).
    if (SHIPPED_TO.test(match[0]) && (!looksLikePerson(name) || SHIPPING_WORDS.test(text))) continue;
    if (match[6] !== undefined && !looksLikePerson(name)) continue;
    // A "Name:" or "Titular:" line holds an account's owner only among bank details, not a parcel's receiver.
    if (
      match[8] !== undefined &&
      (!NAMES_AN_ACCOUNT.test(text) || SHIPPING_WORDS.test(text) || !mayGiveAccount(text))
    )
      continue;
    // A number under a person's name is an account only where the message speaks of one (not a parcel's).
    if (
      match[6] !== undefined &&
      /^\d/.test(match[0]) &&
      (!NAMES_AN_ACCOUNT.test(text) || SHIPPING_WORDS.test(text))
    )
      continue;
    if (namesNoOne(name, text.slice(match.index + match[0].length))) continue;
    // A letter of credit's beneficiary is whom the buyer's bank pays against documents, not an account to pay into.
    if (OF_A_LETTER_OF_CREDIT.test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
    if (ABOUT_A_LETTER_OF_CREDIT.test(text) && !mayGiveAccount(text)) continue;
    const how = match[1] ?? match[3] ?? match[5] ?? match[7] ?? '';
    // A labelled line's match opens with its line break.
    const index = match.index + match[0].length - match[0].trimStart().length;
    return { name, index, end: match.index + match[0].length, announcedAsNew: /now|will/.test(how) };
  }
  return null;
}

/**
 * A line that is only a company's name, as in bank details written without labels ("Xiamen Huaxin Stone Import &
 * Export Co., Ltd" above "Account 3520 …"): the name of the account's holder.
 */
const A_COMPANY_LINE =
  /(?:^|\n)[^\S\n]*([^\n:：]{3,70}?(?:\b(?:co\.?,?\s*ltd|company\s+limited|ltd|limited|llc|inc|corp|jsc|sas|ltda|gmbh|pvt\.?\s+ltd|sdn\.?\s+bhd|pte\.?\s+ltd)\.?|\bc[ôo]ng\s+ty\s+tnhh\b[^\n:：]{2,50}))[^\S\n]*(?=\n|$)/u;

export function findCompanyLine(text: string): BeneficiaryMention | null {
  const match = A_COMPANY_LINE.exec(text);
  if (!match) return null;
  const name = match[1]!.trim();
  const index = match.index + match[0].indexOf(name);
  return { name, index, end: index + name.length, announcedAsNew: false };
}

/** A person's name ("tan mei ling"), not a company's: paying a person is paying a personal account. */
export function looksLikePerson(name: string): boolean {
  if (COMPANY_WORDS.test(name) || /\b(?:our|the|my|your)\b/.test(name)) return false;
  // A Chinese name is two to four characters: 陈志强.
  if (/^\p{Script=Han}{2,4}$/u.test(name)) return true;
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{L}+$/u.test(w));
}

/**
 * Where a company is, or what kind it is: shared by many companies, so sharing one of these names no one
 * ("Shenzhen Other Co" is not "Shenzhen Sunny Lamp Co").
 */
const PLACE_OR_KIND =
  /^(?:china|chinese|hong|kong|international|global|intl|shenzhen|guangzhou|guangdong|dongguan|foshan|zhongshan|shantou|yiwu|ningbo|hangzhou|wenzhou|jinhua|zhejiang|shanghai|beijing|tianjin|xiamen|fujian|quanzhou|qingdao|shandong|jiangsu|suzhou|wuxi|changzhou|hebei|henan|anhui|hubei|hunan|sichuan|electronic|electronics|electric|electrical|industrial|science|products?|machinery|new|material|materials)$/u;

/** Han characters against Latin letters: the same company's Chinese registered name can't be compared word by word. */
const HAN = /\p{Script=Han}/u;

/** The beneficiary is a company, and not the supplier the buyer is talking to. */
export function differsFromSupplier(name: string, context: ChatContext): boolean {
  const supplier = context.supplierName?.toLowerCase();
  if (!supplier || !COMPANY_WORDS.test(name) || HAN.test(name) !== HAN.test(supplier)) return false;
  const distinctive = (s: string) =>
    new Set(
      s
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 2 && !COMPANY_WORDS.test(w) && !PLACE_OR_KIND.test(w)),
    );
  const theirs = distinctive(supplier);
  // A supplier named only by its place and trade ("Shenzhen Technology Co., Ltd.") can't be told apart.
  if (theirs.size === 0) return false;
  return ![...distinctive(name)].some((word) => theirs.has(word));
}
