import { useSyncExternalStore } from 'react';
import type { IncidentDetailsStore } from '../data/incidentDetails';
import { searchClient, type SearchClient, type SearchStatus } from '../search/searchClient';
import { SCALE } from '../view/scale';
import { delivery } from './state/delivery';

/**
 * The search, in a worker the build emits (the Content-Security-Policy
 * allows same-origin scripts only): it fetches the corpus and builds the
 * index off the main thread, and answers queries there. A large corpus is
 * indexed only once search is wanted (the box is focused, or the link holds
 * a search), so the worker does not compete with the first view.
 */
export function useCorpusSearch(
  details: IncidentDetailsStore,
  wanted: boolean,
  /** The first view is done (see useAfterFirstView). */
  afterFirstView: boolean,
): SearchClient | null {
  const { corpus } = details;
  const features =
    corpus.places.features.length +
    corpus.routes.features.length +
    corpus.incidents.features.length;
  // A small corpus is indexed without asking, once the first view is done: the worker's fetching
  // and indexing would otherwise share the phone's cores with the first render.
  const start = wanted || (afterFirstView && features <= SCALE.eagerSearchUpTo);
  return start ? clientFor(details) : null;
}

/** One worker per corpus, made when search is first wanted; it lives as long as the page. */
const clients = new WeakMap<IncidentDetailsStore, SearchClient>();

function clientFor(details: IncidentDetailsStore): SearchClient {
  let client = clients.get(details);
  if (!client) {
    const worker = new Worker(new URL('../search/searchWorker.ts', import.meta.url), {
      type: 'module',
      name: 'search',
    });
    client = searchClient(worker, delivery.dataUrl);
    clients.set(details, client);
  }
  return client;
}

const noSubscription = () => () => undefined;

/** The client's status, re-rendering when it changes; "building" before there is a client. */
export function useSearchStatus(client: SearchClient | null): SearchStatus {
  return useSyncExternalStore(
    client ? client.subscribe : noSubscription,
    () => client?.status ?? 'building',
  );
}
