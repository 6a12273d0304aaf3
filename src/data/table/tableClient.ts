/**
 * Reading a table in a worker of its own, one per file: the page sends the
 * bytes and gets back progress and the reading; cancelling ends the worker,
 * so an abandoned 100 MB parse stops costing anything at once.
 */
import type { ColumnRoles } from './columns';
import type { TableError, TableReading } from './readTable';
import type { FromTableWorker, ReadTableRequest } from './tableProtocol';

export interface ReadInWorkerOptions {
  roles?: Partial<ColumnRoles>;
  onProgress?: (fraction: number) => void;
  /** Aborting ends the worker; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
}

/** Made by the caller, so the bundler sees the `new Worker(new URL(…))` it emits a script for. */
export type MakeWorker = () => Worker;

export const makeTableWorker: MakeWorker = () =>
  new Worker(new URL('./tableWorker.ts', import.meta.url), { type: 'module', name: 'table' });

export function readTableInWorker(
  bytes: ArrayBuffer,
  options: ReadInWorkerOptions = {},
  makeWorker: MakeWorker = makeTableWorker,
): Promise<TableReading | TableError> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(abortError());
    const worker = makeWorker();
    const finish = () => {
      worker.terminate();
      options.signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(abortError());
    };
    options.signal?.addEventListener('abort', abort);
    worker.onmessage = (event: MessageEvent<FromTableWorker>) => {
      const message = event.data;
      if (message.type === 'progress') options.onProgress?.(message.fraction);
      else {
        finish();
        if (message.type === 'done') resolve(message.result);
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'The table reader stopped.'));
    };
    const request: ReadTableRequest = {
      type: 'read',
      bytes,
      ...(options.roles ? { roles: options.roles } : {}),
    };
    worker.postMessage(request, [bytes]);
  });
}

function abortError(): DOMException {
  return new DOMException('The import was cancelled.', 'AbortError');
}
