import { use } from 'react';
import { tracked } from '../tracked';
import type { VirtualListProps } from './VirtualList';

/** Lists at least this long draw only the rows in view: 100,000 buttons would take seconds. */
export const VIRTUAL_FROM = 150;

let virtualModule: Promise<typeof import('./VirtualList')> | null = null;

/** TanStack Virtual's chunk, fetched only for a corpus with lists long enough to need it (see `prepareFor`). */
export function loadVirtualList() {
  virtualModule ??= tracked(import('./VirtualList'));
  return virtualModule;
}

export function VirtualList<T>(props: VirtualListProps<T>) {
  const { VirtualList: List } = use(loadVirtualList());
  return <List {...(props as unknown as VirtualListProps<unknown>)} />;
}
