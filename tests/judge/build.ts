import { DEFAULT_JUDGE_SETTINGS } from '../../src/judge/rule-settings';
import type { JudgeSettings, RuleId, RuleSettingsMap } from '../../src/judge/rule-settings';
import { NO_CONTEXT, type ListingContext, type RuleOutcome } from '../../src/judge/rule';
import { RULES } from '../../src/judge/rules';
import { emptySupplier } from '../../src/signals/empty-supplier';
import type { Listing } from '../../src/signals/listing';
import type { Supplier } from '../../src/signals/supplier';

/** A supplier that shows nothing except what the test sets. */
export function supplier(fields: Partial<Supplier> = {}): Supplier {
  return { ...emptySupplier(), ...fields };
}

/** A listing with no text of its own and an empty supplier unless the test says otherwise. */
export function listing(fields: Partial<Listing> = {}): Listing {
  return {
    productId: '1600000000001',
    title: null,
    url: null,
    price: null,
    moq: null,
    supplier: supplier(),
    paymentTerms: [],
    ...fields,
  };
}

/** Default settings with one rule's settings changed. */
export function withRule<Id extends RuleId>(
  id: Id,
  change: Partial<RuleSettingsMap[Id]>,
  base: JudgeSettings = DEFAULT_JUDGE_SETTINGS,
): JudgeSettings {
  return { ...base, rules: { ...base.rules, [id]: { ...base.rules[id], ...change } } };
}

/** One rule's outcomes under default settings (or the settings given). */
export function runRule<Id extends RuleId>(
  id: Id,
  input: Supplier | Listing,
  settings: JudgeSettings = DEFAULT_JUDGE_SETTINGS,
  context: ListingContext = NO_CONTEXT,
): RuleOutcome[] {
  const rule = RULES[id];
  const ruleSettings: RuleSettingsMap[Id] = settings.rules[id];
  if (rule.appliesTo === 'supplier')
    return rule.evaluate('supplier' in input ? input.supplier : input, ruleSettings, context);
  if (!('supplier' in input)) throw new Error(`${id} reads a listing`);
  return rule.evaluate(input, ruleSettings, context);
}

/** What a table row expects from one rule: nothing, or one outcome of this tone, severity and sign. */
export type Expected = 'none' | `${'concern' | 'good'}:${'info' | 'warning' | 'danger'}`;

export function summary(outcomes: readonly RuleOutcome[]): Expected {
  const first = outcomes[0];
  if (first === undefined) return 'none';
  return `${first.tone}:${first.severity}`;
}
