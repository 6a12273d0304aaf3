/**
 * Which column of an event table is what: latitude and longitude, a date (or
 * a start and an end), a name or location, and a geographic precision code,
 * told by the names analysts' tools give them (ACLED's and UCDP's exports,
 * GeoNames', spreadsheets' own). A column no rule names stays a plain
 * property; when the coordinates cannot be told, the user picks them.
 */

export type ColumnRole = 'lat' | 'lon' | 'date' | 'start' | 'end' | 'name' | 'precision';

export type ColumnRoles = Record<ColumnRole, number | null>;

/** Header names by role, folded as `foldHeader` folds them; the earlier name wins a tie. */
const NAMES: Record<ColumnRole, readonly string[]> = {
  lat: ['latitude', 'lat', 'decimallatitude', 'latdd', 'latdeg', 'y', 'ycoord', 'ycoordinate'],
  lon: [
    'longitude',
    'lon',
    'lng',
    'long',
    'decimallongitude',
    'londd',
    'londeg',
    'x',
    'xcoord',
    'xcoordinate',
  ],
  date: ['eventdate', 'date', 'day', 'datetime', 'timestamp', 'when', 'reporteddate'],
  // Not plain "from" and "to": a route table's are places.
  start: ['startdate', 'datestart', 'start', 'datefrom', 'begin', 'begindate'],
  end: ['enddate', 'dateend', 'end', 'dateto', 'until'],
  // A row's own name first (a Crossings export has one), else where it happened (ACLED's `location`).
  name: [
    'name',
    'title',
    'placename',
    'location',
    'place',
    'locality',
    'site',
    'town',
    'city',
    'village',
    'wherecoordinates',
  ],
  precision: ['geoprecision', 'geoprecisioncode', 'precision', 'locationprecision', 'whereprec'],
};

/** Lower case, letters and digits only: "Event Date", "event_date" and "EVENT-DATE" are one name. */
export function foldHeader(header: string): string {
  return header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * @example detectColumns(['event_date', 'location', 'latitude', 'longitude', 'geo_precision'])
 *   // { lat: 2, lon: 3, date: 0, start: null, end: null, name: 1, precision: 4 }
 */
export function detectColumns(header: readonly string[]): ColumnRoles {
  const folded = header.map(foldHeader);
  const taken = new Set<number>();
  const find = (role: ColumnRole): number | null => {
    for (const name of NAMES[role]) {
      const index = folded.findIndex((column, i) => column === name && !taken.has(i));
      if (index >= 0) {
        taken.add(index);
        return index;
      }
    }
    return null;
  };
  // Coordinates first: a column called "long" is a longitude, not a name.
  const lat = find('lat');
  const lon = find('lon');
  const start = find('start');
  const end = find('end');
  return {
    lat,
    lon,
    // A start and an end together are the date; a lone start or end is no span.
    date: find('date'),
    start: start !== null && end !== null ? start : null,
    end: start !== null && end !== null ? end : null,
    name: find('name'),
    precision: find('precision'),
  };
}
