import { hostIn, THROWAWAY_TLDS } from '../lexicon/domains';
import { LOGIN_OR_PAYMENT_WORDS, LURE_WORDS, PAYMENT_WORDS } from '../lexicon/link-lures';
import {
  APP_STORE_DOMAINS,
  DEVELOPER_DOMAINS,
  FILE_SHARING_DOMAINS,
  PLATFORM_DOMAINS,
  PUBLISHING_HOSTS,
  TESTING_BODY_DOMAINS,
  VENDOR_DOMAINS,
} from '../lexicon/known-sites';
import { isMapShareLink, namedAsFileSharing } from '../host-kind';
import type { LinkMention, MailMention } from '../links';
import { disguisedFile, LINKED_ARCHIVE, LINKED_PROGRAM } from '../files';
import { linkSentElsewhere } from '../link-sent-elsewhere';
import { hitAt, type Hit, type MessageView } from '../message-view';
import { sentenceAround } from '../sentences';
import { namedAsOwnDomain, ownSiteWithoutPaying } from './own-site';

/** A government's own site ("accessdata.fda.gov", "customs.gov.cn", "ec.europa.eu"): nobody else can hold those names. */
const GOVERNMENT_HOST = /(?:^|\.)(?:gov|gob|gouv|go)\.[a-z]{2}$|(?:^|\.)(?:gov|europa\.eu)$/;
const ORDINARY_DOWNLOADS: readonly string[] = [
  ...FILE_SHARING_DOMAINS,
  ...APP_STORE_DOMAINS,
  ...DEVELOPER_DOMAINS,
];
const KNOWN_SITES: readonly string[] = [...TESTING_BODY_DOMAINS, ...PLATFORM_DOMAINS, ...VENDOR_DOMAINS];
/** What a device does ("the firmware will verify the license online at …"): the address it calls, no page for the buyer. */
const DEVICE_DOES =
  /\b(?:firmware|device|software|machine|controller|module|unit|printer|camera|app|program|it)\s+(?:will\s+|would\s+|can\s+|should\s+|automatically\s+|then\s+)*(?:verif(?:y|ies)|checks?|activates?|connects?|registers?|updates?|downloads?|syncs?)\s+(?:the\s+|its\s+|your\s+)?(?:licen[cs]es?|keys?|serial|activation|firmware|signatures?|certificates?|updates?|time|server|cloud)\b/u;
/** Where the buyer is asked to pay: the device talk above is a pretext then. */
const BUYER_PAYS = /\b(?:you|buyer)\b[^.!?]{0,40}\b(?:pay\w*|deposit|fee)\b|支付|付款|定金/u;
/** Ordering or paying said to happen on Alibaba.com ("see our website …, but order pls on alibaba"): no lure to the link. */
const DONE_ON_ALIBABA =
  /\b(?:order|pay|checkout|place)\w*\s+(?:\S+\s+){0,3}?(?:on|via|through|in|at)\s+(?:alibaba|ali|trade\s+assurance|ta)\b|\b(?:add|put)\s+(?:it|them|this|these)\s+(?:to|in|into)\s+the\s+alibaba\s+order\b/gu;
/** A query holding another address ("google.com/url?q=https://…"): the known site only passes the buyer on. */
const REDIRECT = /[?&][\w.-]*=(?:https?(?::|%3a)|www\.)/i;
const LABELS: Partial<Record<LinkMention['kind'], string>> = {
  'look-alike': 'a look-alike of Alibaba.com',
  'carrier-look-alike': "a site borrowing a carrier's or a ship tracker's name, not its own",
  'testing-body-look-alike':
    "a site borrowing a testing or certification body's name (SGS, Intertek, QIMA, FSC…), not the body's own",
  'service-look-alike':
    "a site borrowing a big service's or marketplace's name (Google, PayPal, Global Sources…), not its own",
  homograph: 'a look-alike of Alibaba.com, spelt with letters of another alphabet or with accents',
  disguised: 'a web address spelt with letters of another alphabet, to pass for another site',
  embedded: "a web address with another site's address inside it, to pass for that site",
  shortener: 'a shortened link that hides where it goes',
  numeric: 'a link to a bare IP address, which no real business site uses',
  payment: 'a payment page outside Alibaba.com',
  other: 'a link outside Alibaba.com for paying, logging in or a document',
};

