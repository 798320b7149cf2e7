import type { PageReading } from '../../signals/reading';
import type { SiteAdapter } from '../types';
import { isChallengePage } from './challenge';
import { alibabaPageKind } from './pages';
import { findProductCards, readProductPage } from './product/read-product';
import { findSearchCards } from './search/find-cards';
import { readSearchCard } from './search/read-card';
import { readSearchPage } from './search/read-search';
import { findSupplierCards, readSupplierCard, readSupplierPage } from './supplier/read-supplier';

export const alibaba: SiteAdapter = {
  id: 'alibaba',
  matches: ['*://*.alibaba.com/*'],
  pageKind: alibabaPageKind,

  read(doc, url) {
    const page = alibabaPageKind(url);
    if (isChallengePage(doc))
      return blank(page, 'blocked', 'Alibaba.com showed a robot check instead of the page');
    try {
      if (page === 'search') return readSearchPage(doc, url);
      if (page === 'product') return readProductPage(doc, url);
      if (page === 'supplier') return readSupplierPage(doc, url);
    } catch (error) {
      // Adapters should not throw; if one does, say so rather than score a half-read page.
      return blank(page, 'partial', `reading failed: ${String(error)}`);
    }
    return blank(page, 'unsupported', 'Supplier Radar does not read this kind of page');
  },

  findCards(root, url) {
    const page = alibabaPageKind(url);
    if (page === 'search') return findSearchCards(root);
    if (page === 'product') return findProductCards(root, url);
    if (page === 'supplier') return findSupplierCards(root, url);
    return [];
  },

  readCard(card, url) {
    const page = alibabaPageKind(url);
    if (page === 'search') return readSearchCard(card, url);
    if (page === 'supplier') return readSupplierCard(card, url);
    return null;
  },
};

function blank(page: PageReading['page'], health: PageReading['health'], problem: string): PageReading {
  return { site: 'alibaba', page, health, supplier: null, listings: [], problems: [problem] };
}
