/**
 * An imported table's worker: it reads the file off the main thread (a
 * 100 MB file takes seconds), then keeps what the page asks of the table
 * while it is on the map: its cluster index (supercluster) and its names. It
 * is a script of the build's own: the Content-Security-Policy allows no
 * `blob:` worker, which is how Papa Parse would start one itself.
 */
import Supercluster from 'supercluster';
import { foldForSearch } from './tableSearch';
import { cellText, readTable } from './readTable';
import { keepsRow, type RowFilter } from './rowFilter';
import { transferablesOf, type FromTableWorker, type ToTableWorker } from './tableProtocol';

const post = (message: FromTableWorker, transfer: Transferable[] = []) =>
  self.postMessage(message, { transfer });

/** Rows stop clustering here, as the app's own incidents do. */
const MAX_CLUSTER_ZOOM = 14;

/** Every placed row's position and days, kept here (the page gets the originals). */
let rows: { lat: Float64Array; lon: Float64Array; start: Int32Array; end: Int32Array } | null =
  null;
/** The cluster index of the rows a time range keeps, and that range's key. */
let clusters: {
  key: string;
  index: Supercluster<{ index: number }, Record<string, never>>;
} | null = null;
/** The category columns' codes by column, kept here (the page gets the originals). */
let categoryCodes = new Map<number, Uint8Array>();
/** The name column's cells, folded for search, by placed row. */
let names: string[] = [];
/** Of several map questions waiting, only the newest is answered (the map has moved on). */
let waiting: Extract<ToTableWorker, { type: 'clusters' }> | null = null;

self.onmessage = (event: MessageEvent<ToTableWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'read') read(message);
    else if (message.type === 'clusters') {
      if (waiting) post({ type: 'clusters', seq: waiting.seq, markers: [] });
      waiting = message;
      setTimeout(() => {
        try {
          answerWaiting();
        } catch (error) {
          post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
        }
      });
    } else answerSearch(message);
  } catch (error) {
    // Only a fault of the worker itself (out of memory, say) gets here: a file's content never throws.
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};

function read(message: Extract<ToTableWorker, { type: 'read' }>): void {
  const result = readTable(new Uint8Array(message.bytes), {
    ...(message.roles ? { roles: message.roles } : {}),
    onProgress: (fraction) => post({ type: 'progress', fraction: fraction * 0.9 }),
  });
  if (!('code' in result)) {
    const { placed, roles } = result;
    rows = {
      lat: placed.lat.slice(),
      lon: placed.lon.slice(),
      start: placed.start.slice(),
      end: placed.end.slice(),
    };
    categoryCodes = new Map(
      result.categories.map((category) => [category.column, category.codes.slice()]),
    );
    indexFor(null, null);
    post({ type: 'progress', fraction: 0.97 });
    const column = roles.name === null ? null : placed.cells[roles.name]!;
    names = column
      ? Array.from({ length: placed.count }, (_, i) => foldForSearch(cellText(column, i)))
      : [];
  }
  post({ type: 'done', result }, transferablesOf(result));
}

/** The index of the rows `days` and `hide` keep, built once per range and choice. */
function indexFor(days: [number, number] | null, hide: { column: number; codes: number[] } | null) {
  const filter = filterFor(days, hide);
  const key = `${days ? days.join('/') : 'all'}|${filter.codes ? `${hide!.column}:${[...filter.hidden].sort().join(',')}` : ''}`;
  if (clusters?.key === key) return clusters.index;
  const { lat, lon, start, end } = rows!;
  const points = [];
  for (let i = 0; i < lat.length; i++) {
    if (!keepsRow(start, end, i, filter)) continue;
    points.push({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [lon[i]!, lat[i]!] },
      properties: { index: i },
    });
  }
  // Radius in supercluster's 512-unit tiles: 120 is 60 screen pixels on Leaflet's 256-pixel tiles.
  const index = new Supercluster<{ index: number }, Record<string, never>>({
    radius: 120,
    maxZoom: MAX_CLUSTER_ZOOM,
  });
  index.load(points);
  clusters = { key, index };
  return index;
}

function answerWaiting(): void {
  const message = waiting;
  waiting = null;
  if (!message) return;
  if (!rows) return post({ type: 'clusters', seq: message.seq, markers: [] });
  const index = indexFor(message.days, message.hide);
  const markers = index.getClusters(message.bbox, Math.round(message.zoom)).map((item) => {
    const [lon, lat] = item.geometry.coordinates as [number, number];
    const properties = item.properties as {
      cluster_id?: number;
      point_count?: number;
      index?: number;
    };
    return properties.cluster_id !== undefined
      ? {
          lat,
          lon,
          count: properties.point_count!,
          clusterId: properties.cluster_id,
          index: null,
          expandsAt: index.getClusterExpansionZoom(properties.cluster_id),
        }
      : { lat, lon, count: 1, clusterId: null, index: properties.index!, expandsAt: null };
  });
  post({ type: 'clusters', seq: message.seq, markers });
}

function filterFor(
  days: [number, number] | null,
  hide: { column: number; codes: number[] } | null,
): RowFilter {
  const codes = hide && hide.codes.length > 0 ? (categoryCodes.get(hide.column) ?? null) : null;
  return { days, codes, hidden: new Set(codes ? hide!.codes : []) };
}

function answerSearch(message: Extract<ToTableWorker, { type: 'search' }>): void {
  const term = foldForSearch(message.text).trim();
  const indexes: number[] = [];
  let total = 0;
  const filter = filterFor(message.days, message.hide);
  if (term !== '' && rows)
    for (let i = 0; i < names.length; i++)
      if (names[i]!.includes(term) && keepsRow(rows.start, rows.end, i, filter)) {
        total++;
        if (indexes.length < message.limit) indexes.push(i);
      }
  post({ type: 'search', seq: message.seq, indexes, total });
}
