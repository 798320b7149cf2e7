import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_JUDGE_SETTINGS, type JudgeSettings, type RuleId } from '../../judge/rule-settings';
import { LevelsEditor } from './LevelsEditor';
import { RuleEditor } from './RuleEditor';
import { fromDraft, RULE_IDS, ruleToDraft, toDraft, type JudgeDraft, type Problem } from './rule-form';

const DEFAULT_DRAFT = toDraft(DEFAULT_JUDGE_SETTINGS);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Every rule with its on/off switch, weight and thresholds, and the risk
 * levels. Resets change the form; "Save rules" checks the whole form with the
 * judge's schema and sends nothing until every problem is fixed.
 */
export function RulesSection(props: {
  judge: JudgeSettings;
  onSave(judge: JudgeSettings): Promise<boolean>;
}) {
  const savedDraft = toDraft(props.judge);
  const savedKey = JSON.stringify(savedDraft);
  const [draft, setDraft] = useState<JudgeDraft>(savedDraft);
  // Problems show from the first attempt to save, then follow the typing.
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  // Other sections' saves reload the settings too: only new rule values replace the form.
  useEffect(() => {
    setDraft(savedDraft);
    setAttempted(false);
  }, [savedKey]);

  const checked = fromDraft(draft);
  const problems = attempted && !checked.ok ? checked.problems : [];
  const problemsAt = (place: Problem['place']) =>
    problems.filter((p) => p.place === place).map((p) => p.text);
  const setRule = (id: RuleId, rule: JudgeDraft['rules'][RuleId]) =>
    setDraft({ ...draft, rules: { ...draft.rules, [id]: rule } });

  const submit = async (event: Event) => {
    event.preventDefault();
    setAttempted(true);
    if (!checked.ok || saving) return;
    setSaving(true);
    await props.onSave(checked.judge);
    setSaving(false);
  };

  return (
    <section id="rules" data-testid="rules">
      <h2>Rules</h2>
      <p class="options__help">
        What the badges weigh, and where each limit lies. A rule switched off says nothing; at weight 0 it
        still shows its finding but adds no points. Saved rules apply to the pages you open or reload
        afterwards.
      </p>
      <form onSubmit={submit} noValidate>
        {RULE_IDS.map((id) => (
          <RuleEditor
            key={id}
            id={id}
            draft={draft.rules[id]}
            isDefault={same(draft.rules[id], DEFAULT_DRAFT.rules[id])}
            problems={problemsAt(id)}
            onChange={(rule) => setRule(id, rule)}
            onReset={() => setRule(id, ruleToDraft(id, DEFAULT_JUDGE_SETTINGS.rules[id]))}
          />
        ))}
        <LevelsEditor
          draft={draft}
          isDefault={
            draft.medium === DEFAULT_DRAFT.medium &&
            draft.high === DEFAULT_DRAFT.high &&
            draft.minimumEvidence === DEFAULT_DRAFT.minimumEvidence
          }
          problems={problemsAt('levels')}
          onChange={(levels) => setDraft({ ...draft, ...levels })}
          onReset={() =>
            setDraft({
              ...draft,
              medium: DEFAULT_DRAFT.medium,
              high: DEFAULT_DRAFT.high,
              minimumEvidence: DEFAULT_DRAFT.minimumEvidence,
            })
          }
        />
        {problems.length > 0 ? (
          <div class="options__error" role="alert" data-testid="rule-problems">
            <p>Not saved yet. Fix {problems.length === 1 ? 'this' : 'these'} first:</p>
            <ul>
              {problems.map((problem) => (
                <li key={problem.text}>{problem.text}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div class="options__actions">
          <button type="submit" disabled={saving}>
            Save rules
          </button>
          <button type="button" class="options__secondary" onClick={() => setDraft(DEFAULT_DRAFT)}>
            Reset all rules to defaults
          </button>
          {!same(draft, savedDraft) ? <span class="options__dirty">Unsaved changes</span> : null}
        </div>
      </form>
    </section>
  );
}
