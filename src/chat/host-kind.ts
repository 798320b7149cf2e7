import {
  CARRIER_DOMAINS,
  CARRIER_NAMES,
  CONTACT_DOMAINS,
  hostIn,
  IMITATED_NAMES,
  OFFICIAL_DOMAINS,
  PAYMENT_DOMAINS,
  SERVICE_NAMES,
  SHORTENER_DOMAINS,
} from './lexicon/domains';
import {
  APP_STORE_DOMAINS,
  FILE_SHARING_DOMAINS,
  MARKETPLACE_NAMES,
  PLATFORM_DOMAINS,
  PUBLISHING_HOSTS,
  TESTING_BODY_DOMAINS,
  TESTING_BODY_NAMES,
} from './lexicon/known-sites';
import { spellsAnotherAddress } from './embedded-addresses';

/** What a link is, for the buyer. */
export type LinkKind =
  | 'official'
  | 'carrier'
  | 'carrier-look-alike'
  | 'service-look-alike'
  | 'testing-body-look-alike'
  | 'contact'
  | 'shortener'
  | 'numeric'
  | 'look-alike'
  | 'homograph'
  | 'disguised'
  | 'embedded'
  | 'payment'
  | 'other';

/** A host that is an IPv4 address, as the URL parser writes it (also for "http://3232235521/"). */
const IP_HOST = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** The buyer's own network (a router's or a camera's settings page, "192.168.1.1/admin"): no one else's site. */
const PRIVATE_NETWORK = /^(?:10\.|127\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.)/;

/**
 * A Google Maps share link ("maps.app.goo.gl/…", "goo.gl/maps/…"): Google's own, it opens a place on the map, not
 * wherever a general shortener's link may go.
 */
export function isMapShareLink(host: string, path: string): boolean {
  return host === 'maps.app.goo.gl' || (/^(?:www\.)?goo\.gl$/.test(host) && /^\/maps(?:\/|$)/.test(path));
}

/** What the site at `host` is, for the buyer; `path` tells a map share link from a shortener's. */
export function kindOf(host: string, path = ''): LinkKind {
  if (IP_HOST.test(host)) return PRIVATE_NETWORK.test(host) ? 'other' : 'numeric';
  if (hostIn(host, OFFICIAL_DOMAINS)) return 'official';
  if (imitates(host)) return 'look-alike';
  if (spellsAnotherAddress(host)) return 'embedded';
  if (hostIn(host, SHORTENER_DOMAINS) && !isMapShareLink(host, path)) return 'shortener';
  if (hostIn(host, CONTACT_DOMAINS)) return 'contact';
  if (hostIn(host, CARRIER_DOMAINS)) return 'carrier';
  const carrier = nameIn(host, CARRIER_NAMES);
  if (carrier) return carrier === 'own' ? 'carrier' : 'carrier-look-alike';
  if (spellsACarrierWithLookAlikes(host)) return 'carrier-look-alike';
  if (hostIn(host, PAYMENT_DOMAINS)) return 'payment';
  if (nameIn(host, TESTING_BODY_NAMES) === 'borrowed' && !hostIn(host, TESTING_BODY_DOMAINS))
    return 'testing-body-look-alike';
  if (nameIn(host, BORROWED_NAMES) === 'borrowed' && !hostIn(host, SERVICES_OWN_HOSTS))
    return 'service-look-alike';
  return 'other';
}

/** Words a site's name takes to pass for a file-sharing service (the real ones are FILE_SHARING_DOMAINS). */
const FILE_SHARING_WORD = /(?:^|-)(?:drive|downloads?|share|files?|cloud|disk|transfer)(?:-|$)/;

/** "drive-catalog-download.com": the site's own name passes for a file-sharing service; not a subdomain ("download.ourfactory.com"). */
export function namedAsFileSharing(host: string): boolean {
  const labels = host.split('.');
  return FILE_SHARING_WORD.test(labels[labels.length - 2] ?? '');
}

/** The names of big services and other marketplaces that phishing hosts borrow. */
const BORROWED_NAMES = [...SERVICE_NAMES, ...MARKETPLACE_NAMES];

/** The big services' own hosts, whatever their names look like ("onedrive.live.com", "sites.google.com"). */
const SERVICES_OWN_HOSTS = [
  ...PLATFORM_DOMAINS,
  ...PUBLISHING_HOSTS,
  ...FILE_SHARING_DOMAINS,
  ...APP_STORE_DOMAINS,
];

/**
 * A site named after a carrier or a service: its own in a country ("dhl.co.uk", "google.com.hk"), or one borrowing
 * the name ("dhl-express-track.com", "drive-google.docs-share.xyz").
 */
function nameIn(host: string, names: readonly string[]): 'own' | 'borrowed' | null {
  const labels = host.split('.');
  // A top-level domain named after a carrier ("mydhl.express.dhl") is its brand domain: no one else can hold a host there.
  if (names.includes(labels[labels.length - 1] ?? '')) return 'own';
  // A name split by a hyphen counts too: "we-transfer.pl-pliki.com" borrows WeTransfer's.
  const at = labels.findIndex(
    (label) =>
      label.split('-').some((word) => names.includes(word)) || names.includes(label.replaceAll('-', '')),
  );
  if (at < 0) return null;
  const ending = labels.slice(at + 1);
  const countryEnding =
    ending.length >= 1 && ending.length <= 2 && ending.every((label) => label.length <= 3);
  return names.includes(labels[at] as string) && countryEnding ? 'own' : 'borrowed';
}

/** A carrier's name with a digit or an "i" for a letter it looks like: "dhI-tracking-express.com" (read lower-cased), "dh1.net". */
function spellsACarrierWithLookAlikes(host: string): boolean {
  return host
    .split(/[.-]/)
    .some((word) => !CARRIER_NAMES.includes(word) && CARRIER_NAMES.includes(digitsAndStrokesAsLetters(word)));
}

/** Digits and strokes read as the letters they pass for: "1", "i" and "|" as "l", "0" as "o". */
function digitsAndStrokesAsLetters(text: string): string {
  return text.replace(/[1il|]/g, 'l').replace(/0/g, 'o');
}

/** The imitated names folded as hosts are below, once. */
const IMITATED_FOLDED = IMITATED_NAMES.map(digitsAndStrokesAsLetters);

/**
 * Alibaba's short name joined to a word of its services: "ali-refund-center.com", "secure-ali-pay.net". Alone, "ali"
 * is a name many companies carry ("ali-textiles.com", "ali-trading.ae", "ali-service.com.cn").
 */
const SHORT_NAME_WITH_A_SERVICE =
  /(?:^|-)ali-(?:[a-z0-9]+-){0,2}(?:pay|payment|refund|order|secure|verify|support|login|account|center|centre)(?:-|$)|(?:^|-)(?:pay|payment|refund|order|secure|verify|login|account)-(?:[a-z0-9]+-){0,2}ali(?:-|$)/;

/** "alibaba-trade.vip", "a1ibaba.com", "allbaba.com", "alibaba.co", "secure.trade-assurance-alibaba.net". */
export function imitates(host: string): boolean {
  if (host.split('.').some((label) => SHORT_NAME_WITH_A_SERVICE.test(label))) return true;
  const folded = digitsAndStrokesAsLetters(host).replace(/rn/g, 'm').replace(/-/g, '');
  return folded
    .split('.')
    .some((label) =>
      IMITATED_FOLDED.some(
        (target) => label.includes(target) || (label.length >= 5 && withinOneEdit(label, target)),
      ),
    );
}

/** One letter added, dropped or changed turns `a` into `b`, or none. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (a.length < b.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
