import { useCallback } from 'react';
import type { SearchHit } from '../../search/hits';
import { focusMapFeature } from '../../map/RovingFocus';
import { SearchBox } from '../SearchBox';
import { useApp } from '../state/AppContext';

/** The skip link, the title, the search box and, on a phone, the button that opens the sidebar. */
export function TopBar() {
  const { search, state, dispatch, time, map } = useApp();
  const choose = useCallback(
    (hit: SearchHit) =>
      dispatch(
        hit.kind === 'source'
          ? { type: 'openSource', sourceId: hit.id }
          : { type: 'selectFeature', featureId: hit.id },
      ),
    [dispatch],
  );
  const want = useCallback(() => dispatch({ type: 'wantSearch' }), [dispatch]);
  const apply = useCallback(
    (query: string | null) => dispatch({ type: 'applyQuery', query }),
    [dispatch],
  );
  return (
    <header className="topbar">
      <a
        className="skip-link"
        href="#map"
        onClick={(event) => {
          event.preventDefault();
          if (map) focusMapFeature(map);
        }}
      >
        Skip to the map
      </a>
      <h1>Crossings</h1>
      <SearchBox
        search={search}
        time={time}
        appliedQuery={state.link.query}
        onWant={want}
        onChoose={choose}
        onApply={apply}
      />
      <button
        type="button"
        className="topbar__toggle"
        aria-expanded={state.local.sidebarOpen}
        aria-controls="sidebar"
        onClick={() => dispatch({ type: 'toggleSidebar' })}
      >
        Layers &amp; sources
      </button>
    </header>
  );
}
