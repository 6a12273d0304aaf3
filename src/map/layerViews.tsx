/**
 * How each layer of the layer table (view/layers.ts) is drawn. Typed by layer
 * id, so a new row in the table does not compile until it has a view here.
 */
import type { ReactElement } from 'react';
import type { LayerId, MapLayers } from '../view/layers';
import { BorderLayer } from './BorderLayer';
import { IncidentsLayer } from './IncidentsLayer';
import { PlacesLayer } from './PlacesLayer';
import { RouteLayer } from './RouteLayer';

export interface LayerViewProps {
  /** The features shown (after the filter), by list. */
  layers: MapLayers;
  selected: string | null;
  /** The layers switched on: an area counts its incidents only while the Incidents layer is. */
  visible: ReadonlySet<LayerId>;
}

const NO_STOPS: never[] = [];
const NO_INCIDENTS: never[] = [];

export const LAYER_VIEWS: Record<LayerId, (props: LayerViewProps) => ReactElement> = {
  cities: ({ layers, selected }) => (
    <PlacesLayer places={layers.cities} symbol="city" selected={selected} />
  ),
  'border-towns': ({ layers, selected }) => (
    <PlacesLayer places={layers['border-towns']} symbol="border-town" selected={selected} />
  ),
  areas: ({ layers, selected, visible }) => (
    <PlacesLayer
      places={layers.areas}
      symbol="area"
      selected={selected}
      incidentsHere={visible.has('incidents') ? layers['area-incidents'] : NO_INCIDENTS}
    />
  ),
  route: ({ layers }) => <RouteLayer routes={layers.route} stops={layers['route-stops']} />,
  flows: ({ layers }) => <RouteLayer routes={layers.flows} stops={NO_STOPS} />,
  incidents: ({ layers, selected }) => (
    <IncidentsLayer incidents={layers.incidents} selected={selected} />
  ),
  border: ({ layers }) => <BorderLayer borders={layers.border} />,
};
