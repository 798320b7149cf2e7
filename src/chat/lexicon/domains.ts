/**
 * Domains the chat guard knows, as data. A host matches an entry when it is
 * the entry or ends with "." + the entry.
 */

/** The marketplace's own sites: links here are where buyers should pay and log in. */
export const OFFICIAL_DOMAINS: readonly string[] = [
  'alibaba.com',
  'alibaba.com.cn',
  'alicdn.com',
  'aliexpress.com',
  // AliExpress's own regional sites (the United States, Russia).
  'aliexpress.us',
  'aliexpress.ru',
  '1688.com',
  'alibabagroup.com',
  // Alibaba Group's staff mail and intranet.
  'alibaba-inc.com',
  // Alibaba Cloud's own site; not its hosting (aliyuncs.com), where anyone can put a page.
  'alibabacloud.com',
  'aliyun.com',
];

export { CARRIER_DOMAINS, CARRIER_NAMES } from './carrier-domains';

/** The chat apps whose names group invites and "login" pages borrow ("u.wechat-groups.cc"). */
export const CHAT_APP_NAMES: readonly string[] = ['whatsapp', 'wechat', 'weixin', 'telegram'];

/**
 * Big services whose names phishing hosts borrow ("drive-google.docs-share.xyz", "paypal-verify.net"). Their own hosts
 * are known sites; a common word ("apple", "wise", "outlook") is left out, as many companies' names hold it.
 */
export const SERVICE_NAMES: readonly string[] = [
  'google',
  'paypal',
  'microsoft',
  'office365',
  'onedrive',
  'sharepoint',
  'dropbox',
  'wetransfer',
  // Amazon's file hosting: "catalog-hair.s3-eu.amazonaws-cdn.net" borrows it.
  'amazonaws',
  'docusign',
  'icloud',
  'payoneer',
  'alipay',
  // WeChat Pay's short name: "wxpay-qr.cn.com" passes for its QR pages.
  'wxpay',
  // Baidu's file-sharing (pan.baidu.com), where Chinese suppliers keep catalogues: "pan-baidu.cc" is not it.
  'baidu',
  // Product videos: "youtu-be.video-share.click/watch?v=…" passes for YouTube's short links.
  'youtube',
  'youtu',
  ...CHAT_APP_NAMES,
];

/** Chat and meeting services: a link here moves the conversation, it is not a lure. */
export const CONTACT_DOMAINS: readonly string[] = [
  'wa.me',
  'wa.link',
  'whatsapp.com',
  't.me',
  'telegram.me',
  'meet.google.com',
  'zoom.us',
  'teams.microsoft.com',
  'teams.live.com',
  'skype.com',
  'line.me',
  // LINE's own links to an official account.
  'lin.ee',
  'viber.com',
  'signal.me',
];

/** Link shorteners hide where a link goes: always worth a warning. */
export const SHORTENER_DOMAINS: readonly string[] = [
  'bit.ly',
  'bit.do',
  'tinyurl.com',
  't.ly',
  'is.gd',
  'cutt.ly',
  'rebrand.ly',
  'ow.ly',
  'goo.gl',
  't.co',
  'rb.gy',
  'shorturl.at',
  'tiny.cc',
  'buff.ly',
  's.id',
  'v.gd',
  'bl.ink',
  'short.io',
  'lnkd.in',
  'u.to',
  'dwz.cn',
  'suo.im',
  // Weibo's and Tencent's.
  't.cn',
  'url.cn',
  // Russia's (Yandex's), Taiwan's, Korea's and Brazil's own.
  'clck.ru',
  'reurl.cc',
  'han.gl',
  'me2.do',
  'encurtador.com.br',
  'vk.cc',
  'goo.su',
  // A link-in-bio page, used as one.
  'lynk.id',
  // QR Code Generator's short links, behind printed codes.
  'qrco.de',
];

/** Payment pages outside the platform: paying there is paying off the platform. */
export const PAYMENT_DOMAINS: readonly string[] = [
  'paypal.me',
  'paypal.com',
  'wise.com',
  'buy.stripe.com',
  'commerce.coinbase.com',
  'nowpayments.io',
  'binance.com',
  'payoneer.com',
  'revolut.me',
  'cash.app',
  'venmo.com',
  'monzo.me',
  // Regional person-to-person links (probe 71): Korea's Toss and KakaoPay, Latin America's Mercado Pago, Chile's MACH.
  'toss.me',
  'qr.kakaopay.com',
  'mpago.la',
  'mpago.li',
  'link.mercadopago.com',
  'mach.cl',
  // Google Pay, under google.com, which is otherwise a known site below.
  'pay.google.com',
];

/** Top-level domains a written-out address ("alibaba-com.support/verify") may end with. */
export const BARE_DOMAIN_TLDS: readonly string[] = (
  'com net org info biz vip co cn hk io me ly gd do su xyz top site online shop store link click support help pay app page dev cc ' +
  'tk ml ga cf gq ru us uk de in to sh gl id im ws pw live life services finance bank one icu club work asia tw jp kr vn ' +
  'sg ae tr pl es fr it br mx nl eu ch at cloud digital network center email trade gy my nl ph pk bd ng ke za ir sa eg ro cz pt be se ie au nz ca ar cl pe th ua kz il qa kw om bh download website'
).split(' ');

/**
 * Top-level domains sold so cheaply that throwaway sites crowd them: those Spamhaus's and Interisle's yearly
 * reports rank among the most abused (2023–2025), and the free ones Freenom gave away. An archive to download from
 * one is a lure, not a supplier's catalogue site.
 */
export const THROWAWAY_TLDS: readonly string[] =
  'top xyz click icu cfd sbs buzz bond cyou rest monster lol tk ml ga cf gq'.split(' ');

/** Names a look-alike imitates (compared after folding 1/l/i and 0/o). */
export const IMITATED_NAMES: readonly string[] = ['alibaba', 'aliexpress', 'tradeassurance'];

export function hostIn(host: string, domains: readonly string[]): boolean {
  return domains.some(
    (domain) =>
      host.endsWith(domain) &&
      (host.length === domain.length || host[host.length - domain.length - 1] === '.'),
  );
}
