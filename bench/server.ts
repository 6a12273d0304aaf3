/** The benchmark's one local origin for the app, its data and the peer page. */
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';

/** One origin: / the app, /data/ the current corpus, /peer/ the plain Leaflet page. */
export function serve(
  site: string,
  out: string,
): { server: Server; setData: (dir: string) => void; url: string } {
  let data = '';
  const app = sirv(site, { dev: false, etag: false, single: false });
  const peer = sirv('bench/peer', { dev: true });
  const leaflet = sirv('node_modules/leaflet/dist', { dev: true });
  let dataHandler = sirv(out, { dev: true });
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    const next = () => {
      response.statusCode = 404;
      response.end();
    };
    if (url.startsWith('/peer/leaflet/')) {
      request.url = url.slice('/peer/leaflet'.length);
      return leaflet(request, response, next);
    }
    if (url.startsWith('/peer/points.geojson')) {
      request.url = '/points.geojson';
      return dataHandler(request, response, next);
    }
    if (url.startsWith('/peer/')) {
      request.url = url.slice('/peer'.length);
      return peer(request, response, next);
    }
    if (url.startsWith('/data/')) {
      request.url = url.slice('/data'.length);
      return dataHandler(request, response, next);
    }
    return app(request, response, next);
  });
  server.listen(4174, '127.0.0.1');
  return {
    server,
    url: 'http://127.0.0.1:4174',
    setData(dir) {
      data = dir;
      dataHandler = sirv(data, { dev: true });
    },
  };
}
