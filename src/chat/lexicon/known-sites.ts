/**
 * Real sites a supplier links to for ordinary reasons (a report, a manual, a
 * catalogue, firmware, an app): the words beside such a link don't make it a
 * lure, unless a login or a payment is asked for. A host matches as in
 * domains.ts (the entry, or a name ending with "." + the entry).
 */

/**
 * Testing, inspection and certification bodies: a supplier sends their pages
 * to prove a report or a certificate, so "verify" beside them is no lure. A
 * host that only starts with one ("tuv.com.verify-cert.xyz") is not theirs.
 */
export const TESTING_BODY_DOMAINS: readonly string[] = [
  'sgs.com',
  'tuv.com',
  'tuvsud.com',
  'intertek.com',
  'bureauveritas.com',
  'ul.com',
  'ulprospector.com',
  'eurofins.com',
  'qima.com',
  'asiainspection.com',
  'v-trust.com',
  'cotecna.com',
  // Certificate databases: FSC's (paper and packaging), OEKO-TEX's (textiles).
  'fsc.org',
  'oeko-tex.com',
];

/**
 * The testing companies' names as a host's word: "sgs-reports-online.info" or "qima-booking-secure.com" borrows one.
 * UL's names are left out: "ul" is other words too. Read without hyphens, as a host's words are split at them:
 * "vtrust-inspection-report.com.cn" borrows V-Trust's.
 */
export const TESTING_BODY_NAMES: readonly string[] = TESTING_BODY_DOMAINS.map((domain) =>
  (domain.split('.')[0] as string).replaceAll('-', ''),
).filter((name) => !name.startsWith('ul'));

/**
 * Other marketplaces, whose names a fake showroom, profile or seller page borrows ("globalsources-showroom.xyz",
 * "dhgate-vip.top", "amazon-seller-labels.net" for the Amazon sellers who buy here):
 * like the big services' names in domains.ts, a host that only borrows one is not theirs.
 */
export const MARKETPLACE_NAMES: readonly string[] = ['globalsources', 'dhgate', 'tradekey', 'amazon'];

/** Big platforms' own sites (manuals, videos, templates): real pages, not a phishing page, whatever the words beside them. */
export const PLATFORM_DOMAINS: readonly string[] = [
  'apple.com',
  'microsoft.com',
  'office.com',
  'youtube.com',
  'youtu.be',
  'google.com',
  // Amazon's product images, pasted to show a product: its own, not a host borrowing its name.
  'media-amazon.com',
  'ssl-images-amazon.com',
];

/**
 * Vendors' own platforms and asset servers a supplier points to: Tuya's IoT platform, PayPal's image server
 * (a logo file is no payment page), Google Maps' share links (Google's own, not a general shortener).
 */
export const VENDOR_DOMAINS: readonly string[] = [
  'tuya.com',
  'tuyacn.com',
  'paypalobjects.com',
  'maps.app.goo.gl',
];

/**
 * Developer and reference sites (code and firmware releases, an IMEI check): a file or a download there is
 * ordinary, only a login or a payment asked for beside it is a lure.
 */
export const DEVELOPER_DOMAINS: readonly string[] = ['github.com', 'gitlab.com', 'gitee.com', 'imei.info'];

/** Hosts on those platforms where anyone can publish a page or a form: a lure can live there. */
export const PUBLISHING_HOSTS: readonly string[] = [
  'sites.google.com',
  'script.google.com',
  'forms.office.com',
];

/**
 * File-sharing sites suppliers send catalogues and drawings from: a document
 * there is ordinary, only a login or a payment asked for beside it is a lure.
 */
export const FILE_SHARING_DOMAINS: readonly string[] = [
  'drive.google.com',
  'docs.google.com',
  'dropbox.com',
  'onedrive.live.com',
  '1drv.ms',
  'wetransfer.com',
  'we.tl',
  'icloud.com',
  'box.com',
  'pan.baidu.com',
  // Yandex Disk, where Russian-speaking suppliers keep price lists.
  'yadi.sk',
  'disk.yandex.ru',
  'disk.yandex.com',
];

/** The official app stores: a download there is ordinary (Alibaba.com's own app is one), only a login or a payment beside it lures. */
export const APP_STORE_DOMAINS: readonly string[] = [
  'play.google.com',
  'apps.apple.com',
  'appgallery.huawei.com',
];
