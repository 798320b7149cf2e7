import type { PageReader } from '../../types';
import { findSearchCards } from './find-cards';
import { readSearchCard } from './read-card';
import { readSearchPage } from './read-search';

export const searchReader: PageReader = {
  kind: 'search',
  matches: [
    '*://*.alibaba.com/trade/search*',
    '*://*.alibaba.com/search/page*',
    '*://*.alibaba.com/showroom/*',
    '*://*.alibaba.com/catalog/*',
    '*://*.alibaba.com/products/*',
    // Category listings: /<Category>_p<id>
    '*://*.alibaba.com/*_p*',
  ],
  excludeMatches: ['*://*.alibaba.com/product-detail/*', '*://*.en.alibaba.com/*'],
  read: readSearchPage,
  findCards: findSearchCards,
  readCard: readSearchCard,
};
