import { MAX_OUTLIERS } from '../messaging/limits';
import type { PriceOutlier } from '../messaging/page-protocol';
import type { Judged } from './card-badges';

const RANK = { danger: 0, warning: 1 } as const;

/** Offers whose price finding is a warning or danger, dangers first, for the popup. */
export function priceOutliers(judged: Iterable<Judged>): PriceOutlier[] {
  const outliers: PriceOutlier[] = [];
  for (const { assessment, subject, title } of judged) {
    const finding = assessment.findings.find(
      (candidate) =>
        candidate.rule === 'price-far-below-benchmark' &&
        (candidate.severity === 'danger' || candidate.severity === 'warning'),
    );
    if (finding && finding.severity !== 'info') {
      outliers.push({ title, subject, severity: finding.severity, message: finding.message });
    }
  }
  return outliers.sort((a, b) => RANK[a.severity] - RANK[b.severity]).slice(0, MAX_OUTLIERS);
}
