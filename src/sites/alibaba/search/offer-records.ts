import { asRecord, listField, textField } from '../shared/json-fields';
import { productIdFromUrl, productIdText } from '../shared/urls';
import type { JsonScalar, PageRecord } from '../../types';

/**
 * The offer keys mapOffer and offerBadges read. The content script passes
 * only these to the background (a few hundred bytes an offer, not the
 * several kilobytes of tracking and display data each offer carries).
 */
const OFFER_KEYS = [
  'productId',
  'id',
  'title',
  'enPureTitle',
  'productUrl',
  'price',
  'priceV2',
  'moq',
  'moqV2',
  'companyName',
  'supplierHomeHref',
  'supplierHref',
  'countryCode',
  'goldSupplierYears',
  'reviewScore',
  'reviewCount',
  'responseRate',
  'goldSupplierIcon',
  'goldSupplierProIcon',
  'verifiedSupplier',
  'verifiedSupplierPro',
  'halfTrust',
] as const;

/** An offer cut down to the keys that are read; a key's presence is kept even when its value is empty. */
export function pickOfferKeys(offer: unknown): PageRecord | null {
  const source = asRecord(offer);
  if (source === null) return null;
  const picked: PageRecord = {};
  for (const key of OFFER_KEYS) {
    if (Object.prototype.hasOwnProperty.call(source, key)) picked[key] = plain(source[key]);
  }
  // Only each badge's kind is read ({loopType: "ag"} is Alibaba Guaranteed).
  const badges = listField(source, 'badges').map((badge) => ({
    loopType: textField(asRecord(badge) ?? {}, 'loopType'),
  }));
  if (badges.length > 0) picked['badges'] = badges;
  return picked;
}

/** Strings, numbers, booleans and null pass; anything else (objects the mapper never reads) becomes null. */
function plain(value: unknown): JsonScalar {
  return value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
    ? value
    : null;
}

/** The product id mapOffer will give a record, found without interpreting the rest. */
export function offerRecordId(record: PageRecord): string | null {
  return (
    productIdText(textField(record, 'productId')) ??
    productIdText(textField(record, 'id')) ??
    productIdFromUrl(textField(record, 'productUrl'))
  );
}