/**
 * Links to look-alike marketplace domains, sites borrowing a carrier's name, through shorteners, to a bare IP address, or off the
 * platform for paying, logging in or a document. Alibaba.com itself, the
 * carriers' tracking pages, testing bodies, big platforms and meeting services are not suspicious.
 */
export function suspiciousLink(view: MessageView): Hit | null {
  for (const link of view.links) {
    const label = LABELS[link.kind];
    if (!label || calledAFake(view, link.index) || namesAShortener(link)) continue;
    if (
      link.kind === 'other' &&
      (isKnownSite(link) ||
        isAppHandle(view, link) ||
        namedAsOwnDomain(view, link) ||
        ownSiteWithoutPaying(view, link) ||
        !isLure(view, link))
    )
      continue;
    return hitAt(withRealAddress(label, link.kind, link.host), link.index, link.text);
  }
  return lookAlikeMailAddress(view) ?? disguisedFile(view) ?? linkSentElsewhere(view);
}

/** A shortener's bare name leads nowhere: "we don't use bit.ly or any short links" names the service, it links to nothing. */
function namesAShortener(link: LinkMention): boolean {
  return link.kind === 'shortener' && !/[^/]/.test(link.path);
}

/**
 * The words right before an address call it a fake: "beware of fake sites like alibaba-verify.com", "a strange email
 * from yourcompany-hardware.com", "don't click any link that says alibaba-something.com". A warning quotes it; no one
 * calls the address they want used a fake.
 */
