import { useId } from 'preact/hooks';
import { NumberField } from './NumberField';
import { FieldProblems, ResetButton } from './RuleParts';
import type { JudgeDraft } from './rule-form';
import { LEVEL_LABELS } from './rule-labels';

type LevelsDraft = Pick<JudgeDraft, 'medium' | 'high' | 'minimumEvidence'>;

/** The three numbers, in the form's order: two scores out of 100, and a count of the six supplier signals. */
const LEVEL_FIELDS: ReadonlyArray<{ key: keyof LevelsDraft; max: number }> = [
  { key: 'medium', max: 100 },
  { key: 'high', max: 100 },
  { key: 'minimumEvidence', max: 6 },
];

/** Where medium and high risk start, and how many signals a verdict needs. */
export function LevelsEditor(props: {
  draft: LevelsDraft;
  isDefault: boolean;
  problems: string[];
  onChange(draft: LevelsDraft): void;
  onReset(): void;
}) {
  const problemId = useId();
  const invalid = props.problems.length > 0;
  const set = (key: keyof LevelsDraft) => (text: string) => props.onChange({ ...props.draft, [key]: text });
  return (
    <fieldset class="options__rule" data-rule="levels" aria-describedby={invalid ? problemId : undefined}>
      <legend>Risk levels</legend>
      <p class="options__help">
        Risk starts at 30 and each finding adds or takes away points, from 0 to 100. With fewer of the six
        supplier signals than needed (and no danger), the verdict is “risk unknown”.
      </p>
      <div class="options__form">
        {LEVEL_FIELDS.map(({ key, max }) => (
          <NumberField
            key={key}
            label={LEVEL_LABELS[key].label}
            step="1"
            min={0}
            max={max}
            value={props.draft[key]}
            invalid={invalid}
            onInput={set(key)}
          />
        ))}
        <ResetButton what="the risk levels" isDefault={props.isDefault} onReset={props.onReset} />
      </div>
      <FieldProblems id={problemId} problems={props.problems} />
    </fieldset>
  );
}
