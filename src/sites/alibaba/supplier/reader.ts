import { captureInPlace } from '../../capture-in-place';
import type { PageReader } from '../../types';
import { findSupplierCards, readSupplierCard, readSupplierPage } from './read-supplier';

/** A storefront or company profile: one supplier and a few dozen products, read whole in the content script. */
export const supplierReader: PageReader = {
  kind: 'supplier',
  matches: ['*://*.en.alibaba.com/*'],
  read: readSupplierPage,
  findCards: findSupplierCards,
  readCard: readSupplierCard,
  ...captureInPlace(readSupplierPage, readSupplierCard),
};
