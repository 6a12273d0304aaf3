import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import {
  HISTORY,
  initialState,
  type Action,
  type AppState,
  type RevealContext,
} from '../../view/appState';
import { reduce } from '../../view/appReducer';
import { parseUrlState, serializeUrlState, type KnownIds } from '../../view/urlState';

export interface AppStore {
  state: AppState;
  /** Fields of the opening link that could not be read, by name. */
  ignored: readonly string[];
  /** Stable for the app's life: safe in effects and memoised callbacks. */
  dispatch: (action: Action) => void;
}

/**
 * The one owner of the app's state: the reducer of view/appState.ts, with
 * the link part written to the URL as `HISTORY` says and restored by Back
 * and Forward. `reveal` holds what the reducer needs to reveal a feature,
 * as of the latest render.
 */
export function useAppStore(known: KnownIds, reveal: RefObject<RevealContext>): AppStore {
  const [initial] = useState(() => initialState(window.location.search, known));
  const [state, setState] = useState(initial.state);
  const stateRef = useRef(state);

  const dispatch = useCallback(
    (action: Action) => {
      const previous = stateRef.current;
      const next = reduce(previous, action, reveal.current);
      if (next === previous) return;
      stateRef.current = next;
      const mode = HISTORY[action.type];
      if (mode && next.link !== previous.link) {
        const url = `${window.location.pathname}${serializeUrlState(next.link)}${window.location.hash}`;
        if (mode === 'push') window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
      // The map reads the view once, when it is made: a move need not re-render the app.
      if (action.type !== 'moveView') setState(next);
    },
    [reveal],
  );

  useEffect(() => {
    const restore = () =>
      dispatch({ type: 'restoreLink', link: parseUrlState(window.location.search, known).state });
    window.addEventListener('popstate', restore);
    return () => window.removeEventListener('popstate', restore);
  }, [known, dispatch]);

  return { state, ignored: initial.ignored, dispatch };
}
