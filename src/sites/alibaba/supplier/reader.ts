import type { PageReader } from '../../types';
import { findSupplierCards, readSupplierCard, readSupplierPage } from './read-supplier';

export const supplierReader: PageReader = {
  kind: 'supplier',
  matches: ['*://*.en.alibaba.com/*'],
  read: readSupplierPage,
  findCards: findSupplierCards,
  readCard: readSupplierCard,
};
