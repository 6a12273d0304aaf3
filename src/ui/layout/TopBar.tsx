import { useCallback, useMemo } from 'react';
import type { SearchHit } from '../../search/hits';
import { focusMapFeature } from '../../map/RovingFocus';
import { daysOfRange } from '../../view/timeline';
import { searchImported } from '../importedSearch';
import { SearchBox } from '../SearchBox';
import { useApp } from '../state/AppContext';

/** Rows of the user's tables listed in the search box: the first few, and how many more. */
const IMPORTED_HITS = 5;

/** The skip link, the title, the search box and, on a phone, the button that opens the sidebar. */
export function TopBar() {
  const { search, state, dispatch, time, map, imports, actions } = useApp();
  const shownTables = useMemo(
    () => imports.tables.filter((table) => !imports.hidden.has(table.id)),
    [imports.tables, imports.hidden],
  );
  const findImported = useMemo(
    () =>
      shownTables.length > 0
        ? (text: string) =>
            searchImported(shownTables, text, IMPORTED_HITS, daysOfRange(time), imports.styles)
        : undefined,
    [shownTables, time, imports.styles],
  );
  const choose = useCallback(
    (hit: SearchHit) => {
      if (hit.kind === 'imported') {
        const cut = hit.id.lastIndexOf(':');
        const table = shownTables.find((candidate) => candidate.id === hit.id.slice(0, cut));
        const index = Number(hit.id.slice(cut + 1));
        if (table && map)
          map.setView(
            [table.reading.placed.lat[index]!, table.reading.placed.lon[index]!],
            Math.max(map.getZoom(), 10),
          );
        actions.openImportedFeature(hit.id, true);
        return;
      }
      dispatch(
        hit.kind === 'source'
          ? { type: 'openSource', sourceId: hit.id }
          : { type: 'selectFeature', featureId: hit.id },
      );
    },
    [dispatch, shownTables, map, actions],
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
        searchImported={findImported}
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
