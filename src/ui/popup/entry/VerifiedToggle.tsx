import { formatDate } from '../format';

interface Props {
  verifiedAt: number | null;
  onChange(verified: boolean): void;
}

/** "I have verified this supplier": the buyer's own check, which its badges then show. */
export function VerifiedToggle({ verifiedAt, onChange }: Props) {
  return (
    <div class="detail__field">
      <label class="detail__check">
        <input
          type="checkbox"
          checked={verifiedAt !== null}
          data-testid="verified-toggle"
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        I have verified this supplier
      </label>
      <p class="detail__muted">
        {verifiedAt !== null
          ? `Marked verified on ${formatDate(verifiedAt)}; its badges say so.`
          : 'Once you have checked it yourself (licence, visit, inspection), its badges will say so.'}
      </p>
    </div>
  );
}
