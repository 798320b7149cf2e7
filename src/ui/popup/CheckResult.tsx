import type { ChatFinding } from '../../signals/chat';
import { highlight } from '../highlight';
import { HighlightedText } from '../HighlightedText';
import type { TextCheck } from './check-text';

const SEVERITY_LABEL: Record<ChatFinding['severity'], string> = {
  danger: 'Danger',
  warning: 'Warning',
  info: 'Note',
};

/** The findings for a checked text, each with its evidence and advice, then the text with the evidence marked. */
export function CheckResult({ check }: { check: TextCheck }) {
  const { findings } = check;
  if (findings.length === 0) return null;
  const { segments, asWritten } = highlight(
    check.text,
    findings.map((finding) => finding.evidence),
  );
  return (
    <div class="check__details" data-testid="check-findings">
      <ul class="check__findings">
        {findings.map((finding, index) => (
          <li key={`${finding.rule}-${index}`} class={`check__finding check__finding--${finding.severity}`}>
            <span class="check__severity">{SEVERITY_LABEL[finding.severity]}</span>
            <strong class="check__message">{finding.message}</strong>
            {finding.evidence.trim() ? (
              <span class="check__evidence">
                Found: <mark dir="auto">{asWritten.get(finding.evidence.trim()) ?? finding.evidence}</mark>
                {asWritten.has(finding.evidence.trim()) ? null : ' (written in disguise)'}
              </span>
            ) : null}
            {isRepeatedAdvice(findings, index) ? null : <span class="check__advice">{finding.advice}</span>}
          </li>
        ))}
      </ul>
      <h3 class="check__subhead">The text, with what was found marked</h3>
      <p class="check__text" data-testid="check-text" dir="auto">
        <HighlightedText segments={segments} />
      </p>
    </div>
  );
}

/** Two findings often share advice ("pay only through Trade Assurance"): say it once. */
function isRepeatedAdvice(findings: ChatFinding[], index: number): boolean {
  const advice = findings[index]?.advice;
  return findings.slice(0, index).some((earlier) => earlier.advice === advice);
}
