import type { Supplier } from '../../../signals/supplier';
import { emptySupplier } from '../../../signals/empty-supplier';
import { cardBadges } from './card-badges';
import { areaContent, splitPair } from './card-mod';
import type { CardArea } from './card-mod';
import { attributeIn, textIn } from '../shared/dom-text';
import type { SearchContext } from './search-context';
import {
  AREA,
  COMPANY_LINK,
  COUNTRY_FLAG,
  RESPONSE_RATE_TEXT,
  REVIEW_COUNT,
  REVIEW_SCORE,
  YEARS_TEXT,
} from './selectors';
import { supplierHomeUrl } from '../shared/urls';
import { countOf, countryOf, rateOf, ratingOf, textOf, yearsOf } from './values';

type Filters = Pick<SearchContext, 'verifiedOnly' | 'tradeAssuranceOnly'>;

/**
 * The supplier as one card shows it. Tracking areas first ("CN@@2 yrs", "5.0@@12"), the
 * visible text second. Star level (`area=ggs`) is not a signal here and is not read.
 */
export function readCardSupplier(
  card: Element,
  areas: readonly CardArea[],
  url: URL,
  filters: Filters,
): Supplier {
  const company = card.querySelector(COMPANY_LINK);
  const [countryText, yearsText] = splitPair(areaContent(areas, AREA.supplierYear));
  const [scoreText, countText] = splitPair(areaContent(areas, AREA.review));
  const reviewCount = countOf(countText ?? textIn(card, REVIEW_COUNT));
  return {
    ...emptySupplier(),
    name: textOf(company?.textContent),
    url: supplierHomeUrl(company?.getAttribute('href'), url),
    country: countryOf(countryText ?? attributeIn(card, COUNTRY_FLAG, ['alt', 'title'])),
    yearsActive: yearsOf(yearsText ?? textIn(card, YEARS_TEXT)),
    ...cardBadges(card, areas, filters),
    responseRate: rateOf(textIn(card, RESPONSE_RATE_TEXT)),
    rating: reviewCount === 0 ? null : ratingOf(scoreText ?? textIn(card, REVIEW_SCORE)),
    reviewCount,
  };
}
