import { captureInPlace } from '../../capture-in-place';
import type { PageReader } from '../../types';
import { findProductCards, readProductPage } from './read-product';

// A product page's cards are its own supplier card and title: all read with the page.
const readCard = () => null;

/** One product and its supplier: cheap enough to read whole in the content script. */
export const productReader: PageReader = {
  kind: 'product',
  matches: ['*://*.alibaba.com/product-detail/*'],
  read: readProductPage,
  findCards: findProductCards,
  readCard,
  ...captureInPlace(readProductPage, readCard),
};
