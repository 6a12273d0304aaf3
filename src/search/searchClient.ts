/**
 * The page's side of the search worker: asks it to build the index, sends it
 * queries, and resolves each with its hits, or with null when a newer query
 * was sent before the answer came (its results would be out of date).
 */
import type { MonthRange } from '../view/timeline';
import type {
  FromSearchWorker,
  SearchAnswers,
  SearchChannel,
  ToSearchWorker,
} from './searchProtocol';

export type SearchStatus = 'building' | 'ready' | 'failed';

/** The part of a Worker the client uses, so tests can give it a fake. */
export interface WorkerLike {
  postMessage(message: ToSearchWorker): void;
  addEventListener(type: 'message', listener: (event: { data: FromSearchWorker }) => void): void;
}

export interface SearchClient {
  readonly status: SearchStatus;
  /** Why the index could not be built, when it failed. */
  readonly failure: string | null;
  /** Called when the status changes; returns how to stop listening. */
  subscribe(listener: () => void): () => void;
  /** The channel's answer (see SearchAnswers); null when superseded by a newer query. */
  search<C extends SearchChannel>(
    channel: C,
    query: string,
    time: MonthRange | null,
  ): Promise<SearchAnswers[C] | null>;
}

export function searchClient(worker: WorkerLike, dataUrl: string): SearchClient {
  let status: SearchStatus = 'building';
  let failure: string | null = null;
  let lastId = 0;
  const latest = new Map<SearchChannel, number>();
  const listeners = new Set<() => void>();
  const pending = new Map<
    number,
    { channel: SearchChannel; resolve: (answer: SearchAnswers[SearchChannel] | null) => void }
  >();
  const setStatus = (next: SearchStatus) => {
    status = next;
    for (const listener of listeners) listener();
  };
  worker.addEventListener('message', ({ data }) => {
    if (data.type === 'ready') setStatus('ready');
    else if (data.type === 'failed') {
      failure = data.message;
      setStatus('failed');
      for (const { resolve } of pending.values()) resolve(null);
      pending.clear();
    } else {
      // Every older query of the channel still waiting was typed over: the worker skipped it.
      for (const [id, { channel, resolve }] of pending)
        if (channel === data.channel && id <= data.id) {
          resolve(id === data.id && id === latest.get(channel) ? data.answer : null);
          pending.delete(id);
        }
    }
  });
  worker.postMessage({ type: 'build', dataUrl });
  return {
    get status() {
      return status;
    },
    get failure() {
      return failure;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    search(channel, query, time) {
      if (status === 'failed') return Promise.resolve(null);
      const id = ++lastId;
      latest.set(channel, id);
      return new Promise((resolve) => {
        // The worker answers a channel with that channel's answer.
        pending.set(id, { channel, resolve: resolve as (answer: unknown) => void });
        worker.postMessage({ type: 'search', channel, id, query, time });
      });
    },
  };
}
