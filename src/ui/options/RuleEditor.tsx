import { useId } from 'preact/hooks';
import type { RuleId } from '../../judge/rule-settings';
import { NumberField } from './NumberField';
import { FieldProblems, ResetButton } from './RuleParts';
import type { RuleDraft } from './rule-form';
import { RULE_LABELS, type Unit } from './rule-labels';

const STEP: Record<Unit, string> = {
  percent: '1',
  hours: '1',
  years: '1',
  reviews: '1',
  offers: '1',
  stars: '0.1',
  ranges: '0.1',
};

/** One rule: on/off, weight, its thresholds, a reset, and what is wrong with it. */
export function RuleEditor(props: {
  id: RuleId;
  draft: RuleDraft;
  isDefault: boolean;
  problems: string[];
  onChange(draft: RuleDraft): void;
  onReset(): void;
}) {
  const { id, draft } = props;
  const label = RULE_LABELS[id];
  const problemId = useId();
  const invalid = props.problems.length > 0;
  const setValue = (key: string) => (text: string) =>
    props.onChange({ ...draft, values: { ...draft.values, [key]: text } });
  return (
    <fieldset class="options__rule" data-rule={id} aria-describedby={invalid ? problemId : undefined}>
      <legend>{label.name}</legend>
      <p class="options__help">{label.explains}</p>
      <div class="options__form">
        <label class="options__switch">
          <input
            type="checkbox"
            role="switch"
            checked={draft.enabled}
            onChange={(event) =>
              props.onChange({ ...draft, enabled: (event.target as HTMLInputElement).checked })
            }
          />
          On
        </label>
        <NumberField
          label="Weight (0–5)"
          step="0.5"
          min={0}
          max={5}
          value={draft.values.weight ?? ''}
          invalid={invalid}
          onInput={setValue('weight')}
        />
        {label.thresholds.map((threshold) => (
          <NumberField
            key={threshold.key}
            label={threshold.label}
            step={STEP[threshold.unit]}
            min={0}
            max={threshold.unit === 'percent' && threshold.key !== 'noteAbove' ? 100 : undefined}
            value={draft.values[threshold.key] ?? ''}
            invalid={invalid}
            onInput={setValue(threshold.key)}
          />
        ))}
        <ResetButton what={`“${label.name}”`} isDefault={props.isDefault} onReset={props.onReset} />
      </div>
      <FieldProblems id={problemId} problems={props.problems} />
    </fieldset>
  );
}
