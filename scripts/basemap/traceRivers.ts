/**
 * Names a river on unnamed river lines: the course from its first stop to its
 * last through the stops between, as the shortest path through the lines'
 * network. GSHHG's WDBII rivers come cut into many pieces (at every bin edge
 * and junction) and without names; the stops, taken from a cited page, say
 * which of the pieces are the river.
 */
import distance from '@turf/distance';
import { point } from '@turf/helpers';
import simplify from '@turf/simplify';
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import PathFinderModule from 'geojson-path-finder';

export interface RiverStop {
  name: string;
  /** [lng, lat] */
  at: Position;
}

// The package is CommonJS with its class on `default`: Node's import hands over the module object.
const PathFinder = ((PathFinderModule as unknown as { default?: typeof PathFinderModule })
  .default ?? PathFinderModule) as typeof PathFinderModule;

/** How far a stop may lie from the nearest river line, in km: a town on a river is rarely on its centre line. */
export const STOP_SNAP_KM = 8;
/** Pieces that end this close (in degrees, about 10 m) are joined. */
const JOIN_TOLERANCE = 1e-4;
/**
 * A piece that ends this close to another piece (in km) is joined to it by a
 * straight stretch: WDBII's pieces miss each other by a few hundred metres at
 * many junctions and bin edges, which would cut a course in two.
 */
export const GAP_KM = 1.5;
/** Douglas–Peucker tolerance, in degrees (about 150 m): finer than a pixel at zoom 9. */
const SIMPLIFY_TOLERANCE = 0.0015;

/**
 * The lines of `gmt coast -M` output: one line per segment, a segment
 * starting at each `>` header.
 *
 * @example parseGmtLines('> River Bin # 1, Level 1\n40 36\n40.1 36.1\n') // [[[40, 36], [40.1, 36.1]]]
 */
export function parseGmtLines(text: string): Position[][] {
  const lines: Position[][] = [];
  let current: Position[] | null = null;
  for (const row of text.split('\n')) {
    const trimmed = row.trim();
    if (trimmed.startsWith('>')) {
      current = [];
      lines.push(current);
    } else if (trimmed && current) {
      const [lng, lat] = trimmed.split(/\s+/).map(Number);
      if (Number.isFinite(lng) && Number.isFinite(lat)) current.push([lng!, lat!]);
    }
  }
  return lines.filter((line) => line.length >= 2);
}

export type TraceResult =
  { ok: true; line: Position[]; lengthKm: number } | { ok: false; message: string };

/**
 * The river's course through `lines`, stop by stop; an error names the stop
 * that is too far from every line, or the two stops no line joins.
 *
 * @example traceRiver([[[0, 0], [1, 0]], [[1, 0], [2, 0]]], [{ name: 'a', at: [0, 0] }, { name: 'b', at: [2, 0.01] }]) // { ok: true, line: [[0, 0], [1, 0], [2, 0]], … }
 */
export function traceRiver(lines: Position[][], stops: RiverStop[]): TraceResult {
  const network: FeatureCollection<LineString> = {
    type: 'FeatureCollection',
    features: [...lines, ...bridges(lines)].map((coordinates) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'LineString', coordinates },
    })),
  };
  const finder = new PathFinder(network, { tolerance: JOIN_TOLERANCE });
  const vertices = lines.flat();
  const snapped: Position[] = [];
  for (const stop of stops) {
    const nearest = nearestVertex(vertices, stop.at);
    if (!nearest || nearest.km > STOP_SNAP_KM)
      return {
        ok: false,
        message: `stop "${stop.name}" is ${nearest ? nearest.km.toFixed(1) : '∞'} km from the nearest river line (at most ${STOP_SNAP_KM} km)`,
      };
    snapped.push(nearest.at);
  }
  const course: Position[] = [];
  let lengthKm = 0;
  for (let i = 1; i < snapped.length; i++) {
    const path = finder.findPath(point(snapped[i - 1]!), point(snapped[i]!));
    if (!path)
      return {
        ok: false,
        message: `no river line joins "${stops[i - 1]!.name}" and "${stops[i]!.name}"`,
      };
    lengthKm += path.weight;
    course.push(...(i === 1 ? path.path : path.path.slice(1)));
  }
  return { ok: true, line: course, lengthKm };
}

/** The line thinned for the screen and rounded to 4 decimals (about 10 m). */
export function simplifyCourse(line: Position[]): Position[] {
  const simplified = simplify(
    { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: line } },
    { tolerance: SIMPLIFY_TOLERANCE, highQuality: true },
  ) as Feature<LineString>;
  return simplified.geometry.coordinates.map(([lng, lat]) => [round4(lng!), round4(lat!)]);
}

const round4 = (value: number) => Math.round(value * 1e4) / 1e4;

/** Straight joins from each loose end to the nearest point of another piece within GAP_KM. */
function bridges(lines: Position[][]): Position[][] {
  // Compared in degrees first (cheap), then in km; a degree of latitude is 111 km.
  const reach = GAP_KM / 111 / Math.cos((40 * Math.PI) / 180);
  const joins: Position[][] = [];
  lines.forEach((line, i) => {
    for (const end of [line[0]!, line[line.length - 1]!]) {
      let best: { at: Position; d: number } | null = null;
      lines.forEach((other, j) => {
        if (j === i) return;
        for (const vertex of other) {
          const d = Math.hypot(vertex[0]! - end[0]!, vertex[1]! - end[1]!);
          if (d <= reach && (!best || d < best.d)) best = { at: vertex, d };
        }
      });
      const found = best as { at: Position; d: number } | null;
      if (found && found.d > 0 && distance(end, found.at) <= GAP_KM) joins.push([end, found.at]);
    }
  });
  return joins;
}

function nearestVertex(vertices: Position[], at: Position): { at: Position; km: number } | null {
  let best: { at: Position; km: number } | null = null;
  for (const vertex of vertices) {
    const km = distance(at, vertex);
    if (!best || km < best.km) best = { at: vertex, km };
  }
  return best;
}
