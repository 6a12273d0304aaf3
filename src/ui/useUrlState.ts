import { useCallback, useEffect, useRef, useState } from 'react';
import { parseUrlState, serializeUrlState, type KnownIds, type UrlState } from '../view/urlState';

export type HistoryMode = 'push' | 'replace';

/**
 * The shareable state, kept in the query string. Selections push a history
 * entry (so Back undoes them); map moves and layer toggles replace it.
 */
export function useUrlState(known: KnownIds): {
  state: UrlState;
  ignored: string[];
  update: (patch: Partial<UrlState>, mode: HistoryMode) => void;
} {
  const [initial] = useState(() => parseUrlState(window.location.search, known));
  const [state, setState] = useState(initial.state);
  const stateRef = useRef(state);

  const update = useCallback((patch: Partial<UrlState>, mode: HistoryMode) => {
    const next = { ...stateRef.current, ...patch };
    stateRef.current = next;
    const url = `${window.location.pathname}${serializeUrlState(next)}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    // The view is read once, when the map is made: a move need not re-render the app.
    const onlyView = Object.keys(patch).every((key) => key === 'view');
    if (!onlyView) setState(next);
  }, []);

  useEffect(() => {
    const restore = () => {
      const next = parseUrlState(window.location.search, known).state;
      stateRef.current = next;
      setState(next);
    };
    window.addEventListener('popstate', restore);
    return () => window.removeEventListener('popstate', restore);
  }, [known]);

  return { state, ignored: initial.ignored, update };
}
