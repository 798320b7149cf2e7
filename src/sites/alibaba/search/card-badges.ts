import type { Badge } from '../../../signals/supplier';
import { areaContent } from './card-mod';
import type { CardArea } from './card-mod';
import type { SearchContext } from './search-context';
import { AREA, SUPPLIER_ROW, VERIFIED_ICON, VERIFIED_PRO_ICON } from './selectors';

type Filters = Pick<SearchContext, 'verifiedOnly' | 'tradeAssuranceOnly'>;

/**
 * Badges drawn on a card. The Verified icon is an image with no text, so the icon element and its
 * tracking area (`area=verified&areaContent=verified`) are what count. The card shows verification
 * either way when its supplier row is rendered: that row is where the icon sits when the supplier has it.
 */
export function cardBadges(
  card: Element,
  areas: readonly CardArea[],
  filters: Filters,
): { badges: Badge[]; verificationShown: boolean } {
  const pro =
    areas.some((area) => area.content === 'verifiedPro') || card.querySelector(VERIFIED_PRO_ICON) !== null;
  const verified =
    pro ||
    areaContent(areas, AREA.verified) !== null ||
    card.querySelector(VERIFIED_ICON) !== null ||
    filters.verifiedOnly;
  const guaranteed = areas.some((area) => area.area === AREA.productIcon && area.content === 'ag');

  const badges: Badge[] = [];
  if (verified) badges.push('verified');
  if (pro) badges.push('verified-pro');
  if (filters.tradeAssuranceOnly) badges.push('trade-assurance');
  if (guaranteed) badges.push('guaranteed');
  return { badges, verificationShown: verified || card.querySelector(SUPPLIER_ROW) !== null };
}
