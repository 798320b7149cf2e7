import type { PageRecord } from '../../types';
import { attributeIn, textIn } from '../shared/dom-text';
import { absoluteUrl } from '../shared/urls';
import { cardProductId } from './card-key';
import { areaContent, readCardAreas, splitPair } from './card-mod';
import {
  AREA,
  COMPANY_LINK,
  COUNTRY_FLAG,
  MOQ_TEXT,
  PRICE_TEXT,
  RESPONSE_RATE_TEXT,
  REVIEW_COUNT,
  REVIEW_SCORE,
  SUPPLIER_ROW,
  TITLE_LINK,
  VERIFIED_ICON,
  VERIFIED_PRO_ICON,
  YEARS_TEXT,
} from './selectors';

/**
 * One card's values as the page shows them, under the offer JSON's key names,
 * so one interpreter (mapOffer) reads cards and JSON offers alike. Only finds
 * text; nothing is parsed here, so the content script can hand a batch of new
 * cards to the background in a millisecond or two. Tracking areas first
 * ("CN@@2 yrs", "5.0@@12"), visible text second. Null when the card holds no
 * listing yet (an empty wrapper, a placeholder). Never throws.
 */
export function cardRecord(card: Element, url: URL): PageRecord | null {
  try {
    const areas = readCardAreas(card);
    const titleLink = card.querySelector(TITLE_LINK);
    const company = card.querySelector(COMPANY_LINK);
    const [country, years] = splitPair(areaContent(areas, AREA.supplierYear));
    const [score, count] = splitPair(areaContent(areas, AREA.review));
    const record: PageRecord = {
      productId: cardProductId(card),
      title: titleLink?.textContent?.trim() || null,
      productUrl: absoluteUrl(titleLink?.getAttribute('href'), url),
      price: areaContent(areas, AREA.price) ?? textIn(card, PRICE_TEXT),
      moqV2: areaContent(areas, AREA.moq) ?? textIn(card, MOQ_TEXT),
      companyName: company?.textContent?.trim() || null,
      supplierHomeHref: absoluteUrl(company?.getAttribute('href'), url),
      countryCode: country ?? attributeIn(card, COUNTRY_FLAG, ['alt', 'title']),
      goldSupplierYears: years ?? textIn(card, YEARS_TEXT),
      reviewScore: score ?? textIn(card, REVIEW_SCORE),
      reviewCount: count ?? textIn(card, REVIEW_COUNT),
      responseRate: textIn(card, RESPONSE_RATE_TEXT),
    };
    if (record.title === null && record.price === null && record.companyName === null) return null;
    Object.assign(record, badgeKeys(card, areas));
    return record;
  } catch {
    return null;
  }
}

/**
 * The Verified icon is an image with no text: the icon element or its tracking area counts. Its
 * JSON key (goldSupplierIcon) is present whenever the card's supplier row is drawn, because that
 * row is where the icon sits when the supplier has it: the card shows verification either way.
 */
function badgeKeys(card: Element, areas: ReturnType<typeof readCardAreas>): PageRecord {
  const pro =
    areas.some((area) => area.content === 'verifiedPro') || card.querySelector(VERIFIED_PRO_ICON) !== null;
  const verified =
    pro || areaContent(areas, AREA.verified) !== null || card.querySelector(VERIFIED_ICON) !== null;
  const keys: PageRecord = {};
  if (verified) keys['goldSupplierIcon'] = 'card';
  else if (card.querySelector(SUPPLIER_ROW) !== null) keys['goldSupplierIcon'] = '';
  if (pro) keys['verifiedSupplierPro'] = true;
  if (areas.some((area) => area.area === AREA.productIcon && area.content === 'ag')) keys['halfTrust'] = true;
  return keys;
}
