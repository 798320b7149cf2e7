import type { ProfileChange } from '../../../shortlist/changes';

/** Changes a later visit showed (years down, a badge gone, a new name, a lower rating), newest first. */
export function RedFlags({ changes }: { changes: ProfileChange[] }) {
  if (changes.length === 0) return null;
  const danger = changes.some((change) => change.severity === 'danger');
  return (
    <section
      class={`red-flags red-flags--${danger ? 'danger' : 'warning'}`}
      aria-labelledby="red-flags-title"
      data-testid="red-flags"
    >
      <h4 id="red-flags-title">Changed since you saved it</h4>
      <ul>
        {changes.map((change, index) => (
          <li key={`${change.field}-${change.seenAt}-${index}`} class={`red-flags__item--${change.severity}`}>
            {change.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
