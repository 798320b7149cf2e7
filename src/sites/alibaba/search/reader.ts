import type { PageReader } from '../../types';
import { findSearchCards } from './find-cards';
import { readSearchCard } from './read-card';
import {
  interpretSearchOffers,
  readSearchPage,
  readSearchPageForJudging,
  SEARCH_OFFERS,
  searchCardsForJudging,
} from './read-search';

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
    // Robot-check redirects (/_____tmd_____/punish?x5secdata=…): read as "blocked", so the
    // popup can say the page couldn't be read. Searches are what get challenged most.
    '*://*.alibaba.com/*_____tmd_____*',
  ],
  excludeMatches: ['*://*.alibaba.com/product-detail/*', '*://*.en.alibaba.com/*'],
  read: readSearchPage,
  readForJudging: readSearchPageForJudging,
  cardsForJudging: searchCardsForJudging,
  batchFormat: SEARCH_OFFERS,
  interpret: interpretSearchOffers,
  findCards: findSearchCards,
  readCard: readSearchCard,
};