const CALLED_A_FAKE =
  /\b(?:fake|phishing|scam|fraudulent|strange|suspicious)\s+(?:\S+\s+){0,2}?(?:like|such\s+as|from|called|named|at)\s+$|\b(?:don'?t|do\s+not|never)\s+click\s+(?:any\s+|a\s+|the\s+)?links?\s+(?:that\s+says?|like|such\s+as)\s+$/u;

function calledAFake(view: MessageView, index: number): boolean {
  return CALLED_A_FAKE.test(view.letters.slice(Math.max(0, index - 50), index));
}

/**
 * After an app's name, a bare name with dots is the user's ID there: "Skype: amy.wang.finance". The apps whose IDs take
 * dots only, not apps.ts's APP: each copy of that long list costs V8 some 50 KB of compiled code.
 */
const APP_BEFORE =
  /\b(?:skype|telegram|wechat|line|viber|signal|zalo|kakao(?:talk)?)(?:\s+id)?\s*[:：]?\s*$/u;

function isAppHandle(view: MessageView, link: LinkMention): boolean {
  return (
    !/[/:]/.test(link.text) && APP_BEFORE.test(view.letters.slice(Math.max(0, link.index - 24), link.index))
  );
}

function isLure(view: MessageView, link: LinkMention): boolean {
  const words = hostIn(link.host, ORDINARY_DOWNLOADS) ? LOGIN_OR_PAYMENT_WORDS : LURE_WORDS;
  // The link's sentence: no "?" or "." inside an address ends one (SENTENCE_END).
  const sentence = sentenceAround(view.letters, link.index);
  if (DEVICE_DOES.test(sentence.text) && !BUYER_PAYS.test(sentence.text)) return false;
  // The words around the link, and its path; of its host only a login or a payment ("paypal-verify.net"), as a
  // host's "docs." or "files." names the supplier's manual site.
  const at = link.index - sentence.start;
  const around =
    at >= 0 && at <= sentence.text.length
      ? `${sentence.text.slice(0, at)} ${sentence.text.slice(at + link.text.length)}`
      : sentence.text;
  return (
    words.test(`${link.path} ${around.replace(DONE_ON_ALIBABA, ' ')}`) ||
    LOGIN_OR_PAYMENT_WORDS.test(link.host) ||
    // A fee to pay on a throwaway domain; a program or a disk image, whatever the words beside it; an archive from a site
    // passing for a file-sharing one, or from a throwaway domain.
    (hostIn(link.host, THROWAWAY_TLDS) && PAYMENT_WORDS.test(around)) ||
    LINKED_PROGRAM.test(link.path) ||
    (LINKED_ARCHIVE.test(link.path) &&
      !hostIn(link.host, ORDINARY_DOWNLOADS) &&
      (namedAsFileSharing(link.host) || hostIn(link.host, THROWAWAY_TLDS)))
  );
}

/**
 * A testing body's or a big platform's own page is a real site, whatever the
 * words beside it; not its file-sharing and app-store hosts (isLure asks those), a
 * page anyone can publish there, nor a redirect through it.
 */
function isKnownSite(link: LinkMention): boolean {
  return (
    (hostIn(link.host, KNOWN_SITES) ||
      GOVERNMENT_HOST.test(link.host) ||
      isMapShareLink(link.host, link.path)) &&
    !hostIn(link.host, ORDINARY_DOWNLOADS) &&
    !hostIn(link.host, PUBLISHING_HOSTS) &&
    !REDIRECT.test(link.path)
  );
}

/** A host in another alphabet reads like the real one, and one with another address inside hides its own: the finding names it. */
function withRealAddress(label: string, kind: LinkMention['kind'], host: string, what = 'address'): string {
  return kind === 'homograph' || kind === 'disguised' || kind === 'embedded' || kind === 'service-look-alike'
    ? `${label} (its real ${what} is ${host})`
    : label;
}

const MAIL_LABELS: Partial<Record<MailMention['kind'], string>> = {
  'look-alike': 'an e-mail address at a look-alike of Alibaba.com',
  homograph:
    'an e-mail address at a look-alike of Alibaba.com, spelt with letters of another alphabet or with accents',
  disguised: 'an e-mail address at a domain spelt with letters of another alphabet',
};

/** "service@alibaba-support.com", "sales@аlibaba.com": mail that passes for Alibaba's own. */
function lookAlikeMailAddress(view: MessageView): Hit | null {
  for (const email of view.emails) {
    const label = MAIL_LABELS[email.kind];
    if (label && !calledAFake(view, email.index))
      return hitAt(withRealAddress(label, email.kind, email.host, 'domain'), email.index, email.text);
  }
  return null;
}

/** A link where the buyer is asked to pay, outside the platform. */
export function isPaymentLink(view: MessageView, link: LinkMention): boolean {
  if (link.kind === 'official' || link.kind === 'carrier' || link.kind === 'contact') return false;
  if (link.kind === 'payment') return true;
  if (isKnownSite(link) || ownSiteWithoutPaying(view, link)) return false;
  return PAYMENT_WORDS.test(`${link.host} ${link.path} ${wordsAroundLink(view.letters, link)}`);
}

/** A later sentence that sends the buyer back to the link: "… pay $2.99 redelivery fee there". */
const POINTS_BACK =
  /\bthere\b|\b(?:the|this|that)\s+(?:link|site|page|website)\b|\bvia\s+(?:it|the\s+link)\b/u;

/** The link's sentence, and the next one when it points back at the link. */
function wordsAroundLink(text: string, link: LinkMention): string {
  const sentence = sentenceAround(text, link.index);
  const next = sentenceAround(text, sentence.start + sentence.text.length + 1);
  const pointsBack = next.start > sentence.start && POINTS_BACK.test(next.text);
  return pointsBack ? `${sentence.text} ${next.text}` : sentence.text;
}
