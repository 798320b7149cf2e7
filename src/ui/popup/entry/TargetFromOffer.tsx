import { useId, useState } from 'preact/hooks';
import type { TargetPrice } from '../../../prices/observation';
import type { SavedUnitPrice } from '../../../shortlist/entry';
import { formatMoney } from '../format';

interface Props {
  title: string | null;
  unitPrice: SavedUnitPrice;
  /** Saves the target; true when it was saved (the detail shows the outcome). */
  setTarget(target: TargetPrice): Promise<boolean>;
}

/** Product words a title suggests: its first few words, lower case, without model numbers. */
export function suggestedProductWords(title: string | null): string {
  const words = (title ?? '').toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? [];
  return words.slice(0, 3).join(' ');
}

/**
 * This offer's price as the buyer's target for a kind of product: later
 * offers whose titles hold the words are held to it first (the price
 * benchmark's most trusted source).
 */
export function TargetFromOffer({ title, unitPrice, setTarget }: Props) {
  const [product, setProduct] = useState(() => suggestedProductWords(title));
  const id = useId();
  const price = `${formatMoney(unitPrice.value, unitPrice.currency)} per ${unitPrice.unit}`;
  const submit = (event: Event) => {
    event.preventDefault();
    const words = product.trim();
    if (words === '') return;
    void setTarget({
      product: words,
      price: unitPrice.value,
      currency: unitPrice.currency,
      unit: unitPrice.unit,
    });
  };
  return (
    <details class="offers__target" data-testid="target-from-offer">
      <summary>Use this price as my target</summary>
      <form class="offers__target-form" onSubmit={submit}>
        <label for={id}>Offers whose titles hold these words</label>
        <input
          id={id}
          value={product}
          maxLength={100}
          required
          onInput={(e) => setProduct(e.currentTarget.value)}
        />
        <p class="detail__muted">will be compared with {price} first. Change or remove it in the options.</p>
        <button type="submit" class="popup__button">
          Save target
        </button>
      </form>
    </details>
  );
}
