import type { DragEvent } from 'react';
import type { DeliveredCorpus } from '../data/compiled';
import { MapStage } from './layout/MapStage';
import { ReaderSlot } from './layout/ReaderSlot';
import { Sidebar } from './layout/Sidebar';
import { TimelineSlot } from './layout/TimelineSlot';
import { TopBar } from './layout/TopBar';
import { AppProvider } from './state/AppProvider';
import { useApp } from './state/AppContext';

/** The whole app for one compiled corpus: its state (AppProvider) and its layout. */
export function Crossings({ corpus }: { corpus: DeliveredCorpus }) {
  return (
    <AppProvider corpus={corpus}>
      <Layout />
    </AppProvider>
  );
}

/**
 * The page: the search bar on top; the sidebar (tools, layers, list,
 * sources) on the left; the map with its notices, tool cards and the
 * timeline in the middle; the reader on the right when a source is open.
 * Files dragged over the page can be dropped anywhere on it.
 */
function Layout() {
  const { state, dispatch, imports, index } = useApp();
  const { link, local } = state;
  const reading = link.source !== null && index.sourcesById.has(link.source);
  const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');
  return (
    <div
      className={`crossings ${reading ? 'crossings--reading' : ''} ${local.sidebarOpen ? 'crossings--sidebar-open' : ''}`}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        dispatch({ type: 'dragFiles', over: true });
      }}
      onDragLeave={(event) => {
        if (event.relatedTarget === null) dispatch({ type: 'dragFiles', over: false });
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        dispatch({ type: 'dragFiles', over: false });
        void imports.addFiles(event.dataTransfer.files);
      }}
    >
      {local.dropping && (
        <div className="drop-overlay" aria-hidden="true">
          Drop GeoJSON files to add them as layers
        </div>
      )}
      <TopBar />
      <Sidebar />
      <main className="map-area">
        <MapStage />
        <TimelineSlot />
      </main>
      <ReaderSlot />
    </div>
  );
}
