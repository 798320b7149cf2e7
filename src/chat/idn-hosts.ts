import { imitates, withinOneEdit } from './host-kind';
import { CARRIER_NAMES, hostIn, OFFICIAL_DOMAINS } from './lexicon/domains';
import { latinSkeleton } from './look-alike-letters';
import { hostToUnicode } from './punycode';

/** Printable ASCII: a host in plain Latin letters. */
const ASCII_ONLY = /^[\x20-\x7e]*$/;
const NOT_ASCII = /[^\p{ASCII}]/gu;
/** A host name with Latin letters beside Cyrillic or Greek ones. */
const MIXED_LATIN = /[a-z][^.]*[\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][^.]*[a-z]/;

/**
 * A host spelt with Cyrillic or Greek letters that look Latin ("аlibaba.com",
 * which a URL holds as "xn--libaba-2nf.com") is another site than the one it
 * reads as (an IDN homograph): of Alibaba.com, or of some other Latin-lettered
 * site. Accented Latin letters are a language's own ("café.com"), so only a look-alike of Alibaba.com spelt with them
 * ("alibába.com") is one; so is a name that mixes Latin with Cyrillic or Greek ("dфh.com"). Null for a host in plain
 * Latin, or in one other alphabet throughout ("пример.рф").
 */
export function disguisedKind(asciiHost: string): 'homograph' | 'disguised' | null {
  if (!asciiHost.includes('xn--')) return null;
  const unicodeHost = hostToUnicode(asciiHost);
  const skeleton = latinSkeleton(unicodeHost);
  if (ASCII_ONLY.test(skeleton)) return imitatesAlibaba(skeleton) ? 'homograph' : 'disguised';
  // "dфh.com": Latin and Cyrillic or Greek letters in one name, which no real site mixes, even where a letter has no Latin twin.
  if (unicodeHost.split('.').some((label) => MIXED_LATIN.test(label))) return 'disguised';
  const unaccented = skeleton.normalize('NFD').replace(/\p{M}/gu, '');
  if (ASCII_ONLY.test(unaccented) && imitatesAlibaba(unaccented)) return 'homograph';
  // "xn--alibba-9wa.com" is "óalibba.com": a letter slipped into a look-alike, which reads as one without it.
  if (imitatesAlibaba(skeleton.replace(NOT_ASCII, ''))) return 'homograph';
  // "xn--mrsk-qoa.com" is "mårsk.com": a carrier's name with an accent its own address doesn't have.
  return ASCII_ONLY.test(unaccented) && spellsACarrier(unaccented) ? 'disguised' : null;
}

function imitatesAlibaba(host: string): boolean {
  return hostIn(host, OFFICIAL_DOMAINS) || imitates(host);
}

/** A word of the host is a carrier's name, or one letter from a longer one ("marsk" for Maersk). */
function spellsACarrier(host: string): boolean {
  return host
    .split(/[.-]/)
    .some((word) =>
      CARRIER_NAMES.some((name) => word === name || (name.length >= 5 && withinOneEdit(word, name))),
    );
}
