import { CONTACT_DOMAINS, hostIn } from './lexicon/domains';

/** Endings that, inside a host, spell an address of their own. */
const ENDINGS_INSIDE = new Set(['com', 'net', 'org', 'be']);

/**
 * A host that spells another site's address inside it, to pass for that site: "drive-google.com-share.info",
 * "youtu.be.factory-tour.site", "paypal.com.verify-login.net". A country's own ending after it ("amazon.com.au",
 * "example.co.uk") is not one.
 */
export function spellsAnotherAddress(host: string): boolean {
  if (spellsAChatAddress(host)) return true;
  const labels = host.split('.');
  return labels.some((label, index) => {
    if (label.startsWith('com-')) return true;
    if (index === labels.length - 1 || !ENDINGS_INSIDE.has(label)) return false;
    const rest = labels.slice(index + 1);
    return rest.length > 1 || (rest[0] ?? '').length > 2;
  });
}

/** Chat and meeting services' short addresses, also with a dash for a dot: "zoom.us" as "zoom-us". */
const CHAT_ADDRESSES = CONTACT_DOMAINS.flatMap((domain) => [domain, domain.replace(/\./g, '-')]);

/**
 * A host that opens with a chat service's own short address, then goes on to another site: "t.me.joinchat-supplier.xyz",
 * "wa.me.chat-now.link", "line.me-add.friend-tw.cc", "zoom-us.web-meeting.id". The service's own hosts are not.
 */
function spellsAChatAddress(host: string): boolean {
  if (hostIn(host, CONTACT_DOMAINS)) return false;
  const name = host.replace(/^www\./, '');
  return CHAT_ADDRESSES.some((address) => name.startsWith(`${address}.`) || name.startsWith(`${address}-`));
}
