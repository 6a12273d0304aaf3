import type { Map as LeafletMap } from 'leaflet';
import { useMemo, useRef } from 'react';
import { captureOpener, returnFocus } from '../../dom/focusReturn';
import { activeTools, type Action, type AppState, type ToolId } from '../../view/appState';
import type { CorpusIndex } from '../../view/corpusIndex';
import { layerBbox, type MapLayers } from '../../view/layers';
import { walkStart } from '../../view/routeWalk';
import { toolButtonId } from '../ToolBar';
import type { ImportedLayers } from '../useImportedLayers';
import type { AppActions } from './AppContext';

interface ActionInputs {
  dispatch: (action: Action) => void;
  state: AppState;
  layers: MapLayers;
  index: CorpusIndex;
  map: LeafletMap | null;
  imports: ImportedLayers;
}

/** The app's actions that reach beyond its state: they move the map, or focus, then dispatch. */
export function useAppActions({
  dispatch,
  state,
  layers,
  index,
  map,
  imports,
}: ActionInputs): AppActions {
  // Where focus goes back to when the user's feature opened from its list closes.
  const importOpener = useRef<HTMLElement | null>(null);
  const { hidden, toggle } = imports;
  const active = activeTools(state);
  const activeKey = [...active].join(',');
  return useMemo(() => {
    const flyToBox: AppActions['flyToBox'] = ([west, south, east, north], maxZoom) => {
      map?.flyToBounds(
        [
          [south, west],
          [north, east],
        ],
        { padding: [48, 48], maxZoom, duration: 0.5 },
      );
      dispatch({ type: 'closeSidebar' });
    };
    const closeTool = (id: ToolId) => {
      dispatch({ type: 'closeTool', tool: id });
      returnFocus(() => document.getElementById(toolButtonId(id)));
    };
    const isActive = new Set(activeKey.split(','));
    return {
      flyToBox,
      zoomToLayer(id) {
        const box = layerBbox(layers, id);
        if (!box || !map) return;
        dispatch({ type: 'toggleLayer', layer: id, visible: true });
        flyToBox(box, 10);
      },
      zoomToImported: (layer) => flyToBox(layer.bbox, 12),
      closeTool,
      toggleTool(id) {
        if (isActive.has(id)) return closeTool(id);
        if (id === 'walk') {
          const [first] = index.walks();
          if (first) dispatch({ type: 'startWalk', walk: { walkId: first.id, step: 0 } });
        } else if (id === 'measure') dispatch({ type: 'openMeasure' });
        else dispatch({ type: 'openPanel', panel: id });
      },
      walkRoute(routeId) {
        const start = walkStart(index.walks(), routeId);
        if (start)
          dispatch({ type: 'startWalk', walk: { walkId: start.walk.id, step: start.step } });
      },
      addMapCentre() {
        if (!map) return;
        const centre = map.getCenter();
        dispatch({ type: 'addMeasurePoint', point: [centre.lat, centre.lng] });
      },
      openImportedFeature(key, fromList) {
        const layerId = key.slice(0, key.lastIndexOf(':'));
        if (hidden.has(layerId)) toggle(layerId, true);
        importOpener.current = fromList ? captureOpener() : null;
        dispatch({ type: 'openImported', key, fromList });
      },
      closeImportedFeature(key) {
        dispatch({ type: 'closeImported', key });
        returnFocus(importOpener.current);
        importOpener.current = null;
      },
    };
  }, [dispatch, layers, index, map, hidden, toggle, activeKey]);
}
