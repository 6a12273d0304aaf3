import type { BasemapChoice } from '../map/CrossingsMap';

export type BasemapNoticeKind = 'tiles-failed' | 'builtin-failed';

/** The basemap switch, beside the layer switches: tiles from the network, or the one built in. */
export function BasemapPicker({
  choice,
  onChoose,
}: {
  choice: BasemapChoice;
  onChoose: (choice: BasemapChoice) => void;
}) {
  const option = (value: BasemapChoice, label: string) => (
    <label className="basemap-picker__option">
      <input
        type="radio"
        name="basemap"
        value={value}
        checked={choice === value}
        onChange={() => onChoose(value)}
      />{' '}
      {label}
    </label>
  );
  return (
    <fieldset className="basemap-picker">
      <legend>Basemap</legend>
      {option('tiles', 'OpenStreetMap tiles (online)')}
      {option('builtin', 'Built-in Natural Earth map (works offline)')}
    </fieldset>
  );
}

/** Says why the map looks different, and offers the way back. */
export function BasemapNotice({
  kind,
  detail,
  onRetryTiles,
  onDismiss,
}: {
  kind: BasemapNoticeKind;
  detail: string | null;
  onRetryTiles: () => void;
  onDismiss: () => void;
}) {
  return (
    <div className="map-notice" role="status">
      <p>
        {kind === 'tiles-failed'
          ? 'Map tiles could not be loaded (offline, blocked or refused), so the map shows the built-in Natural Earth basemap.'
          : `The built-in basemap could not be loaded either${detail ? ` (${detail})` : ''}; the features are still drawn.`}
      </p>
      {kind === 'tiles-failed' && (
        <button type="button" className="link-button" onClick={onRetryTiles}>
          Try the tiles again
        </button>
      )}
      <button
        type="button"
        className="map-notice__close"
        onClick={onDismiss}
        aria-label="Dismiss this notice"
      >
        ×
      </button>
    </div>
  );
}
