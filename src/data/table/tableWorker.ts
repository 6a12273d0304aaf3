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
import { transferablesOf, type FromTableWorker, type ToTableWorker } from './tableProtocol';

const post = (message: FromTableWorker, transfer: Transferable[] = []) =>
  self.postMessage(message, { transfer });

/** Rows stop clustering here, as the app's own incidents do. */
const MAX_CLUSTER_ZOOM = 14;

let clusters: Supercluster<{ index: number }, Record<string, never>> | null = null;
/** The name column's cells, folded for search, by placed row. */
let names: string[] = [];

self.onmessage = (event: MessageEvent<ToTableWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'read') read(message);
    else if (message.type === 'clusters') answerClusters(message);
    else answerSearch(message);
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
    const points = new Array(placed.count);
    for (let i = 0; i < placed.count; i++)
      points[i] = {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [placed.lon[i], placed.lat[i]] },
        properties: { index: i },
      };
    // Radius in supercluster's 512-unit tiles: 120 is 60 screen pixels on Leaflet's 256-pixel tiles.
    clusters = new Supercluster({ radius: 120, maxZoom: MAX_CLUSTER_ZOOM });
    clusters.load(points);
    post({ type: 'progress', fraction: 0.97 });
    const column = roles.name === null ? null : placed.cells[roles.name]!;
    names = column
      ? Array.from({ length: placed.count }, (_, i) => foldForSearch(cellText(column, i)))
      : [];
  }
  post({ type: 'done', result }, transferablesOf(result));
}

function answerClusters(message: Extract<ToTableWorker, { type: 'clusters' }>): void {
  if (!clusters) return post({ type: 'clusters', seq: message.seq, markers: [] });
  const index = clusters;
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

function answerSearch(message: Extract<ToTableWorker, { type: 'search' }>): void {
  const term = foldForSearch(message.text).trim();
  const indexes: number[] = [];
  let total = 0;
  if (term !== '')
    for (let i = 0; i < names.length; i++)
      if (names[i]!.includes(term)) {
        total++;
        if (indexes.length < message.limit) indexes.push(i);
      }
  post({ type: 'search', seq: message.seq, indexes, total });
}
