import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Where the list was left: the row with focus, and how far it was scrolled. */
export interface ListPosition {
  active: number;
  scrollTop: number;
}

interface Props<T> {
  items: readonly T[];
  /** Every row is this tall (px): what lets the list place rows without measuring them. */
  rowHeight: number;
  /** The visible height (px). Given, not measured, so the first paint needs no layout pass. */
  height: number;
  /** Rows drawn beyond each edge, so a fast scroll doesn't show blanks. */
  overscan?: number;
  label: string;
  /** Unique in the page: the rows' ids start with it. */
  idPrefix: string;
  initial?: ListPosition;
  /** Puts focus on the active row once drawn (coming back from an entry's details). */
  focusOnMount?: boolean;
  rowKey(item: T): string;
  renderRow(item: T): ComponentChildren;
  onOpen(index: number): void;
  /** Told as the buyer moves, so the list can be put back where it was. */
  onPosition?(position: ListPosition): void;
}

/**
 * A list that draws only the rows in view (and a few around them), so ten
 * thousand entries cost what twenty do. A listbox: arrow keys, Page Up/Down,
 * Home and End move between rows, Enter opens one. The row with focus is
 * always drawn, even scrolled out of view, so focus is never lost.
 */
export function VirtualList<T>(props: Props<T>) {
  const { items, rowHeight, height, overscan = 4, idPrefix } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(props.initial?.scrollTop ?? 0);
  const [active, setActive] = useState(clamp(props.initial?.active ?? 0, items.length));
  const focusNext = useRef(props.focusOnMount ?? false);
  const current = clamp(active, items.length);

  useLayoutEffect(() => {
    // Only the starting position is applied here; later ones come from the buyer's scrolling or moveTo.
    // A new list starts at the top already: setting scrollTop would force a layout before the first paint.
    if (scroller.current && scrollTop > 0) scroller.current.scrollTop = scrollTop;
  }, []);

  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    scroller.current?.querySelector<HTMLElement>(`#${idPrefix}-${current}`)?.focus();
  });

  useEffect(() => props.onPosition?.({ active: current, scrollTop }), [current, scrollTop]);

  const visibleRows = Math.max(1, Math.floor(height / rowHeight));
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const drawn: number[] = [];
  if (current < first && items.length > 0) drawn.push(current);
  for (let index = first; index < last; index++) drawn.push(index);
  if (current >= last && items.length > 0) drawn.push(current);

  const moveTo = (index: number) => {
    const next = clamp(index, items.length);
    let top = scrollTop;
    if (next * rowHeight < top) top = next * rowHeight;
    else if ((next + 1) * rowHeight > top + height) top = (next + 1) * rowHeight - height;
    if (scroller.current) scroller.current.scrollTop = top;
    setScrollTop(top);
    setActive(next);
    focusNext.current = true;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const step: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + visibleRows,
      PageUp: current - visibleRows,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key in step) {
      event.preventDefault();
      moveTo(step[event.key] as number);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (items.length > 0) props.onOpen(current);
    }
  };

  return (
    <div
      ref={scroller}
      class="vlist"
      style={{ height: `${Math.min(height, items.length * rowHeight)}px` }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div
        role="listbox"
        aria-label={props.label}
        class="vlist__rows"
        style={{ height: `${items.length * rowHeight}px` }}
        onKeyDown={onKeyDown}
      >
        {drawn.map((index) => {
          const item = items[index] as T;
          return (
            <div
              key={props.rowKey(item)}
              id={`${idPrefix}-${index}`}
              role="option"
              class="vlist__row"
              aria-selected={index === current}
              aria-setsize={items.length}
              aria-posinset={index + 1}
              tabIndex={index === current ? 0 : -1}
              data-index={index}
              style={{ top: `${index * rowHeight}px`, height: `${rowHeight}px` }}
              onClick={() => {
                setActive(index);
                props.onOpen(index);
              }}
            >
              {props.renderRow(item)}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function clamp(index: number, count: number): number {
  return Math.max(0, Math.min(index, count - 1));
}
