import type { PageSummary } from '../../messaging/page-protocol';
import type { Level } from '../../signals/assessment';
import { LEVEL_LABEL } from '../level-text';

const PAGE_NAME: Record<PageSummary['page'], string> = {
  search: 'Search results',
  product: 'Product page',
  supplier: 'Supplier page',
  chat: 'Chat',
  other: 'Other page',
};

const SITE_NAME: Record<NonNullable<PageSummary['site']>, string> = { alibaba: 'Alibaba.com' };

const LEVELS: Level[] = ['high', 'medium', 'low', 'unknown'];

/** The current tab: what page it is, whether it could be read, and its badges by level. */
export function PageSummaryView({ summary }: { summary: PageSummary }) {
  const readable = summary.health === 'ok' || summary.health === 'partial';
  const total = LEVELS.reduce((sum, level) => sum + summary.counts[level], 0);
  return (
    <div class="summary">
      <p class="summary__page" data-testid="page-kind">
        {summary.site ? `${SITE_NAME[summary.site]} · ` : ''}
        {PAGE_NAME[summary.page]}
      </p>
      {readable ? null : (
        <p class="summary__unreadable" role="status" data-testid="unreadable">
          {summary.health === 'blocked'
            ? "Couldn't read this page: Alibaba.com showed a robot check instead of it. Solve the check, then reopen this popup."
            : "Supplier Radar doesn't read this kind of page."}
        </p>
      )}
      {readable ? (
        <>
          <p data-testid="health">
            {summary.health === 'ok' ? 'Page read.' : "Page partly read: some details couldn't be read."}{' '}
            {total} {total === 1 ? 'badge' : 'badges'} on this page.
          </p>
          <ul class="summary__counts">
            {LEVELS.map((level) => (
              <li
                key={level}
                class={`summary__count summary__count--${level}`}
                data-testid={`count-${level}`}
              >
                <span class="summary__number">{summary.counts[level]}</span> {LEVEL_LABEL[level]}
              </li>
            ))}
          </ul>
          <PriceOutliers outliers={summary.outliers} />
        </>
      ) : null}
      {summary.problems.length > 0 && summary.health !== 'ok' ? (
        <details class="summary__problems">
          <summary>What couldn't be read</summary>
          <ul>
            {summary.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

/** Outliers shown before "Show more": enough to act on, without pushing the shortlist out of sight. */
const OUTLIERS_SHOWN = 3;

/** Offers priced far below their benchmark, worst first: the first thing to look at on a search page. */
function PriceOutliers({ outliers }: { outliers: PageSummary['outliers'] }) {
  if (outliers.length === 0) return null;
  const shown = outliers.slice(0, OUTLIERS_SHOWN);
  const more = outliers.slice(OUTLIERS_SHOWN);
  return (
    <section class="summary__outliers" data-testid="outliers">
      <h3>Prices far below the market</h3>
      <OutlierList outliers={shown} />
      {more.length > 0 ? (
        <details class="summary__more">
          <summary>
            Show {more.length} more {more.length === 1 ? 'offer' : 'offers'}
          </summary>
          <OutlierList outliers={more} />
        </details>
      ) : null}
    </section>
  );
}

function OutlierList({ outliers }: { outliers: PageSummary['outliers'] }) {
  return (
    <ul>
      {outliers.map((outlier, index) => (
        <li key={index} class={`summary__outlier summary__outlier--${outlier.severity}`}>
          <span class="summary__outlier-what">
            {[outlier.title, outlier.subject].filter(Boolean).join(' · ') || 'An offer'}
          </span>
          <span class="summary__outlier-why">{outlier.message}</span>
        </li>
      ))}
    </ul>
  );
}
