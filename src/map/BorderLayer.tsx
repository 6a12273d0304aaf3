import { memo } from 'react';
import { LayerGroup, Polyline } from 'react-leaflet';
import type { CompiledBorder } from '../data/compiled';

const BORDER_STYLE = {
  className: 'border-line',
  color: '#222',
  weight: 2,
  opacity: 0.8,
  dashArray: '10 4 2 4',
  interactive: false,
};

/** Reference borders, drawn from Natural Earth; not a claim of any source. */
function BorderLayerView({ borders }: { borders: CompiledBorder[] }) {
  return (
    <LayerGroup>
      {borders.map((border) => (
        <Polyline
          key={border.id}
          positions={border.geometry.coordinates.map((line) =>
            line.map(([lng, lat]) => [lat!, lng!] as [number, number]),
          )}
          pathOptions={BORDER_STYLE}
        />
      ))}
    </LayerGroup>
  );
}

/** Memoised: redrawn only when its own props change, not on every change of the app's state. */
export const BorderLayer = memo(BorderLayerView);
