import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_JUDGE_SETTINGS, type JudgeSettings } from '../../../src/judge/rule-settings';
import { SETTINGS_KEY, SETTINGS_VERSION } from '../../../src/storage/settings';
import { $, button, click, mountOptions, root, submit, text, type } from './mount-options';

afterEach(() => render(null, root));

const rule = (id: string) => $(`[data-rule="${id}"]`);
/** The number input labelled `label` inside `scope`. */
function field(scope: HTMLElement, label: string): HTMLInputElement {
  const found = Array.from(scope.querySelectorAll('label')).find((l) => l.textContent?.trim() === label);
  const input = found?.querySelector('input');
  if (!input) throw new Error(`no field "${label}"`);
  return input;
}
const saveRules = () => submit($('[data-testid="rules"] form'));
const savedJudge = (data: Record<string, unknown>) => (data[SETTINGS_KEY] as { judge: JudgeSettings }).judge;

describe('the rules editor', () => {
  it('shows every rule with a name, an explanation, a switch and a weight', async () => {
    await mountOptions();
    for (const id of Object.keys(DEFAULT_JUDGE_SETTINGS.rules)) {
      const fieldset = rule(id);
      expect(fieldset.querySelector('legend')?.textContent, id).toBeTruthy();
      expect(fieldset.querySelector('.options__help')?.textContent, id).toBeTruthy();
      expect(fieldset.querySelector<HTMLInputElement>('input[role=switch]')?.checked, id).toBe(true);
      expect(field(fieldset, 'Weight (0–5)').value, id).toBe('1');
    }
  });

  it('shows rates as percentages and saves the new value of a changed threshold', async () => {
    const { area, deps } = await mountOptions();
    const concern = field(rule('response-rate'), 'Concern below (%)');
    expect(concern.value).toBe('70');
    expect(field(rule('on-time-delivery'), 'Good from (%)').value).toBe('95');
    type(concern, '55');
    expect(text('rules')).toContain('Unsaved changes');
    await saveRules();
    const expected = structuredClone(DEFAULT_JUDGE_SETTINGS);
    expected.rules['response-rate'].concernBelow = 0.55;
    expect(deps.settings.save).toHaveBeenCalledWith({ judge: expected });
    expect(savedJudge(area.data)).toEqual(expected);
    expect(text('message')).toContain('Rules saved');
    expect(text('rules')).not.toContain('Unsaved changes');
    expect(field(rule('response-rate'), 'Concern below (%)').value).toBe('55');
  });

  it('switches a rule off and changes its weight', async () => {
    const { area } = await mountOptions();
    const fieldset = rule('gold-membership');
    await click(fieldset.querySelector<HTMLInputElement>('input[role=switch]')!);
    type(field(rule('trade-assurance'), 'Weight (0–5)'), '2.5');
    await saveRules();
    expect(savedJudge(area.data).rules['gold-membership']).toEqual({ enabled: false, weight: 1 });
    expect(savedJudge(area.data).rules['trade-assurance']).toEqual({ enabled: true, weight: 2.5 });
  });

  it('explains an invalid combination in plain words and sends nothing', async () => {
    const { deps } = await mountOptions();
    const years = rule('years-on-platform');
    type(field(years, 'Mild concern up to (years)'), '7');
    type(field(rule('levels'), 'High risk from (points)'), '30');
    type(field(rule('response-time'), 'Weight (0–5)'), '9');
    await saveRules();
    expect(deps.settings.save).not.toHaveBeenCalled();
    const problems = Array.from(
      root.querySelectorAll('[data-testid="rule-problems"] li'),
      (li) => li.textContent,
    );
    expect(problems).toEqual([
      'Years on the platform: the concern limit must be at most the mild one, and the mild limit below the good one.',
      'Response time, weight: enter a weight from 0 to 5.',
      'Medium risk must start at or below high risk.',
    ]);
    expect(years.querySelector('.options__error')?.textContent).toContain('mild limit below the good one');
    expect(years.getAttribute('aria-describedby')).toBe(years.querySelector('.options__error')?.id);
    expect(field(years, 'Good from (years)').getAttribute('aria-invalid')).toBe('true');
    expect(text('message')).toBeNull();
  });

  it('treats an emptied field as a problem, not as zero', async () => {
    const { deps } = await mountOptions();
    type(field(rule('rating-and-reviews'), 'Good rating needs at least (reviews)'), '');
    await saveRules();
    expect(deps.settings.save).not.toHaveBeenCalled();
    expect(text('rule-problems')).toContain(
      'Rating and reviews, “Good rating needs at least (reviews)”: enter a whole number',
    );
  });

  it('clears the problems once they are fixed, then saves', async () => {
    const { deps } = await mountOptions();
    const mild = field(rule('years-on-platform'), 'Mild concern up to (years)');
    type(mild, '7');
    await saveRules();
    expect(text('rule-problems')).not.toBeNull();
    type(mild, '3');
    expect(text('rule-problems')).toBeNull();
    await saveRules();
    expect(deps.settings.save).toHaveBeenCalledOnce();
  });

  it('resets one rule to its defaults, leaving the others as typed', async () => {
    const judge = structuredClone(DEFAULT_JUDGE_SETTINGS);
    judge.rules['response-time'] = { enabled: false, weight: 3, concernAboveHours: 48, goodAtMostHours: 12 };
    judge.rules['response-rate'].weight = 2;
    const { area } = await mountOptions({ settings: { version: SETTINGS_VERSION, judge } });
    const time = rule('response-time');
    expect(field(time, 'Slow above (hours)').value).toBe('48');
    expect(button('Reset', rule('response-rate')).disabled).toBe(false);
    await click(button('Reset', time));
    expect(field(time, 'Slow above (hours)').value).toBe('24');
    expect(time.querySelector<HTMLInputElement>('input[role=switch]')?.checked).toBe(true);
    expect(button('Reset', time).disabled).toBe(true);
    await saveRules();
    expect(savedJudge(area.data).rules['response-time']).toEqual(
      DEFAULT_JUDGE_SETTINGS.rules['response-time'],
    );
    expect(savedJudge(area.data).rules['response-rate'].weight).toBe(2);
  });

  it('resets every rule and the levels to the defaults', async () => {
    const judge = structuredClone(DEFAULT_JUDGE_SETTINGS);
    judge.rules['on-time-delivery'].dangerBelow = 0.5;
    judge.levels = { medium: 20, high: 90 };
    judge.minimumEvidence = 5;
    const { area } = await mountOptions({ settings: { version: SETTINGS_VERSION, judge } });
    expect(field(rule('levels'), 'Medium risk from (points)').value).toBe('20');
    await click(button('Reset all rules to defaults'));
    expect(field(rule('levels'), 'Medium risk from (points)').value).toBe('40');
    expect(field(rule('on-time-delivery'), 'Danger below (%)').value).toBe('60');
    await saveRules();
    expect(savedJudge(area.data)).toEqual(DEFAULT_JUDGE_SETTINGS);
  });

  it('keeps unsaved rule edits when another section saves', async () => {
    await mountOptions();
    const slow = field(rule('response-time'), 'Slow above (hours)');
    type(slow, '36');
    const inputs = root.querySelectorAll<HTMLInputElement>('[data-testid="add-target"] input');
    type(inputs[0]!, 'sofa');
    type(inputs[1]!, '100');
    await submit($('[data-testid="add-target"]'));
    expect(text('message')).toBe('Added a target for "sofa".');
    expect(field(rule('response-time'), 'Slow above (hours)').value).toBe('36');
  });

  it('shows the problem the background reports', async () => {
    const { deps } = await mountOptions();
    deps.settings.save.mockResolvedValueOnce({ ok: false, error: 'The browser has no more room.' });
    type(field(rule('response-time'), 'Slow above (hours)'), '36');
    await saveRules();
    expect(text('message')).toBe('The browser has no more room.');
    expect(text('rules')).toContain('Unsaved changes');
  });
});
