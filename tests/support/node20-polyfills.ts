// vitest 5 prints failures with Map.groupBy, which Node 20 lacks (Node 21+ has it).
// Without this, a failing test crashes the reporter instead of being reported.
// Loaded from the vitest configs, which run in vitest's main process.
const mapWithGroupBy = Map as unknown as { groupBy?: unknown };
if (typeof mapWithGroupBy.groupBy !== 'function') {
  mapWithGroupBy.groupBy = <K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> => {
    const groups = new Map<K, T[]>();
    let index = 0;
    for (const item of items) {
      const key = keyOf(item, index++);
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
    return groups;
  };
}
const objectWithGroupBy = Object as unknown as { groupBy?: unknown };
if (typeof objectWithGroupBy.groupBy !== 'function') {
  objectWithGroupBy.groupBy = <T>(items: Iterable<T>, keyOf: (item: T, index: number) => PropertyKey) =>
    Object.fromEntries(
      (Map as unknown as { groupBy: (i: Iterable<T>, k: typeof keyOf) => Map<PropertyKey, T[]> }).groupBy(
        items,
        keyOf,
      ),
    );
}
