import type { Assessment } from '../signals/assessment';
import { FindingList } from './FindingList';
import { ShortlistControl, type SaveToShortlist } from './ShortlistControl';
import { LEVEL_EXPLAINER, LEVEL_LABEL } from './level-text';

export interface FindingsPanelProps {
  id: string;
  assessment: Assessment;
  subject: string | null;
  onClose(): void;
  /** Saves the supplier (and the offer) to the shortlist; absent when the card can't be saved. */
  onSave?: SaveToShortlist | undefined;
}

/** The details behind a badge: concerns, then good signs, each with its evidence. */
export function FindingsPanel({ id, assessment, subject, onClose, onSave }: FindingsPanelProps) {
  const concerns = assessment.findings.filter((finding) => finding.tone === 'concern');
  const good = assessment.findings.filter((finding) => finding.tone === 'good');
  return (
    <div
      id={id}
      class="sr-panel"
      role="dialog"
      aria-label={`Supplier Radar: ${LEVEL_LABEL[assessment.level]}`}
    >
      <header class="sr-panel__head">
        <strong class={`sr-panel__level sr-level--${assessment.level}`}>
          {LEVEL_LABEL[assessment.level]}
          {assessment.risk === null ? '' : ` · ${assessment.risk}/100`}
        </strong>
        <button type="button" class="sr-panel__close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {subject ? <p class="sr-panel__subject">{subject}</p> : null}
      <p class="sr-panel__explainer">{LEVEL_EXPLAINER[assessment.level]}</p>
      <FindingList title="Concerns" findings={concerns} tone="concern" />
      <FindingList title="Good signs" findings={good} tone="good" />
      {assessment.findings.length === 0 ? <p class="sr-panel__empty">No signals on this page.</p> : null}
      <ShortlistControl mark={assessment.buyer} onSave={onSave} />
      <footer class="sr-panel__foot">
        Judged on your device from what this page shows. Nothing is sent anywhere.
      </footer>
    </div>
  );
}
