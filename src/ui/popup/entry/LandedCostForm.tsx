import { useId, useMemo, useState } from 'preact/hooks';
import { landedCost } from '../../../shortlist/landed-cost';
import type { SavedOffer } from '../../../shortlist/entry';
import type { EntryPatch } from '../../../shortlist/patch';
import { formatMoney } from '../format';
import {
  DRAFT_FIELDS,
  FIELD_LABEL,
  MONEY_FIELDS,
  draftFor,
  readDraft,
  type DraftField,
  type LandedCostDraft,
} from './landed-cost-draft';

interface Props {
  offer: SavedOffer;
  currency: string;
  apply(patch: EntryPatch, done: string): Promise<boolean>;
}

/**
 * What one order of this offer costs delivered: price × quantity plus
 * freight, insurance, duty, broker, other fees and a contingency, totalled
 * as the buyer types, in the offer's currency.
 */
export function LandedCostForm({ offer, currency, apply }: Props) {
  const [draft, setDraft] = useState<LandedCostDraft>(() => draftFor(offer));
  const read = useMemo(() => readDraft(draft), [draft]);
  const cost = read.ok ? landedCost(read.inputs) : null;
  const id = useId();

  const setField = (field: DraftField, value: string) =>
    setDraft((now) => ({ ...now, fields: { ...now.fields, [field]: value } }));

  return (
    <form
      class="landed"
      data-testid="landed-cost"
      onSubmit={(event) => {
        event.preventDefault();
        if (read.ok)
          void apply(
            { kind: 'landed-cost', productId: offer.productId, inputs: read.inputs },
            'Landed cost saved.',
          );
      }}
    >
      <div class="landed__grid">
        {DRAFT_FIELDS.map((field) => (
          <label key={field} class="landed__field">
            <span>
              {FIELD_LABEL[field]}
              {MONEY_FIELDS.has(field) ? ` (${currency})` : ''}
            </span>
            <input
              type="text"
              inputMode="decimal"
              name={field}
              value={draft.fields[field]}
              onInput={(event) => setField(field, event.currentTarget.value)}
            />
          </label>
        ))}
        <label class="landed__field landed__field--wide">
          <span>Duty charged on</span>
          <select
            name="dutyBase"
            value={draft.dutyBase}
            onChange={(event) =>
              setDraft((now) => ({ ...now, dutyBase: event.currentTarget.value === 'cif' ? 'cif' : 'goods' }))
            }
          >
            <option value="goods">The goods (customs value, as in the US)</option>
            <option value="cif">Goods + freight + insurance (CIF, as in the EU)</option>
          </select>
        </label>
      </div>
      <div class="landed__result" id={`${id}-result`} aria-live="polite" data-testid="landed-result">
        {cost ? (
          <>
            <p class="landed__total">
              Total <strong data-testid="landed-total">{formatMoney(cost.total, currency)}</strong> ·{' '}
              <strong data-testid="landed-per-unit">{formatMoney(cost.perUnit, currency)}</strong> per unit
            </p>
            <p class="detail__muted">
              Goods {formatMoney(cost.goods, currency)} · Duty {formatMoney(cost.duty, currency)} ·
              Contingency {formatMoney(cost.contingency, currency)}
            </p>
          </>
        ) : (
          <p class="popup__status popup__status--error">{read.ok ? null : read.problem}</p>
        )}
      </div>
      <div class="landed__actions">
        <button type="submit" class="popup__button" disabled={!read.ok} aria-describedby={`${id}-result`}>
          Save landed cost
        </button>
        {offer.landedCost ? (
          <button
            type="button"
            class="popup__button popup__button--quiet"
            onClick={() => {
              setDraft(draftFor({ ...offer, landedCost: null }));
              void apply(
                { kind: 'landed-cost', productId: offer.productId, inputs: null },
                'Landed cost cleared.',
              );
            }}
          >
            Clear
          </button>
        ) : null}
      </div>
    </form>
  );
}
