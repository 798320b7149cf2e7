import type { AllowedSupplier } from '../../storage/settings-change';
import { localDay } from './local-day';

/** The suppliers the buyer marked "I have verified this supplier", each with an undo. */
export function AllowlistSection(props: {
  allowlist: AllowedSupplier[];
  onUndo(supplier: AllowedSupplier): Promise<boolean>;
}) {
  const newestFirst = [...props.allowlist].sort((a, b) => b.verifiedAt - a.verifiedAt);
  return (
    <section id="verified" data-testid="allowlist">
      <h2>Suppliers you verified</h2>
      <p class="options__help">
        Suppliers you checked for yourself. Their badges say so; undo a mark here when it no longer holds.
      </p>
      {newestFirst.length === 0 ? (
        <p class="options__empty">
          No verified suppliers yet. To mark one, open the popup, find the supplier in your shortlist and
          choose “I have verified this supplier”.
        </p>
      ) : (
        <table class="options__table">
          <thead>
            <tr>
              <th>Supplier</th>
              <th>Key</th>
              <th>Verified since</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((supplier) => (
              <tr key={supplier.key}>
                <td>{supplier.name ?? supplier.key}</td>
                <td class="options__key">{supplier.key}</td>
                <td>{localDay(supplier.verifiedAt)}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Undo: ${supplier.name ?? supplier.key} is no longer marked verified`}
                    onClick={() => void props.onUndo(supplier)}
                  >
                    Undo
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
