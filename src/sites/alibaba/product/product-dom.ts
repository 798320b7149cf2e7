import type { Moq, Price, PriceTier } from '../../../signals/listing';
import { parsePrice } from '../../../signals/parse/price';
import { textAt, textOf } from '../shared/dom-text';
import { PAYMENT_ATTRIBUTE } from './product-json';
import { parseQuantityRange } from './quantity-range';
import { PDP_2025 } from './selectors';

/** Title: the 2025 module_title <h1> (its title attribute, else its text). */
export function titleFromDom(doc: ParentNode): string | null {
  const h1 = doc.querySelector(`${PDP_2025.title} ${PDP_2025.titleText}`);
  if (!h1) return null;
  return h1.getAttribute('title')?.trim() || textOf(h1);
}

export interface DomPrice {
  price: Price | null;
  /** The first rung's quantity, which is the MOQ ("10 - 29 pieces" -> 10 pieces). */
  moq: Moq | null;
}

/** 2025 ladder (div[data-testid="ladder-price"] .price-item) or single range (data-testid="range-price"). */
export function priceFromDom(doc: ParentNode): DomPrice {
  const tiers: PriceTier[] = [];
  let currency: string | null = null;
  let moq: Moq | null = null;
  for (const item of Array.from(doc.querySelectorAll(PDP_2025.ladderItem))) {
    const quantityText = item.firstElementChild ? textOf(item.firstElementChild) : null;
    const priceText = textAt(item, PDP_2025.ladderPrice);
    const range = quantityText === null ? null : parseQuantityRange(quantityText);
    const parsed = priceText === null ? null : parsePrice(priceText);
    if (!range || !parsed || parsed.min <= 0) continue;
    currency ??= parsed.currency;
    if (parsed.currency !== currency) continue;
    moq ??= range.min > 0 ? { quantity: range.min, unit: range.unit } : null;
    tiers.push({ minQuantity: range.min, maxQuantity: range.max, price: parsed.min });
  }
  if (currency !== null && tiers.length > 0) {
    const prices = tiers.map((tier) => tier.price);
    return { price: { min: Math.min(...prices), max: Math.max(...prices), currency, tiers }, moq };
  }
  const rangeText = textAt(doc, PDP_2025.rangePrice);
  const parsed = rangeText === null ? null : parsePrice(rangeText);
  return {
    price: parsed && parsed.min > 0 ? { min: parsed.min, max: parsed.max, currency: parsed.currency } : null,
    moq: null,
  };
}

/** Key-attribute rows whose name is a payment-terms name; values verbatim, once each ("T/T 30%/70%,L/C"). */
export function paymentTermsFromDom(doc: ParentNode): string[] {
  const terms = new Set<string>();
  for (const cell of Array.from(doc.querySelectorAll(PDP_2025.attributeCell))) {
    const name = cell.getAttribute('title') ?? '';
    const valueCell = cell.nextElementSibling;
    if (cell.previousElementSibling !== null || !valueCell || !PAYMENT_ATTRIBUTE.test(name)) continue;
    const value = valueCell.getAttribute('title')?.trim() || textOf(valueCell);
    if (value) terms.add(value);
  }
  return [...terms];
}
