/** The page's side of the GeoJSON worker: one worker per file, ended when it answers. */
import type { ReadGeoJsonRequest } from './geojsonWorker';
import type { ImportResult } from './importTypes';

export { sizeError, MAX_IMPORT_BYTES } from './importLimits';

export function readGeoJsonInWorker(
  bytes: ArrayBuffer,
  fileName: string,
  layerId: string,
): Promise<ImportResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./geojsonWorker.ts', import.meta.url), {
      type: 'module',
      name: 'geojson',
    });
    const done = (result: ImportResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<ImportResult>) => done(event.data);
    worker.onerror = (event) =>
      done({
        error: {
          code: 'unreadable',
          fileName,
          message: `The file could not be read (${event.message || 'the reader stopped'}).`,
        },
      });
    const request: ReadGeoJsonRequest = { bytes, fileName, layerId };
    worker.postMessage(request, [bytes]);
  });
}
