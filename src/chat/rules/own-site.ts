import { LOGIN_OR_PAYMENT_WORDS } from '../lexicon/link-lures';
import type { LinkMention } from '../links';
import type { MessageView } from '../message-view';

// The supplier naming its own site or domain: a catalogue or a mail domain, not a page to pay on.

/**
 * A bare domain the supplier names as its own, to tell its mail from a fake's: "that email is not from us, our domain is
 * hengda-furniture.com". Only a bare domain, with no login or paying in its name, and only a domain or the "real" or
 * "official" site: "our new website is …" may be where to pay.
 */
const NAMED_AS_OWN_DOMAIN =
  /\b(?:our|my)\s+(?:(?:real|official|only|own|company|e-?mail)\s+)?domain\s+(?:is|:)\s*$|\b(?:our|my)\s+(?:real|official|only)\s+(?:website|web\s?site|site)\s+(?:is|:)\s*$/u;

/** Said right after the supplier's own site: it takes no payments ("… and it doesn't have any payment page", "(no payment function)"). */
const NO_PAYING_THERE =
  /^[^.!?]{0,40}?(?:\b(?:has|have)\s+no|\b(?:doesn'?t|does\s+not)\s+have\s+(?:a|any)|\bwithout\s+(?:a|any)|\(\s*no)\s+payment\s+(?:function|page|option|feature|system)s?\b/u;
/** "Our only website is …", "one website, …": the supplier's own site, named with what it is not. */
const OUR_ONE_SITE = /\b(?:our|one)\s+(?:only\s+|official\s+)*(?:website|web\s?site|site)\s*(?:is|:|,)\s*$/u;

/** The supplier's own site, said to take no payments: no page to pay on. */
export function ownSiteWithoutPaying(view: MessageView, link: LinkMention): boolean {
  return (
    !LOGIN_OR_PAYMENT_WORDS.test(`${link.host} ${link.path}`) &&
    OUR_ONE_SITE.test(view.letters.slice(Math.max(0, link.index - 40), link.index)) &&
    NO_PAYING_THERE.test(view.letters.slice(link.index + link.text.length))
  );
}

export function namedAsOwnDomain(view: MessageView, link: LinkMention): boolean {
  return (
    /^\/?$/.test(link.path) &&
    !LOGIN_OR_PAYMENT_WORDS.test(link.host) &&
    NAMED_AS_OWN_DOMAIN.test(view.letters.slice(Math.max(0, link.index - 40), link.index))
  );
}
