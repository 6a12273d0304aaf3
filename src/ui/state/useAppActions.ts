import type { Map as LeafletMap } from 'leaflet';
import { useLayoutEffect, useMemo, useRef } from 'react';
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

/**
 * The app's actions that reach beyond its state: they move the map, or
 * focus, then dispatch. Stable for the app's life (they read the latest
 * state through a ref), so memoised panels and the popups' context do not
 * redraw when a tool opens or a layer of the user's is hidden.
 */
export function useAppActions(inputs: ActionInputs): AppActions {
  const latest = useRef(inputs);
  useLayoutEffect(() => {
    latest.current = inputs;
  });
  // Where focus goes back to when the user's feature opened from its list closes.
  const importOpener = useRef<HTMLElement | null>(null);
  const { dispatch } = inputs;
  return useMemo(() => {
    const flyToBox: AppActions['flyToBox'] = ([west, south, east, north], maxZoom) => {
      latest.current.map?.flyToBounds(
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
    return {
      flyToBox,
      zoomToLayer(id) {
        const box = layerBbox(latest.current.layers, id);
        if (!box || !latest.current.map) return;
        dispatch({ type: 'toggleLayer', layer: id, visible: true });
        flyToBox(box, 10);
      },
      zoomToImported: (layer) => flyToBox(layer.bbox, 12),
      closeTool,
      toggleTool(id) {
        if (activeTools(latest.current.state).has(id)) return closeTool(id);
        if (id === 'walk') {
          const [first] = latest.current.index.walks();
          if (first)
            dispatch({ type: 'startWalk', walk: { walkId: first.id, step: 0 }, fromTool: true });
        } else if (id === 'measure') dispatch({ type: 'openMeasure' });
        else dispatch({ type: 'openPanel', panel: id });
      },
      walkRoute(routeId) {
        const start = walkStart(latest.current.index.walks(), routeId);
        if (start)
          dispatch({
            type: 'startWalk',
            walk: { walkId: start.walk.id, step: start.step },
            fromTool: false,
          });
      },
      addMapCentre() {
        const centre = latest.current.map?.getCenter();
        if (centre) dispatch({ type: 'addMeasurePoint', point: [centre.lat, centre.lng] });
      },
      openImportedFeature(key, fromList) {
        const { hidden, toggle } = latest.current.imports;
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
  }, [dispatch]);
}
