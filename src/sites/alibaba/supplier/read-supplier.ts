import type { Listing } from '../../../signals/listing';
import type { PageReading } from '../../../signals/reading';
import type { Supplier } from '../../../signals/supplier';
import { emptySupplier } from '../../../signals/empty-supplier';
import { readInlineJson } from '../../inline-json';
import { PAGE_SUPPLIER_KEY } from '../../types';
import type { SupplierPart } from '../shared/supplier-merge';
import { isEmptySupplier, mergeSupplier } from '../shared/supplier-merge';
import { findSupplierCards } from './find-supplier-cards';
import { readStoreModules } from './module-data';
import { listingsFromProductList } from './product-list';
import { readSupplierCard } from './read-supplier-card';
import { supplierFromShopBizData } from './shop-biz-data';
import { supplierFromShopHeader } from './shop-header-dom';
import { supplierFromShopSign } from './shop-sign';

export { findSupplierCards } from './find-supplier-cards';
export { readSupplierCard } from './read-supplier-card';

/**
 * Reads a supplier page: storefront modules (module-data JSON) and header DOM, or the 2026
 * company profile's `window.shopBizData`; listings from the product list module, then any product
 * card on the page not already listed. Never throws.
 */
export function readSupplierPage(doc: Document, url: URL): PageReading {
  const reading: PageReading = {
    site: 'alibaba',
    page: 'supplier',
    health: 'ok',
    supplier: null,
    listings: [],
    problems: [],
  };
  const modules = readStoreModules(doc);
  const problems = [...modules.problems];
  const bizData = readInlineJson(doc, 'window.shopBizData');
  if (bizData.status === 'broken') problems.push(bizData.reason);

  const shopSign = modules.data.get('icbu-pc-shopSign');
  const parts = [
    shopSign ? supplierFromShopSign(shopSign) : null,
    supplierFromShopHeader(doc, url),
    bizData.status === 'found' ? supplierFromShopBizData(bizData.value) : null,
  ].filter((part): part is SupplierPart => part !== null);
  const merged = mergeSupplier(...parts);
  const supplier = isEmptySupplier(merged) ? null : merged;
  if (supplier === null) problems.push('no supplier data found (no shop sign, header or shopBizData)');

  const productList = modules.data.get('icbu-pc-productListPc');
  const listings = productList ? listingsFromProductList(productList) : [];
  const listed = new Set(listings.map((listing) => listing.productId));
  for (const slot of findSupplierCards(doc, url)) {
    if (slot.key === PAGE_SUPPLIER_KEY || listed.has(slot.key)) continue;
    const listing = readSupplierCard(slot.card, url);
    if (listing === null || listed.has(listing.productId)) continue;
    listed.add(listing.productId);
    listings.push(listing);
  }
  return {
    ...reading,
    supplier,
    listings: listings.slice(0, 2000).map((listing) => withSupplier(listing, supplier)),
    problems,
    health: problems.length > 0 ? 'partial' : 'ok',
  };
}

function withSupplier(listing: Listing, supplier: Supplier | null): Listing {
  return { ...listing, supplier: supplier ? { ...supplier, badges: [...supplier.badges] } : emptySupplier() };
}
