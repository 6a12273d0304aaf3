/**
 * The page's side of a table's worker: read the file (with progress, and a
 * cancel that ends the worker at once, so an abandoned 100 MB parse stops
 * costing anything), then ask for the markers of a view and for rows by
 * name. Of several questions of one kind in flight, only the newest is
 * answered; the others resolve to null (the map moved on, the user typed on).
 */
import type { ColumnRoles } from './columns';
import type { TableError, TableReading } from './readTable';
import type { FromTableWorker, TableMarker, ToTableWorker } from './tableProtocol';

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

export interface TableRows {
  /** Placed rows' indexes, best first, at most the limit asked for. */
  indexes: number[];
  total: number;
}

export class TableWorker {
  private readonly worker: Worker;
  private seq = 0;
  private readonly latest = { clusters: 0, search: 0 };
  private readonly pending = new Map<number, (message: FromTableWorker) => void>();
  private reading: {
    resolve: (result: TableReading | TableError) => void;
    reject: (error: Error) => void;
    onProgress?: ((fraction: number) => void) | undefined;
  } | null = null;

  constructor(makeWorker: MakeWorker = makeTableWorker) {
    this.worker = makeWorker();
    this.worker.onmessage = (event: MessageEvent<FromTableWorker>) => this.receive(event.data);
    this.worker.onerror = (event) => {
      this.reading?.reject(new Error(event.message || 'The table reader stopped.'));
      this.reading = null;
    };
  }

  read(bytes: ArrayBuffer, options: ReadInWorkerOptions = {}): Promise<TableReading | TableError> {
    return new Promise((resolve, reject) => {
      if (options.signal?.aborted) {
        this.close();
        return reject(abortError());
      }
      options.signal?.addEventListener('abort', () => {
        if (!this.reading) return;
        this.reading = null;
        this.close();
        reject(abortError());
      });
      this.reading = { resolve, reject, onProgress: options.onProgress };
      this.send({ type: 'read', bytes, ...(options.roles ? { roles: options.roles } : {}) }, [
        bytes,
      ]);
    });
  }

  /** The markers of a view ([west, south, east, north] at a zoom), of the rows `days` keeps. */
  clusters(
    bbox: [number, number, number, number],
    zoom: number,
    days: [number, number] | null,
    hide: { column: number; codes: number[] } | null = null,
  ): Promise<TableMarker[] | null> {
    const seq = ++this.seq;
    this.latest.clusters = seq;
    return this.ask({ type: 'clusters', seq, bbox, zoom, days, hide }, (message) =>
      message.type === 'clusters' && seq === this.latest.clusters ? message.markers : null,
    );
  }

  /** Rows whose name column holds `text` (folded as the corpus's search folds). */
  search(
    text: string,
    limit: number,
    days: [number, number] | null = null,
    hide: { column: number; codes: number[] } | null = null,
  ): Promise<TableRows | null> {
    const seq = ++this.seq;
    this.latest.search = seq;
    return this.ask({ type: 'search', seq, text, limit, days, hide }, (message) =>
      message.type === 'search' && seq === this.latest.search
        ? { indexes: message.indexes, total: message.total }
        : null,
    );
  }

  close(): void {
    this.worker.terminate();
    for (const answer of this.pending.values()) answer({ type: 'failed', message: 'closed' });
    this.pending.clear();
  }

  private ask<T>(
    message: Extract<ToTableWorker, { seq: number }>,
    pick: (message: FromTableWorker) => T | null,
  ): Promise<T | null> {
    return new Promise((resolve) => {
      this.pending.set(message.seq, (answer) => resolve(pick(answer)));
      this.send(message);
    });
  }

  private send(message: ToTableWorker, transfer: Transferable[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  private receive(message: FromTableWorker): void {
    if (message.type === 'progress') this.reading?.onProgress?.(message.fraction);
    else if (message.type === 'done') {
      this.reading?.resolve(message.result);
      this.reading = null;
    } else if (message.type === 'failed') {
      this.reading?.reject(new Error(message.message));
      this.reading = null;
      // Questions in flight get no markers and no rows rather than waiting for ever.
      for (const answer of this.pending.values()) answer(message);
      this.pending.clear();
    } else {
      const answer = this.pending.get(message.seq);
      this.pending.delete(message.seq);
      answer?.(message);
    }
  }
}

function abortError(): DOMException {
  return new DOMException('The import was cancelled.', 'AbortError');
}
