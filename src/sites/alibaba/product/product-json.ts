import type { Moq } from '../../../signals/listing';
import { cleanText } from '../../../signals/parse/clean-text';
import { parseMoq } from '../../../signals/parse/moq';
import { at, list, num, str } from '../shared/json';

/**
 * Product fields of `detailData.globalData.product` (product-detaildata-2026.html,
 * product-detaildata-eur-2026.excerpt.json): productId, subject, moq + unit, attributes.
 */
export function productIdFromJson(product: unknown): string | null {
  const id = at(product, 'productId');
  if (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) return String(id);
  return typeof id === 'string' && /^\d{6,20}$/.test(id.trim()) ? id.trim() : null;
}

export function titleFromJson(product: unknown): string | null {
  const subject = at(product, 'subject');
  if (typeof subject !== 'string') return null;
  const title = cleanText(subject);
  return title === '' ? null : title;
}

/**
 * MOQ: nodeMap.module_sample_new.privateData.orderQuantity.minOrder {minOrderQuantity 6,
 * quantityUnit "pieces"} first, then product.moq with the unit from trade.tradeInfo.quantityUnitStr,
 * price.unitEven ("pieces") or price.unit ("piece"), then the formatted "6 pieces".
 */
export function moqFromJson(globalData: unknown, nodeMap: unknown): Moq | null {
  const minOrder = at(nodeMap, 'module_sample_new', 'privateData', 'orderQuantity', 'minOrder');
  const product = at(globalData, 'product');
  const unitText =
    str(at(minOrder, 'quantityUnit')) ??
    str(at(globalData, 'trade', 'tradeInfo', 'quantityUnitStr')) ??
    str(at(product, 'price', 'unitEven')) ??
    str(at(product, 'price', 'unit'));
  const unit = unitText === null ? null : unitText.toLowerCase();
  const quantity = num(at(minOrder, 'minOrderQuantity')) ?? num(at(product, 'moq'));
  if (quantity !== null && quantity > 0) return { quantity, unit };
  const formatted = str(at(minOrder, 'formatMinOrderQuantity'));
  const parsed = formatted === null ? null : parseMoq(formatted);
  return parsed && parsed.quantity > 0
    ? { quantity: parsed.quantity, unit: parsed.unit?.toLowerCase() ?? null }
    : null;
}

/** Attribute names that carry payment terms: "Payment term", "Payment Terms", "Payment", "Payment method(s)". */
export const PAYMENT_ATTRIBUTE = /^\s*payment(\s+(terms?|methods?))?\s*:?\s*$/i;

/**
 * Values of payment-terms attributes in productBasicProperties / productOtherProperties /
 * productKeyIndustryProperties, verbatim and once each ("Paypal.Western Union.TT.Trade Assurance").
 */
export function paymentTermsFromJson(product: unknown): string[] {
  const terms = new Set<string>();
  for (const key of ['productBasicProperties', 'productOtherProperties', 'productKeyIndustryProperties']) {
    for (const attribute of list(at(product, key))) {
      const name = str(at(attribute, 'attrName'));
      const value = str(at(attribute, 'attrValue'));
      if (name !== null && value !== null && PAYMENT_ATTRIBUTE.test(name)) terms.add(value);
    }
  }
  return [...terms];
}
