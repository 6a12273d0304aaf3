import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';

export interface VirtualListProps<T> {
  items: T[];
  keyOf: (item: T) => string;
  renderRow: (item: T) => ReactNode;
  labelledBy: string;
  /** Row height in pixels; rows are clipped to it. */
  rowHeight: number;
  /** Scrolled into view when it changes. */
  current: string | null;
}

/**
 * A long list in its own scrolling box, drawing only the rows in view
 * (TanStack Virtual). Each row says its place in the whole list, so a screen
 * reader still announces "1,204 of 100,000".
 */
export function VirtualList<T>({
  items,
  keyOf,
  renderRow,
  labelledBy,
  rowHeight,
  current,
}: VirtualListProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack's documented use; nothing here is memoised
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  useEffect(() => {
    if (!current) return;
    const index = items.findIndex((item) => keyOf(item) === current);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [current, items, keyOf, virtualizer]);
  return (
    <div ref={scroller} className="virtual-list" tabIndex={-1}>
      <ul
        aria-labelledby={labelledBy}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index]!;
          return (
            <li
              key={keyOf(item)}
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              className="virtual-list__row"
              style={{ transform: `translateY(${row.start}px)`, height: rowHeight }}
            >
              {renderRow(item)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
