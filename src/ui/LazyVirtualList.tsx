import { lazy, Suspense } from 'react';
import type { VirtualListProps } from './VirtualList';

/** Lists at least this long draw only the rows in view: 100,000 buttons would take seconds. */
export const VIRTUAL_FROM = 150;

// TanStack Virtual is only fetched for a list long enough to need it.
const LazyList = lazy(() => import('./VirtualList'));

export function VirtualList<T>(props: VirtualListProps<T>) {
  return (
    <Suspense fallback={<p role="status">Loading {props.items.length} rows…</p>}>
      <LazyList {...(props as unknown as VirtualListProps<unknown>)} />
    </Suspense>
  );
}
