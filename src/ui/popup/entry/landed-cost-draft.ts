import { LandedCostInputsSchema, type LandedCostInputs, type SavedOffer } from '../../../shortlist/entry';

/** The form's number fields, as typed. */
export const DRAFT_FIELDS = [
  'unitPrice',
  'quantity',
  'freight',
  'insurance',
  'dutyPercent',
  'broker',
  'otherFees',
  'contingencyPercent',
] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

export interface LandedCostDraft {
  fields: Record<DraftField, string>;
  dutyBase: LandedCostInputs['dutyBase'];
}

export const FIELD_LABEL: Record<DraftField, string> = {
  unitPrice: 'Unit price',
  quantity: 'Quantity',
  freight: 'Freight',
  insurance: 'Insurance',
  dutyPercent: 'Duty %',
  broker: 'Customs broker',
  otherFees: 'Other fees',
  contingencyPercent: 'Contingency %',
};

/** Fields that are money in the offer's currency (the rest are a count or percentages). */
export const MONEY_FIELDS: ReadonlySet<DraftField> = new Set([
  'unitPrice',
  'freight',
  'insurance',
  'broker',
  'otherFees',
]);

/** The form as last saved, or else started from the offer: its unit price, at its price's quantity or its MOQ. */
export function draftFor(offer: SavedOffer): LandedCostDraft {
  const saved = offer.landedCost;
  if (saved) {
    const fields = Object.fromEntries(DRAFT_FIELDS.map((field) => [field, String(saved[field])]));
    return { fields: fields as Record<DraftField, string>, dutyBase: saved.dutyBase };
  }
  const quantity = offer.unitPrice?.quantity ?? offer.moq?.quantity ?? null;
  return {
    fields: {
      unitPrice: offer.unitPrice ? String(offer.unitPrice.value) : '',
      quantity: quantity === null ? '' : String(quantity),
      freight: '0',
      insurance: '0',
      dutyPercent: '0',
      broker: '0',
      otherFees: '0',
      contingencyPercent: '0',
    },
    dutyBase: 'goods',
  };
}

export type ReadDraft = { ok: true; inputs: LandedCostInputs } | { ok: false; problem: string };

/** The draft as numbers the calculation takes, or what to fix first. A blank fee is no fee. */
export function readDraft(draft: LandedCostDraft): ReadDraft {
  const numbers: Partial<Record<DraftField, number>> = {};
  for (const field of DRAFT_FIELDS) {
    // "2,000" and "2 000" are how people write thousands.
    const typed = draft.fields[field].replace(/[\s,]/g, '');
    const required = field === 'unitPrice' || field === 'quantity';
    if (typed === '' && required) return { ok: false, problem: `${FIELD_LABEL[field]}: enter a number.` };
    const value = typed === '' ? 0 : Number(typed);
    if (!Number.isFinite(value))
      return { ok: false, problem: `${FIELD_LABEL[field]}: “${typed}” is not a number.` };
    numbers[field] = value;
  }
  const parsed = LandedCostInputsSchema.safeParse({ ...numbers, dutyBase: draft.dutyBase });
  if (parsed.success) return { ok: true, inputs: parsed.data };
  const field = parsed.error.issues[0]?.path[0] as DraftField | undefined;
  if (field === 'unitPrice' || field === 'quantity') {
    return { ok: false, problem: `${FIELD_LABEL[field]}: must be more than 0.` };
  }
  return {
    ok: false,
    problem: `${field ? FIELD_LABEL[field] : 'A value'}: must be 0 or more, and not absurdly large.`,
  };
}
