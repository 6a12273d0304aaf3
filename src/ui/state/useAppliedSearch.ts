import { useEffect, useState } from 'react';
import type { SearchClient } from '../../search/searchClient';
import type { MonthRange } from '../../view/timeline';

/**
 * The ids the applied search (Enter in the box, or `q=` in the link) matches
 * in the time range, as the worker answers; null with no search, and until
 * the first answer comes (the map shows everything meanwhile).
 */
export function useAppliedSearch(
  search: SearchClient | null,
  query: string | null,
  time: MonthRange | null,
): ReadonlySet<string> | null {
  const [answer, setAnswer] = useState<{ query: string; ids: ReadonlySet<string> } | null>(null);
  useEffect(() => {
    if (!search || !query) return;
    let live = true;
    void search.search('filter', query, time).then((found) => {
      if (live && found) setAnswer({ query, ids: new Set(found.ids) });
    });
    return () => {
      live = false;
    };
  }, [search, query, time]);
  return query && answer?.query === query ? answer.ids : null;
}
