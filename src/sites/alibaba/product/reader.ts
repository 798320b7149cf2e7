import type { PageReader } from '../../types';
import { findProductCards, readProductPage } from './read-product';

export const productReader: PageReader = {
  kind: 'product',
  matches: ['*://*.alibaba.com/product-detail/*'],
  read: readProductPage,
  findCards: findProductCards,
  // A product page's cards are its own supplier card and title: all read with the page.
  readCard: () => null,
};
