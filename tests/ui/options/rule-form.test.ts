import { describe, expect, it } from 'vitest';
import { DEFAULT_JUDGE_SETTINGS, type RuleId } from '../../../src/judge/rule-settings';
import { fromDraft, toDraft } from '../../../src/ui/options/rule-form';
import { RULE_LABELS } from '../../../src/ui/options/rule-labels';

describe('the rules form', () => {
  it('labels every threshold of every rule, and nothing else', () => {
    for (const [id, settings] of Object.entries(DEFAULT_JUDGE_SETTINGS.rules)) {
      const thresholds = Object.keys(settings).filter((key) => key !== 'enabled' && key !== 'weight');
      const labelled = RULE_LABELS[id as RuleId].thresholds.map((threshold) => threshold.key);
      expect(labelled.sort(), id).toEqual(thresholds.sort());
    }
  });

  it('shows rates as whole percentages and reads them back exactly', () => {
    const draft = toDraft(DEFAULT_JUDGE_SETTINGS);
    expect(draft.rules['response-rate'].values).toEqual({
      weight: '1',
      concernBelow: '70',
      goodAtLeast: '90',
    });
    expect(draft.rules['price-far-below-benchmark'].values.noteAbove).toBe('100');
    expect(draft.rules['response-time'].values.concernAboveHours).toBe('24');
    expect(fromDraft(draft)).toEqual({ ok: true, judge: DEFAULT_JUDGE_SETTINGS });
  });

  it('reads decimals and surrounding spaces, and refuses text', () => {
    const draft = toDraft(DEFAULT_JUDGE_SETTINGS);
    draft.rules['on-time-delivery'].values.goodAtLeast = ' 97.5 ';
    const read = fromDraft(draft);
    expect(read.ok && read.judge.rules['on-time-delivery'].goodAtLeast).toBe(0.975);
    draft.rules['on-time-delivery'].values.goodAtLeast = 'most';
    expect(fromDraft(draft)).toEqual({
      ok: false,
      problems: [
        {
          place: 'on-time-delivery',
          text: 'On-time delivery, “Good from (%)”: enter a percentage from 0 to 100.',
        },
      ],
    });
  });

  it('refuses a price share of 100% or more, which the schema can never reach', () => {
    const draft = toDraft(DEFAULT_JUDGE_SETTINGS);
    draft.rules['price-far-below-benchmark'].values.dangerBelow = '100';
    const read = fromDraft(draft);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems[0]?.text).toBe(
      'Price far below the market, “Danger from (% below)”: enter a percentage above 0 and below 100.',
    );
  });
});
