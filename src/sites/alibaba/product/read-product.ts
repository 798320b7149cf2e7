import type { Listing } from '../../../signals/listing';
import type { PageReading } from '../../../signals/reading';
import type { Supplier } from '../../../signals/supplier';
import { emptySupplier } from '../../../signals/empty-supplier';
import { readInlineJson } from '../../inline-json';
import { supplierFromCompanyCard } from './company-card-json';
import { at, first, record } from '../shared/json';
import { priceFromProductJson } from './price-json';
import { paymentTermsFromDom, priceFromDom, titleFromDom } from './product-dom';
import { moqFromJson, paymentTermsFromJson, productIdFromJson, titleFromJson } from './product-json';
import { CANONICAL } from './selectors';
import { supplierFrom2021Dom, supplierFrom2025Dom } from './seller-dom';
import { sellerFromGlobalData } from './seller-json';
import type { SupplierPart } from '../shared/supplier-merge';
import { isEmptySupplier, mergeSupplier } from '../shared/supplier-merge';
import { productIdFromUrl, productUrl } from '../shared/urls';

export { findProductCards } from './find-product-cards';

/**
 * Reads a product page: `window.detailData` first, then the 2025 DOM, then the ~2021 supplier
 * card. Never throws; what could not be read is null and named in `problems`.
 */
export function readProductPage(doc: Document, url: URL): PageReading {
  const reading: PageReading = {
    site: 'alibaba',
    page: 'product',
    health: 'ok',
    supplier: null,
    listings: [],
    problems: [],
  };
  const problems = reading.problems;
  const detail = readInlineJson(doc, 'window.detailData');
  let globalData: unknown = null;
  let nodeMap: unknown = null;
  if (detail.status === 'broken') problems.push(`${detail.reason}; read the page's HTML instead`);
  if (detail.status === 'found') {
    globalData = record(at(detail.value, 'globalData'));
    nodeMap = record(at(detail.value, 'nodeMap'));
    if (globalData === null) problems.push('window.detailData has no globalData object');
  }

  const parts = [
    sellerFromGlobalData(globalData),
    supplierFromCompanyCard(nodeMap),
    supplierFrom2025Dom(doc),
    supplierFrom2021Dom(doc),
  ].filter((part): part is SupplierPart => part !== null);
  const merged = mergeSupplier(...parts);
  const supplier = isEmptySupplier(merged) ? null : merged;
  if (supplier === null)
    problems.push('no seller block found (neither detailData.globalData.seller nor a supplier card)');

  const listing = readListing(doc, url, globalData, nodeMap, supplier, problems);
  return {
    ...reading,
    supplier,
    listings: listing ? [listing] : [],
    health: problems.length > 0 ? 'partial' : 'ok',
  };
}

function readListing(
  doc: Document,
  url: URL,
  globalData: unknown,
  nodeMap: unknown,
  supplier: Supplier | null,
  problems: string[],
): Listing | null {
  const product = at(globalData, 'product');
  const jsonId = productIdFromJson(product);
  if (globalData !== null && jsonId === null) {
    problems.push('detailData has no productId (the product may no longer be available)');
  }
  const title = first(titleFromJson(product), titleFromDom(doc));
  const domPrice = priceFromDom(doc);
  const price = first(
    priceFromProductJson(at(product, 'price'), at(globalData, 'extend', 'numberRule')),
    domPrice.price,
  );
  // The URL's id counts only when the page shows a product (JSON id, a title or a price).
  const productId = first(jsonId, title !== null || price !== null ? productIdFromUrl(url.href) : null);
  if (productId === null && title === null && price === null) {
    problems.push('no product found on the page');
    return null;
  }
  if (price === null) problems.push('no price found for the product');
  const jsonTerms = paymentTermsFromJson(product);
  return {
    productId,
    title,
    url: first(productUrl(doc.querySelector(CANONICAL)?.getAttribute('href') ?? null), productUrl(url.href)),
    price,
    moq: first(moqFromJson(globalData, nodeMap), domPrice.moq),
    supplier: supplier ? { ...supplier, badges: [...supplier.badges] } : emptySupplier(),
    paymentTerms: jsonTerms.length > 0 ? jsonTerms : paymentTermsFromDom(doc),
  };
}
