import { CONTACT_DOMAINS, hostIn, SHORTENER_DOMAINS, THROWAWAY_TLDS } from './lexicon/domains';
import { FILE_SHARING_DOMAINS } from './lexicon/known-sites';

/** Endings that, inside a host, spell an address of their own. */
const ENDINGS_INSIDE = new Set(['com', 'net', 'org', 'be']);

/** A label that reads as a country's ending: "jp" in "pse-japan-meti.jp.cert-check.xyz". */
const COUNTRY_ENDING = /^[a-z]{2}$/;

/** A government's ending spelt with a dash inside a name: "fda-gov-cert.com" passes for fda.gov. */
const GOVERNMENT_SPELT = /-(?:gov|gouv|gob)(?:-|$)/;

/**
 * A host that spells another site's address inside it, to pass for that site: "drive-google.com-share.info",
 * "youtu.be.factory-tour.site", "paypal.com.verify-login.net", "fda-gov-cert.com", and on a throwaway ending a country's
 * ending after a name ("pse-japan-meti.jp.cert-check.xyz"). A country's own ending after it ("amazon.com.au",
 * "example.co.uk") is not one.
 */
export function spellsAnotherAddress(host: string): boolean {
  if (spellsAServiceAddress(host)) return true;
  const labels = host.split('.');
  if (labels.slice(0, -1).some((label) => GOVERNMENT_SPELT.test(label))) return true;
  if (hostIn(host, THROWAWAY_TLDS) && labels.slice(1, -2).some((label) => COUNTRY_ENDING.test(label)))
    return true;
  return labels.some((label, index) => {
    if (label.startsWith('com-')) return true;
    if (index === labels.length - 1 || !ENDINGS_INSIDE.has(label)) return false;
    const rest = labels.slice(index + 1);
    return rest.length > 1 || (rest[0] ?? '').length > 2;
  });
}

/** Chat, file-sharing and shortening services, whose own addresses a lure opens with. */
const SERVICE_DOMAINS = [...CONTACT_DOMAINS, ...FILE_SHARING_DOMAINS, ...SHORTENER_DOMAINS];
/** Their addresses, and the chat and file-sharing services' also with a dash for a dot: "zoom.us" as "zoom-us", "yadi-sk". */
const SERVICE_ADDRESSES = [
  ...SERVICE_DOMAINS,
  ...[...CONTACT_DOMAINS, ...FILE_SHARING_DOMAINS].map((domain) => domain.replace(/\./g, '-')),
];

/**
 * A host that opens with a service's own address, then goes on to another site: "t.me.joinchat-supplier.xyz",
 * "wa.me.chat-now.link", "line.me-add.friend-tw.cc", "zoom-us.web-meeting.id", "we.tl-download.co". The services' own
 * hosts are not.
 */
function spellsAServiceAddress(host: string): boolean {
  if (hostIn(host, SERVICE_DOMAINS)) return false;
  const name = host.replace(/^www\./, '');
  return SERVICE_ADDRESSES.some(
    (address) => name.startsWith(`${address}.`) || name.startsWith(`${address}-`),
  );
}
