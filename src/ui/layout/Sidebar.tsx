import { Suspense, useCallback, useMemo } from 'react';
import { later } from '../../loading/later';
import { activeTools } from '../../view/appState';
import { layerCounts, layerInfos, type LayerId } from '../../view/layers';
import { LabelKey } from '../LabelKey';
import { LayerPanel } from '../LayerPanel';
import { useApp } from '../state/AppContext';
import { ToolBar } from '../ToolBar';

const SidebarLists = later.lazyPart('sidebarLists', 'SidebarLists');

/**
 * The left column: what the link could not read, the tools, the layers, and
 * (just after the first view) the basemap, your layers, the list and the sources.
 */
export function Sidebar() {
  const { state, ignored, dispatch, actions, layers, index, afterFirstView } = useApp();
  const infos = useMemo(() => layerInfos(layers), [layers]);
  const counts = useMemo(() => layerCounts(layers), [layers]);
  const toggleLayer = useCallback(
    (layer: LayerId, visible: boolean) => dispatch({ type: 'toggleLayer', layer, visible }),
    [dispatch],
  );
  return (
    <nav id="sidebar" className="sidebar" aria-label="Layers and sources" tabIndex={-1}>
      {ignored.length > 0 && (
        <p className="notice" role="status">
          Part of the link was not understood and was ignored: {ignored.join(', ')}.
        </p>
      )}
      <ToolBar
        active={activeTools(state)}
        unavailable={new Set(index.hasWalks ? [] : (['walk'] as const))}
        onToggle={actions.toggleTool}
      />
      <LayerPanel
        layers={infos}
        counts={counts}
        visible={state.link.layers}
        onToggle={toggleLayer}
        onZoomTo={actions.zoomToLayer}
      />
      <LabelKey />
      {afterFirstView && (
        <Suspense fallback={null}>
          <SidebarLists />
        </Suspense>
      )}
    </nav>
  );
}
