/**
 * The benchmark's one local origin for the app, its data and the peer page,
 * serving gzip as any real static host would (each file compressed once,
 * beside itself), so both pages are measured on the bytes a user downloads.
 */
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

const COMPRESSIBLE = /\.(html|js|css|json|geojson|txt|svg)$/;

/** Writes `<file>.gz` beside every compressible file under `dir`. */
export async function precompress(dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  await Promise.all(
    entries
      .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
      .map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        await writeFile(`${path}.gz`, gzipSync(await readFile(path)));
      }),
  );
}

/** The peer page with its own copy of Leaflet 1.9, compressed like the app. */
export async function preparePeer(out: string): Promise<string> {
  const dir = join(out, 'peer');
  await cp('bench/peer', dir, { recursive: true });
  await cp('node_modules/leaflet/dist', join(dir, 'leaflet'), { recursive: true });
  await precompress(dir);
  return dir;
}

/** One origin: / the app, /data/ the current corpus, /peer/ the plain Leaflet page (and its points). */
export function serve(
  site: string,
  peerDir: string,
): { server: Server; setData: (dir: string) => void; url: string } {
  const options = { dev: false, etag: false, gzip: true } as const;
  const app = sirv(site, options);
  const peer = sirv(peerDir, options);
  let data = sirv(site, options);
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    const next = () => {
      response.statusCode = 404;
      response.end();
    };
    if (url.startsWith('/peer/points.geojson')) {
      request.url = '/points.geojson';
      return data(request, response, next);
    }
    if (url.startsWith('/peer/')) {
      request.url = url.slice('/peer'.length);
      return peer(request, response, next);
    }
    if (url.startsWith('/data/')) {
      request.url = url.slice('/data'.length);
      return data(request, response, next);
    }
    return app(request, response, next);
  });
  server.listen(4174, '127.0.0.1');
  return {
    server,
    url: 'http://127.0.0.1:4174',
    setData(dir) {
      data = sirv(dir, options);
    },
  };
}
