import { useMemo, useRef, useState } from 'preact/hooks';
import type { RateTable } from '../../../prices/reference-rates';
import type { ShortlistAccess } from '../../../shortlist/access';
import type { ShortlistEntry } from '../../../shortlist/entry';
import { DEFAULT_QUERY, type ShortlistQuery } from '../../../shortlist/find';
import type { AllowedSupplier, SettingsChange } from '../../../storage/settings-change';
import { Deferred } from '../Deferred';
import { formatCount } from '../format';
import type { SaveSettingsResult } from '../popup-deps';
import { ShortlistFilters } from './ShortlistFilters';
import { ShortlistRow } from './ShortlistRow';
import type { ShortlistState } from './use-shortlist';
import { VirtualList, type ListPosition } from './VirtualList';

/** Fixed, so the list can be windowed without measuring rows. */
export const ROW_HEIGHT = 56;
/** Five and a half rows: the half row says there is more below. */
const LIST_HEIGHT = ROW_HEIGHT * 5.5;

interface Props {
  shortlist: ShortlistState;
  access: ShortlistAccess;
  rates: RateTable;
  allowlist: AllowedSupplier[];
  saveSettings(change: SettingsChange): Promise<SaveSettingsResult>;
  onAllowlistChange(key: string, allowed: AllowedSupplier | null): void;
}

/** The detail view loads on first open: the list's first paint doesn't need it. */
const loadEntryDetail = () => import('../entry/EntryDetail').then((module) => module.EntryDetail);

/** The shortlist: search, filters and a windowed list; one entry's details in its place when opened. */
export function ShortlistPanel(props: Props) {
  const { shortlist } = props;
  const [query, setQuery] = useState<ShortlistQuery>(DEFAULT_QUERY);
  const [open, setOpen] = useState<ShortlistEntry | null>(null);
  const [returning, setReturning] = useState(false);
  const [notice, setNotice] = useState('');
  // A new query starts the list at its top; coming back from details restores where it was.
  const [listGeneration, setListGeneration] = useState(0);
  const position = useRef<ListPosition>({ active: 0, scrollTop: 0 });
  // Changes made in the details reach the list when it is shown again: re-indexing a long
  // list after every autosave would make typing stutter.
  const changed = useRef(new Map<string, ShortlistEntry>());
  // Notes still being saved as the details close land after Back: those go straight to the list.
  const detailOpen = useRef(false);

  const results = useMemo(() => shortlist.index?.query(query) ?? [], [shortlist.index, query]);

  const changeQuery = (next: ShortlistQuery) => {
    setQuery(next);
    // Focus stays in the search box while the list redraws under it.
    setReturning(false);
    position.current = { active: 0, scrollTop: 0 };
    setListGeneration((n) => n + 1);
  };
  const back = () => {
    if (changed.current.size > 0) shortlist.replace([...changed.current.values()]);
    changed.current.clear();
    detailOpen.current = false;
    setOpen(null);
    setReturning(true);
  };

  if (open) {
    return (
      <section class="shortlist" aria-labelledby="shortlist-title">
        <h2 id="shortlist-title" class="popup__section-title">
          Shortlist
        </h2>
        <Deferred
          load={loadEntryDetail}
          fallback={<p>Opening…</p>}
          props={{
            entry: open,
            access: props.access,
            verified: props.allowlist.find((allowed) => allowed.key === open.key) ?? null,
            saveSettings: props.saveSettings,
            onVerifiedChange: props.onAllowlistChange,
            onChanged: (entry: ShortlistEntry) => {
              if (detailOpen.current) changed.current.set(entry.key, entry);
              else shortlist.replace([entry]);
            },
            onRemoved: (entry: ShortlistEntry) => {
              shortlist.drop(entry.key);
              setNotice(`Removed ${entry.name ?? 'the supplier'} from your shortlist.`);
              back();
            },
            onBack: back,
          }}
        />
      </section>
    );
  }

  const size = shortlist.index?.size ?? 0;
  const filtered = query.text.trim() !== '' || query.status !== 'all' || query.level !== 'all';
  return (
    <section class="shortlist" aria-labelledby="shortlist-title">
      <h2 id="shortlist-title" class="popup__section-title">
        Shortlist
      </h2>
      <p class="popup__status" role="status" aria-live="polite" data-testid="shortlist-notice">
        {notice}
      </p>
      {shortlist.error ? (
        <p class="popup__status popup__status--error" role="alert" data-testid="shortlist-error">
          Couldn't read your shortlist: {shortlist.error}
        </p>
      ) : null}
      {shortlist.index === null && !shortlist.error ? <p>Reading your shortlist…</p> : null}
      {shortlist.index !== null && size === 0 ? (
        <p class="shortlist__empty" data-testid="shortlist-empty">
          Your shortlist is empty. Open the risk badge on any Alibaba.com listing and choose “Save supplier to
          shortlist”, or use that button here on a product or supplier page.
        </p>
      ) : null}
      {size > 0 ? (
        <>
          <ShortlistFilters query={query} onChange={changeQuery} />
          <p class="shortlist__count" role="status" aria-live="polite" data-testid="shortlist-count">
            {shortlist.complete
              ? filtered
                ? `${formatCount(results.length)} of ${formatCount(size)} suppliers`
                : `${formatCount(size)} ${size === 1 ? 'supplier' : 'suppliers'}`
              : `The ${formatCount(size)} newest; reading the rest…`}
          </p>
          {results.length === 0 ? (
            <div class="shortlist__empty" data-testid="shortlist-no-match">
              <p>No suppliers match.</p>
              <button type="button" class="popup__link" onClick={() => changeQuery(DEFAULT_QUERY)}>
                Clear search and filters
              </button>
            </div>
          ) : (
            <VirtualList
              key={listGeneration}
              items={results}
              rowHeight={ROW_HEIGHT}
              height={LIST_HEIGHT}
              label="Shortlisted suppliers. Arrow keys move, Enter opens."
              idPrefix="shortlist-row"
              initial={position.current}
              focusOnMount={returning}
              rowKey={(entry) => entry.key}
              renderRow={(entry) => <ShortlistRow entry={entry} rates={props.rates} />}
              onPosition={(at) => (position.current = at)}
              onOpen={(index) => {
                const entry = results[index];
                if (!entry) return;
                setNotice('');
                detailOpen.current = true;
                setOpen(entry);
              }}
            />
          )}
        </>
      ) : null}
    </section>
  );
}
