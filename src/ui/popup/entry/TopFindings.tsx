import type { Assessment } from '../../../signals/assessment';
import { LEVEL_EXPLAINER } from '../../level-text';

/** Findings shown before "more": a popup has room for the few that matter most. */
const SHOWN = 3;

/** The latest verdict's main concerns (the assessment keeps them worst first). */
export function TopFindings({ assessment }: { assessment: Assessment | null }) {
  if (!assessment)
    return <p class="detail__muted">Not judged yet: open one of its pages to have it checked.</p>;
  const concerns = assessment.findings.filter((finding) => finding.tone === 'concern');
  return (
    <div class="detail__findings" data-testid="top-findings">
      <p class="detail__muted">{LEVEL_EXPLAINER[assessment.level]}</p>
      {concerns.length > 0 ? (
        <ul>
          {concerns.slice(0, SHOWN).map((finding, index) => (
            <li
              key={`${finding.rule}-${index}`}
              class={`detail__finding detail__finding--${finding.severity}`}
            >
              {finding.message}
            </li>
          ))}
        </ul>
      ) : null}
      {concerns.length > SHOWN ? (
        <p class="detail__muted">and {concerns.length - SHOWN} more on the supplier's badge.</p>
      ) : null}
    </div>
  );
}
