/** Where and when a table's placed rows lie: its box for "zoom to", its days for the timeline. */
import { NO_DAY } from '../data/table/placedRows';
import { EARLIEST_DAY, LATEST_DAY } from './timeline';

/** The first and last day of the dated rows inside the timeline's bounds; null when none is. */
export function daysOf(start: Int32Array, end: Int32Array): [number, number] | null {
  let [first, last] = [Infinity, -Infinity];
  for (let i = 0; i < start.length; i++) {
    // Placeholder years (1111, 9999) are dated rows, but not where the table's time is.
    if (start[i] === NO_DAY || start[i]! < EARLIEST_DAY || end[i]! > LATEST_DAY) continue;
    if (start[i]! < first) first = start[i]!;
    if (end[i]! > last) last = end[i]!;
  }
  return first === Infinity ? null : [first, last];
}

/** [west, south, east, north] of the rows. */
export function bboxOf(lat: Float64Array, lon: Float64Array): [number, number, number, number] {
  let [west, south, east, north] = [180, 90, -180, -90];
  for (let i = 0; i < lat.length; i++) {
    if (lon[i]! < west) west = lon[i]!;
    if (lon[i]! > east) east = lon[i]!;
    if (lat[i]! < south) south = lat[i]!;
    if (lat[i]! > north) north = lat[i]!;
  }
  return [west, south, east, north];
}
