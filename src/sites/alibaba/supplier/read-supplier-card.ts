import type { Listing } from '../../../signals/listing';
import { emptySupplier } from '../../../signals/empty-supplier';
import { cleanText } from '../../../signals/parse/clean-text';
import { parseMoq } from '../../../signals/parse/moq';
import { parsePrice } from '../../../signals/parse/price';
import { attrAt, textAt, textOf } from '../shared/dom-text';
import { first } from '../shared/json';
import { productIdFromUrl, productUrl } from '../shared/urls';
import { PRODUCT_LINK, STOREFRONT } from './selectors';

const MOQ_TEXT = /\b(moq|min\.?\s*order)\b/i;

/**
 * One product card from its own DOM: a storefront card (div.icbu-product-card[data-id]) or a
 * 2026 company-profile card (an <a href=".../product-detail/..."> whose leaf texts are the title,
 * "$13.29-18.19" and "MOQ:30 pieces"). Supplier is empty: the caller fills in the page's supplier.
 */
export function readSupplierCard(card: Element, _url: URL): Listing | null {
  const link = card.matches(PRODUCT_LINK)
    ? card
    : card.querySelector(`${STOREFRONT.cardTitleLink}, ${PRODUCT_LINK}`);
  const href = link?.getAttribute('href') ?? null;
  const productId = first(productIdFromUrl(href), card.getAttribute('data-id')?.match(/^\d{6,20}$/)?.[0]);
  if (productId === null) return null;
  const fields = card.matches(STOREFRONT.productCard) ? storefrontFields(card) : leafFields(link ?? card);
  const price = fields.price === null ? null : parsePrice(fields.price);
  const moq = fields.moq === null ? null : parseMoq(fields.moq);
  return {
    productId,
    title: fields.title,
    url: productUrl(href),
    price: price && price.min > 0 ? { min: price.min, max: price.max, currency: price.currency } : null,
    moq: moq && moq.quantity > 0 ? { quantity: moq.quantity, unit: moq.unit?.toLowerCase() ?? null } : null,
    supplier: emptySupplier(),
    paymentTerms: [],
  };
}

interface CardFields {
  title: string | null;
  price: string | null;
  moq: string | null;
}

function storefrontFields(card: Element): CardFields {
  return {
    title: first(attrAt(card, STOREFRONT.cardTitleLink, 'title'), textAt(card, STOREFRONT.cardTitleLink)),
    price: textAt(card, STOREFRONT.cardPrice),
    moq: textAt(card, STOREFRONT.cardMoq),
  };
}

/** Class-free reading: the MOQ leaf names itself, the price leaf parses as a price, the first other leaf is the title. */
function leafFields(root: Element): CardFields {
  const fields: CardFields = { title: null, price: null, moq: null };
  for (const leaf of Array.from(root.querySelectorAll('*'))) {
    if (leaf.childElementCount > 0) continue;
    const text = textOf(leaf);
    if (text === null) continue;
    if (MOQ_TEXT.test(text)) fields.moq ??= text;
    else if (parsePrice(text) !== null) fields.price ??= text;
    else fields.title ??= cleanText(text) || null;
  }
  return fields;
}
