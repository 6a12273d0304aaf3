import type { Map as LeafletMap } from 'leaflet';
import { createContext, useContext } from 'react';
import type { DeliveredCorpus } from '../../data/compiled';
import type { IncidentDetailsStore } from '../../data/incidentDetails';
import type { SearchClient } from '../../search/searchClient';
import type { Action, AppState, ToolId } from '../../view/appState';
import type { CorpusIndex } from '../../view/corpusIndex';
import type { FeatureFilter } from '../../view/filters';
import type { LayerId, MapLayers } from '../../view/layers';
import type { RouteWalk } from '../../view/routeWalk';
import type { MonthRange } from '../../view/timeline';
import type { ImportedLayers } from '../useImportedLayers';

/** What the app does that reaches beyond its state: the map, loading, focus. */
export interface AppActions {
  /** Flies to [west, south, east, north] and, on a phone, closes the sidebar to show the map. */
  flyToBox(box: [number, number, number, number], maxZoom: number): void;
  /** Switches a layer on and flies to its features. */
  zoomToLayer(id: LayerId): void;
  /** Flies to a file of the user's: anything with a [west, south, east, north] box. */
  zoomToImported(layer: { bbox: [number, number, number, number] }): void;
  /** Opens a tool's view, or closes it (focus back on its button) if it is open. */
  toggleTool(id: ToolId): void;
  closeTool(id: ToolId): void;
  /** Starts the route walk a route belongs to, at that route's first leg. */
  walkRoute(routeId: string): void;
  /** The measure tool by keyboard: the point under the map's centre. */
  addMapCentre(): void;
  /** Opens a feature of the user's layers; from the list, focus returns there after. */
  openImportedFeature(key: string, fromList: boolean): void;
  closeImportedFeature(key: string): void;
}

/** Everything a part of the app reads, and the ways it changes things. */
export interface AppModel {
  corpus: DeliveredCorpus;
  /** Every feature, by layer list. */
  layers: MapLayers;
  index: CorpusIndex;
  /** Incidents' excerpts, figures and notes, fetched when first needed. */
  details: IncidentDetailsStore;
  /** The search worker's client; null until search is wanted. */
  search: SearchClient | null;
  state: AppState;
  /** Fields of the opening link that could not be read. */
  ignored: readonly string[];
  dispatch: (action: Action) => void;
  actions: AppActions;
  /** The time range in effect, clamped to the extent. */
  time: MonthRange | null;
  /** The months of the corpus's dated features and of the user's dated tables; null when nothing is dated. */
  extent: MonthRange | null;
  /** Ids the applied search matched; null with no search, or until the worker answers. */
  matches: ReadonlySet<string> | null;
  filter: FeatureFilter;
  /** The features the filter lets through: what the map, the list and the export show. */
  shown: MapLayers;
  /** True while `shown` still lags behind `filter` (a deferred render): the map and list say they are busy. */
  updating: boolean;
  /** The route walk the link names, if any. */
  walk: RouteWalk | undefined;
  /** False for the first render: the sidebar's lists, the notices and the timeline come just after. */
  afterFirstView: boolean;
  imports: ImportedLayers;
  map: LeafletMap | null;
  setMap: (map: LeafletMap | null) => void;
}

export const AppContext = createContext<AppModel | null>(null);

/**
 * The app's state, what is derived from it, and how to change it, for any
 * part of the layout.
 */
export function useApp(): AppModel {
  const model = useContext(AppContext);
  if (!model)
    throw new Error(
      'useApp() must be used inside <AppProvider> (see src/ui/state/AppProvider.tsx).',
    );
  return model;
}
