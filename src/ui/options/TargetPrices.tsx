import type { TargetPrice } from '../../prices/observation';
import { TargetPriceForm } from './TargetPriceForm';

/** The buyer's target prices: listed, removable, and a form to add one. */
export function TargetPrices(props: {
  targets: TargetPrice[];
  onChange(targets: TargetPrice[], done: string): Promise<boolean>;
}) {
  return (
    <section id="targets" data-testid="targets">
      <h2>Target prices</h2>
      <p class="options__help">
        The price you expect to pay per unit for a kind of product. An offer whose title has all the product
        words is compared with your target before anything else.
      </p>
      {props.targets.length === 0 ? (
        <p class="options__empty">No target prices yet.</p>
      ) : (
        <table class="options__table">
          <thead>
            <tr>
              <th>Product words</th>
              <th>Target price</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {props.targets.map((target, index) => (
              <tr key={`${target.product}-${index}`}>
                <td>{target.product}</td>
                <td>
                  {target.price} {target.currency} per {target.unit}
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={`Remove the target for ${target.product}`}
                    onClick={() =>
                      void props.onChange(
                        props.targets.filter((_, i) => i !== index),
                        `Removed the target for "${target.product}".`,
                      )
                    }
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <TargetPriceForm
        onAdd={(target) =>
          props.onChange([...props.targets, target], `Added a target for "${target.product}".`)
        }
      />
    </section>
  );
}
