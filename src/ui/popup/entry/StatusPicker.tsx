import { STATUS_LABEL } from '../../../shortlist/status-label';
import { STATUSES, type Status } from '../../../signals/statuses';

/** Where the buyer is with this supplier. */
export function StatusPicker({ status, onChange }: { status: Status; onChange(status: Status): void }) {
  return (
    <label class="detail__field detail__row">
      <span class="detail__label">Status</span>
      <select
        value={status}
        data-testid="status-picker"
        onChange={(event) => onChange(event.currentTarget.value as Status)}
      >
        {STATUSES.map((option) => (
          <option key={option} value={option}>
            {STATUS_LABEL[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
