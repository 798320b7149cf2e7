import { imitates, kindOf, type LinkKind } from './host-kind';
import { disguisedKind } from './idn-hosts';
import { BARE_DOMAIN_TLDS, hostIn, OFFICIAL_DOMAINS } from './lexicon/domains';
import { EMAIL_ADDRESS } from './lexicon/contact-details';
import { matchesOf } from './matches';

export interface LinkMention {
  /** The link as written (in the normalised text). */
  text: string;
  index: number;
  host: string;
  path: string;
  kind: LinkKind;
}

const TLDS = BARE_DOMAIN_TLDS.join('|');
/** Letters of a host label: Latin, and the Cyrillic and Greek ones a look-alike host is spelt with. */
const LABEL_CHAR = 'a-z0-9\\u00e0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff';
/**
 * "https://…", "www.…", or a written-out host with a known ending ("bit.ly/x", "alibaba-com.support/verify"), or an
 * IP address with a path ("47.91.203.18/app/catalog.apk"; without one it may be a version); not an e-mail address's
 * first part ("kevin.zhou.trade@163.com", "sunny.trade.gz@163.com").
 */
const LINK = new RegExp(
  `(?:https?://|www\\.)[^\\s<>"'，。）)\\]]+|(?<![\\p{L}\\p{N}@._-])(?:[${LABEL_CHAR}](?:[${LABEL_CHAR}-]{0,61}[${LABEL_CHAR}])?\\.)+(?:${TLDS})(?![\\p{L}\\p{N}@-]|(?:\\.[${LABEL_CHAR}-]+)+@)(?::\\d+)?(?:/[^\\s<>"'，。）)\\]]*)?|(?<![\\p{L}\\p{N}._-])(?:\\d{1,3}\\.){3}\\d{1,3}(?::\\d+)?/[^\\s<>"'，。）)\\]]*?[a-z][^\\s<>"'，。）)\\]]*`,
  'gu',
);

/**
 * "alibaba.com@orderupdate-center.net/address": a host, an "@" and a path, written without a scheme. The browser
 * reads what stands before the "@" as a user name and opens the host after it; the path tells it from an e-mail address.
 */
const LINK_WITH_A_USER_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}@._-])[${LABEL_CHAR}.-]+\\.(?:${TLDS})@((?:[${LABEL_CHAR}](?:[${LABEL_CHAR}-]{0,61}[${LABEL_CHAR}])?\\.)+(?:${TLDS}))(/[^\\s<>"'，。）)\\]]*)`,
  'gu',
);
/** The same, tried only where an e-mail address starts. */
const LINK_WITH_A_USER_NAME_HERE = new RegExp(LINK_WITH_A_USER_NAME.source, 'uy');

/** No dot between letters, no "://" and no IP address, no link: most messages stop here. */
const MAY_HOLD_LINK = new RegExp(`[${LABEL_CHAR}]\\.[a-z]|://|\\d\\.\\d{1,3}[/:]`);

export function findLinks(text: string): LinkMention[] {
  const links: LinkMention[] = [];
  if (!MAY_HOLD_LINK.test(text)) return links;
  for (const match of matchesOf(LINK, text)) {
    const written = match[0].replace(/[.,;:!?]+$/, '');
    const parsed = parseHost(written);
    if (parsed) {
      links.push({ text: written, index: match.index, ...parsed, kind: kindOfLink(written, parsed) });
      continue;
    }
    const broken = brokenPunycodeHost(written);
    if (broken) links.push({ text: written, index: match.index, ...broken, kind: 'disguised' });
  }
  if (text.includes('@'))
    for (const match of matchesOf(LINK_WITH_A_USER_NAME, text)) {
      const written = match[0].replace(/[.,;:!?]+$/, '');
      links.push({ text: written, index: match.index, host: match[1]!, path: match[2]!, kind: 'embedded' });
    }
  return links;
}

function parseHost(written: string): { host: string; path: string } | null {
  const withScheme = /^https?:\/\//.test(written) ? written : `http://${written}`;
  try {
    const url = new URL(withScheme);
    return { host: url.hostname.replace(/\.$/, ''), path: `${url.pathname}${url.search}` };
  } catch {
    return null;
  }
}

function kindOfLink(written: string, { host, path }: { host: string; path: string }): LinkKind {
  return disguisedKind(host) ?? (namesAHostBeforeAt(written) ? 'embedded' : kindOf(host, path));
}

/**
 * "xn--alibab-5ve.com": Punycode that the URL parser rejects (it decodes to a capital or a letter no name may hold).
 * No browser opens it, but the buyer reads it as a web address, and only someone disguising a name writes one.
 */
function brokenPunycodeHost(written: string): { host: string; path: string } | null {
  const host = /^(?:https?:\/\/)?([^/?#\s:@]*xn--[^/?#\s:@]*)(.*)$/.exec(written);
  return host ? { host: host[1]!, path: host[2]! } : null;
}

/**
 * "https://alibaba.com@qc-gallery.top/…": what stands before an "@" in an address is a user name, which the
 * browser drops; written as a host, it passes for the site the link does not open.
 */
function namesAHostBeforeAt(written: string): boolean {
  return /^(?:https?:\/\/)?[^/?#\s@]*\.[a-z]{2,}[^/?#\s@]*@/i.test(written);
}

/** An e-mail address as written, with its domain as the browser would send it (Punycode) and what that domain is. */
export interface MailMention {
  text: string;
  index: number;
  host: string;
  kind: 'official' | 'look-alike' | 'homograph' | 'disguised' | 'other';
}

export function findMailAddresses(text: string): MailMention[] {
  if (!text.includes('@')) return [];
  return Array.from(matchesOf(EMAIL_ADDRESS, text))
    .filter((match) => !isLinkWithAUserName(text, match.index))
    .map((match) => {
      const domain = match[0].slice(match[0].indexOf('@') + 1);
      const host = parseHost(domain)?.host ?? domain;
      return { text: match[0], index: match.index, host, kind: mailDomainKind(host) };
    });
}

/** A host with a user name and a path starts at `index` (LINK_WITH_A_USER_NAME): a link, not an address to write to. */
function isLinkWithAUserName(text: string, index: number): boolean {
  LINK_WITH_A_USER_NAME_HERE.lastIndex = index;
  return LINK_WITH_A_USER_NAME_HERE.test(text);
}

/** Alibaba's own domain, a look-alike of it, one in another alphabet, or any other. */
function mailDomainKind(host: string): MailMention['kind'] {
  const disguised = disguisedKind(host);
  if (disguised) return disguised;
  if (hostIn(host, OFFICIAL_DOMAINS)) return 'official';
  return imitates(host) ? 'look-alike' : 'other';
}
