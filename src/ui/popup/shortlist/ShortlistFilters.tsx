import { STATUS_LABEL } from '../../../shortlist/status-label';
import { STATUSES } from '../../../signals/statuses';
import type { ShortlistQuery } from '../../../shortlist/find';
import type { Level } from '../../../signals/assessment';
import { LEVEL_LABEL } from '../../level-text';

const LEVELS: Level[] = ['high', 'medium', 'low', 'unknown'];

const SORT_LABEL: Record<ShortlistQuery['sort'], string> = {
  added: 'Newest first',
  risk: 'Riskiest first',
  price: 'Lowest price first',
};

interface Props {
  query: ShortlistQuery;
  onChange(query: ShortlistQuery): void;
}

/** Search by name, tag or note; filter by status and level; sort. Every change answers at once. */
export function ShortlistFilters({ query, onChange }: Props) {
  const set = (change: Partial<ShortlistQuery>) => onChange({ ...query, ...change });
  return (
    <div class="filters" role="search">
      <label class="filters__search">
        <span class="filters__label">Search name, tag or note</span>
        <input
          type="search"
          value={query.text}
          autoComplete="off"
          spellcheck={false}
          data-testid="shortlist-search"
          onInput={(event) => set({ text: event.currentTarget.value })}
        />
      </label>
      <Choice
        label="Status"
        testId="filter-status"
        value={query.status}
        options={[['all', 'All'], ...STATUSES.map((status) => [status, STATUS_LABEL[status]] as const)]}
        onChange={(status) => set({ status })}
      />
      <Choice
        label="Risk"
        testId="filter-level"
        value={query.level}
        options={[['all', 'All'], ...LEVELS.map((level) => [level, LEVEL_LABEL[level]] as const)]}
        onChange={(level) => set({ level })}
      />
      <Choice
        label="Sort"
        testId="sort"
        value={query.sort}
        options={Object.entries(SORT_LABEL) as Array<[ShortlistQuery['sort'], string]>}
        onChange={(sort) => set({ sort })}
      />
    </div>
  );
}

/** A labelled select over a fixed set of values, each with the words it shows. */
function Choice<T extends string>(props: {
  label: string;
  testId: string;
  value: T;
  options: ReadonlyArray<readonly [T, string]>;
  onChange(value: T): void;
}) {
  return (
    <label>
      <span class="filters__label">{props.label}</span>
      <select
        value={props.value}
        data-testid={props.testId}
        onChange={(event) => props.onChange(event.currentTarget.value as T)}
      >
        {props.options.map(([value, words]) => (
          <option key={value} value={value}>
            {words}
          </option>
        ))}
      </select>
    </label>
  );
}
