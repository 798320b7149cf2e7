import type { PageReader } from '../../types';
import { SEARCH_OFFERS, searchCapture } from './capture';
import { readSearchCard } from './read-card';
import { interpretSearchOffers, readSearchPage } from './read-search';

/** The search page whole: the content script's capture plus the background's interpretation. */
export const searchReader: PageReader = {
  ...searchCapture,
  read: readSearchPage,
  readCard: readSearchCard,
  batchFormat: SEARCH_OFFERS,
  interpret: interpretSearchOffers,
};
