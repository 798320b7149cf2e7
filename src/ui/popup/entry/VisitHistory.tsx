import { BADGE_NAME } from '../../../signals/badges';
import type { Visit } from '../../../shortlist/entry';
import { formatDate } from '../format';

const PAGE_NAME: Record<Visit['page'], string> = {
  search: 'Search results',
  product: 'Product page',
  supplier: 'Supplier page',
  chat: 'Chat',
  other: 'Other page',
};

/** What each visit showed, newest first: the record a change is judged against. */
export function VisitHistory({ history }: { history: Visit[] }) {
  const newestFirst = [...history].sort((a, b) => b.seenAt - a.seenAt);
  return (
    <details class="detail__field visits" data-testid="visits">
      <summary class="detail__label">Visits ({newestFirst.length})</summary>
      {newestFirst.length === 0 ? <p class="detail__muted">No visits recorded.</p> : null}
      <ul class="visits__list">
        {newestFirst.map((visit, index) => (
          <li key={`${visit.seenAt}-${index}`}>
            <strong>{formatDate(visit.seenAt)}</strong> · {PAGE_NAME[visit.page]} · {describe(visit)}
          </li>
        ))}
      </ul>
    </details>
  );
}

function describe({ supplier }: Visit): string {
  const parts = [
    supplier.yearsActive === null
      ? 'years not shown'
      : `${supplier.yearsActive} ${supplier.yearsActive === 1 ? 'year' : 'years'}`,
    supplier.badges.length > 0 ? supplier.badges.map((badge) => BADGE_NAME[badge]).join(', ') : 'no badges',
    supplier.rating === null
      ? 'no rating'
      : `rated ${supplier.rating}${supplier.reviewCount === null ? '' : ` (${supplier.reviewCount} reviews)`}`,
  ];
  return parts.join(' · ');
}
