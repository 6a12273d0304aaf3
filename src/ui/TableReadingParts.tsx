/** A table on its way in: the progress of its reading, and the column picker when its header names no coordinates. */
import { useId, useState } from 'react';
import type { ColumnRoles } from '../data/table/columns';
import type { ColumnsToPick, TableBeingRead } from './useImportedLayers';

/** A table being read: a progress bar and a way to stop. */
export function TableProgress({ entry }: { entry: TableBeingRead }) {
  const id = useId();
  return (
    <div className="import-progress">
      <label htmlFor={id}>Reading “{entry.fileName}”…</label>
      <progress id={id} max={1} value={entry.fraction} />
      <button
        type="button"
        className="link-button"
        onClick={entry.cancel}
        aria-label={`Cancel reading ${entry.fileName}`}
      >
        Cancel
      </button>
    </div>
  );
}

const PICKED: { role: keyof ColumnRoles; label: string; required: boolean }[] = [
  { role: 'lat', label: 'Latitude', required: true },
  { role: 'lon', label: 'Longitude', required: true },
  { role: 'name', label: 'Name or location', required: false },
  { role: 'date', label: 'Date', required: false },
];

/** The header did not say where the coordinates are: the user says. */
export function PickColumns({
  entry,
  onPick,
  onCancel,
}: {
  entry: ColumnsToPick;
  onPick: (roles: Partial<ColumnRoles>) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [picked, setPicked] = useState<Partial<Record<keyof ColumnRoles, number>>>({});
  const ready = picked.lat !== undefined && picked.lon !== undefined && picked.lat !== picked.lon;
  return (
    <form
      className="import-pick"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) onPick(picked);
      }}
    >
      <p id={`${id}-title`}>
        <strong>Which columns of “{entry.fileName}” hold what?</strong> No column is named like a
        latitude or a longitude.
      </p>
      {PICKED.map(({ role, label, required }) => (
        <label key={role} className="import-pick__field">
          {label}
          {required ? '' : ' (optional)'}{' '}
          <select
            value={picked[role] ?? ''}
            onChange={(event) =>
              setPicked((current) => ({
                ...Object.fromEntries(Object.entries(current).filter(([key]) => key !== role)),
                ...(event.target.value === '' ? {} : { [role]: Number(event.target.value) }),
              }))
            }
          >
            <option value="">{required ? 'Pick a column' : 'None'}</option>
            {entry.header.map((name, index) => (
              <option key={index} value={index}>
                {name === '' ? `Column ${index + 1}` : name}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="submit" disabled={!ready}>
        Read with these columns
      </button>{' '}
      <button type="button" className="link-button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
