import { Suspense, useCallback, useMemo } from 'react';
import { later } from '../../loading/later';
import { CrossingsMap } from '../../map/CrossingsMap';
import type { MapContent } from '../../map/MapContent';
import { MeasureClicks } from '../../map/MeasureClicks';
import type { MapView } from '../../view/urlState';
import { FEATURE_POPUPS } from '../popups/popupContent';
import { delivery } from '../state/delivery';
import { useApp } from '../state/AppContext';
import { BasemapNoticeSlot, FilterNotice } from './MapNotices';
import { ToolCards } from './ToolCards';

const ImportedLayersSlot = later.lazyPart('importedLayers', 'default');
const WalkLayer = later.lazyPart('walkLayer', 'default');
const MeasureLayer = later.lazyPart('measureLayer', 'default');

/**
 * Back from the map to the panels: the sidebar, or on a phone (where it is a
 * closed drawer) the button that opens it.
 */
function leaveMap(): void {
  const sidebar = document.getElementById('sidebar');
  if (sidebar && sidebar.offsetParent !== null && getComputedStyle(sidebar).visibility !== 'hidden')
    sidebar.focus();
  else document.querySelector<HTMLElement>('.topbar__toggle')?.focus();
}

/** The map with everything drawn over it: the notices, the tools' layers and their cards. */
export function MapStage() {
  const { corpus, state, dispatch, shown, updating, walk, imports, setMap, afterFirstView } =
    useApp();
  const { link, local } = state;
  const select = useCallback(
    (featureId: string | null) => dispatch({ type: 'selectFeature', featureId }),
    [dispatch],
  );
  const content: MapContent = useMemo(
    () => ({ ...FEATURE_POPUPS, onSelect: select, loadBasemap: delivery.basemap, leaveMap }),
    [select],
  );
  const moveView = useCallback((view: MapView) => dispatch({ type: 'moveView', view }), [dispatch]);
  const tilesFailed = useCallback(() => dispatch({ type: 'tilesFailed' }), [dispatch]);
  const builtinFailed = useCallback(
    (detail: string) => dispatch({ type: 'builtinFailed', detail }),
    [dispatch],
  );
  const walkStep = walk && link.walk ? walk.steps[link.walk.step] : undefined;
  return (
    <div className="map-stage">
      {afterFirstView && <FilterNotice />}
      <CrossingsMap
        layers={shown}
        updating={updating}
        visible={link.layers}
        focus={corpus.focus}
        wholeStory={corpus.bbox}
        initialView={link.view}
        selected={link.feature}
        onSelect={select}
        onViewChange={moveView}
        mapRef={setMap}
        basemap={local.basemap}
        onTilesFailed={tilesFailed}
        onBasemapError={builtinFailed}
        content={content}
        overview={afterFirstView}
      >
        <Suspense fallback={null}>
          {(imports.layers.length > 0 || imports.tables.length > 0) && <ImportedLayersSlot />}
          {walkStep && <WalkLayer step={walkStep} />}
          {local.measure && <MeasureLayer points={local.measure} />}
        </Suspense>
        {local.measure && (
          <MeasureClicks onPick={(point) => dispatch({ type: 'addMeasurePoint', point })} />
        )}
      </CrossingsMap>
      {/* In the first view's code: when the tiles fail early, the notice must not wait for a chunk. */}
      {local.basemapNotice && <BasemapNoticeSlot />}
      <ToolCards />
    </div>
  );
}
