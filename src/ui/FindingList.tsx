import type { Finding } from '../signals/assessment';
import { PriceBar } from './PriceBar';

const SEVERITY_MARK: Record<Finding['severity'], string> = { danger: '!!', warning: '!', info: 'i' };

interface Props {
  title: string;
  findings: Finding[];
  tone: Finding['tone'];
}

/** One list of findings; messages carry page data, so they are rendered as text. */
export function FindingList({ title, findings, tone }: Props) {
  if (findings.length === 0) return null;
  return (
    <section class={`sr-findings sr-findings--${tone}`}>
      <h3>{title}</h3>
      <ul>
        {findings.map((finding, index) => (
          <li key={`${finding.rule}-${index}`} class={`sr-finding sr-finding--${finding.severity}`}>
            <span class="sr-finding__mark" aria-hidden="true">
              {tone === 'good' ? '✓' : SEVERITY_MARK[finding.severity]}
            </span>
            {/* Messages already name their evidence ("Response time ≤2h"); the raw evidence is for the audit report. */}
            <span class="sr-finding__text">
              {finding.message}
              {finding.priceCheck ? <PriceBar check={finding.priceCheck} /> : null}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
