import type { Finding } from '../signals/assessment';

const SEVERITY_MARK: Record<Finding['severity'], string> = { danger: '!!', warning: '!', info: 'i' };

interface Props {
  title: string;
  findings: Finding[];
  tone: Finding['tone'];
}

/** One list of findings; messages and evidence come from page data, so they are rendered as text. */
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
            <span class="sr-finding__text">
              {finding.message}
              {finding.evidence && !finding.message.includes(finding.evidence) ? (
                <span class="sr-finding__evidence"> ({finding.evidence})</span>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
