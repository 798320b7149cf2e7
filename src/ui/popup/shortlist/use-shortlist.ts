import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { REFERENCE_RATES, type RateTable } from '../../../prices/reference-rates';
import type { ShortlistAccess } from '../../../shortlist/access';
import type { ShortlistEntry } from '../../../shortlist/entry';
import { ShortlistIndex } from '../../../shortlist/find';
import { errorText } from '../format';
import { NO_SNAPSHOT, type FirstRowsSnapshot } from '../../../storage/shortlist-first-rows';

/** Rows read before the whole list: enough to fill the popup at once. */
export const FIRST_ROWS = 20;

export interface ShortlistState {
  /** Searchable now: over the first rows until the whole list is read, then over all of it. */
  index: ShortlistIndex | null;
  /** True once every entry is in `index`. */
  complete: boolean;
  error: string | null;
  /** Entries changed (from their details): keep the list in step without reading it all again. */
  replace(entries: readonly ShortlistEntry[]): void;
  drop(key: string): void;
  /** Reads the list again (a supplier was saved from the page). */
  reload(): void;
}

/**
 * The shortlist as the popup shows it: the newest rows first, painted at
 * once (from the snapshot of the last reading, until the database answers),
 * then the whole list, indexed once for searching as the buyer types.
 */
export function useShortlist(
  access: ShortlistAccess,
  rates: RateTable | null,
  snapshot: FirstRowsSnapshot = NO_SNAPSHOT,
): ShortlistState {
  const [firstRows, setFirstRows] = useState<ShortlistEntry[] | null>(() => snapshot.read(FIRST_ROWS));
  // True once the rows shown are the database's (read, or edited since): only those are kept as the snapshot.
  const fromStore = useRef(false);
  const [all, setAll] = useState<ShortlistEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Answers from an earlier read that arrive after a later one are dropped.
  const generation = useRef(0);

  const reload = useCallback(() => {
    const run = ++generation.current;
    const latest = () => run === generation.current;
    const fail = (failure: unknown) => latest() && setError(errorText(failure));
    const failFirst = (failure: unknown) => {
      // Rows from the snapshot must not stand beside "couldn't read your shortlist".
      if (latest() && !fromStore.current) setFirstRows(null);
      fail(failure);
    };
    // The whole list is asked for only once the first rows are in: IndexedDB answers the
    // extension's requests one after another, so a read of every entry (megabytes at 10,000
    // suppliers) asked for alongside would hold the first rows' cursor back until it is done.
    access
      .firstRows(FIRST_ROWS)
      .then((rows) => {
        if (!latest()) return;
        fromStore.current = true;
        setFirstRows(rows);
      }, failFirst)
      .then(() => latest() && access.all().then((rows) => latest() && setAll(rows), fail));
  }, [access]);
  // Started as the popup mounts, not after its first paint (useEffect waits for a frame): the
  // database opens and the first rows are read meanwhile.
  useLayoutEffect(reload, [reload]);
  useEffect(() => {
    if (fromStore.current && firstRows) snapshot.write(firstRows);
  }, [firstRows, snapshot]);

  // The whole list is indexed once the rates are known too (prices sort in dollars): indexing
  // 10,000 entries takes tens of milliseconds, too long to do twice. The first rows need no wait.
  const index = useMemo(() => {
    if (all && rates) return new ShortlistIndex(all, rates);
    return firstRows ? new ShortlistIndex(firstRows, rates ?? REFERENCE_RATES) : null;
  }, [all, firstRows, rates]);

  const edit = (change: (rows: ShortlistEntry[]) => ShortlistEntry[]) => {
    setAll((rows) => rows && change(rows));
    setFirstRows((rows) => rows && change(rows));
  };
  return {
    index,
    complete: all !== null && rates !== null,
    error,
    replace: (entries) => {
      const byKey = new Map(entries.map((entry) => [entry.key, entry]));
      edit((rows) => rows.map((row) => byKey.get(row.key) ?? row));
    },
    drop: (key) => edit((rows) => rows.filter((row) => row.key !== key)),
    reload,
  };
}
