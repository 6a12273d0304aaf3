import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { FeatureRow, type FeatureRowsProps } from './FeatureList';

const ROW_HEIGHT = 44;

/**
 * A long group in its own scrolling box, drawing only the rows in view
 * (TanStack Virtual); each row says its place in the whole list, so a screen
 * reader still announces "row 1,204 of 100,000".
 */
export default function VirtualFeatureRows({
  items,
  labelledBy,
  selected,
  onChoose,
}: FeatureRowsProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack's documented use; nothing here is memoised
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  useEffect(() => {
    if (!selected) return;
    const index = items.findIndex((item) => item.id === selected);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selected, items, virtualizer]);
  return (
    <div ref={scroller} className="feature-list__scroller" tabIndex={-1}>
      <ul
        aria-labelledby={labelledBy}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index]!;
          return (
            <li
              key={item.id}
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              className="feature-list__virtual-row"
              style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
            >
              <FeatureRow item={item} selected={selected} onChoose={onChoose} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
