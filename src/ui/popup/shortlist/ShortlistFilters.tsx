import { STATUS_LABEL } from '../../../shortlist/status-label';
import { STATUSES, type Status } from '../../../signals/statuses';
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
      <label>
        <span class="filters__label">Status</span>
        <select
          value={query.status}
          data-testid="filter-status"
          onChange={(event) => set({ status: event.currentTarget.value as Status | 'all' })}
        >
          <option value="all">All</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABEL[status]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span class="filters__label">Risk</span>
        <select
          value={query.level}
          data-testid="filter-level"
          onChange={(event) => set({ level: event.currentTarget.value as Level | 'all' })}
        >
          <option value="all">All</option>
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {LEVEL_LABEL[level]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span class="filters__label">Sort</span>
        <select
          value={query.sort}
          data-testid="sort"
          onChange={(event) => set({ sort: event.currentTarget.value as ShortlistQuery['sort'] })}
        >
          {(Object.keys(SORT_LABEL) as Array<ShortlistQuery['sort']>).map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABEL[sort]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
