import distance from '@turf/distance';
import type { LatLngPair } from '../map/MeasureLayer';
import { closeOnEscape, PanelHeader } from './PanelHeader';

const formatPoint = ([lat, lng]: LatLngPair) =>
  `${Math.abs(lat).toFixed(4)}°${lat >= 0 ? 'N' : 'S'} ${Math.abs(lng).toFixed(4)}°${lng >= 0 ? 'E' : 'W'}`;

/** @example formatKm(48.93) // '48.9 km' */
function formatKm(km: number): string {
  return km < 10 ? `${km.toFixed(2)} km` : `${km.toFixed(1)} km`;
}

/**
 * The measure tool's readout. Points come from clicks on the map, or, for
 * keyboard users, from the map's centre after panning with the arrow keys.
 */
export default function MeasurePanel({
  points,
  onAddCentre,
  onClear,
  onClose,
}: {
  points: readonly LatLngPair[];
  onAddCentre: () => void;
  onClear: () => void;
  onClose: () => void;
}) {
  const [a, b] = points;
  const km = a && b ? distance([a[1], a[0]], [b[1], b[0]], { units: 'kilometers' }) : null;
  return (
    <section
      className="measure-panel"
      aria-labelledby="measure-title"
      onKeyDown={closeOnEscape(onClose)}
    >
      <PanelHeader id="measure-title" closeLabel="Close the measure tool" onClose={onClose}>
        Measure
      </PanelHeader>
      <p aria-live="polite" className="measure-panel__result">
        {km !== null ? (
          <>
            <strong>{formatKm(km)}</strong> great-circle distance
          </>
        ) : points.length === 1 ? (
          'Now pick the second point.'
        ) : (
          'Click two points on the map.'
        )}
      </p>
      {points.length > 0 && (
        <ol className="measure-panel__points">
          {points.map((point, i) => (
            <li key={i}>{formatPoint(point)}</li>
          ))}
        </ol>
      )}
      <p className="measure-panel__hint">
        By keyboard: focus the map, move it with the arrow keys so the cross is on a point, then add
        the centre.
      </p>
      <div className="walk__nav">
        <button type="button" onClick={onAddCentre}>
          Add the map centre
        </button>
        <button type="button" onClick={onClear} disabled={points.length === 0}>
          Start over
        </button>
      </div>
    </section>
  );
}
