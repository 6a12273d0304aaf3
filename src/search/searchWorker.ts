/**
 * The search index in a worker: it fetches the corpus and every incident's
 * details itself (the page never copies them across), builds the index, and
 * answers queries off the main thread. Of several queries waiting, only the
 * newest is run: the others were typed over.
 */
import { deliveryClient } from '../data/delivery/client';
import { unpackCorpus } from '../data/delivery/wire';
import type { DateSpan } from '../data/dates';
import { IncidentDetailsStore } from '../data/incidentDetails';
import { inRange } from '../view/timeline';
import { CorpusSearch } from './corpusSearch';
import type { FromSearchWorker, SearchChannel, ToSearchWorker } from './searchProtocol';

const post = (message: FromSearchWorker) => self.postMessage(message);

let search: CorpusSearch | null = null;
let whenOf = new Map<string, DateSpan>();
const waiting = new Map<SearchChannel, Extract<ToSearchWorker, { type: 'search' }>>();
let scheduled = false;

async function build(dataUrl: string): Promise<void> {
  const started = performance.now();
  const client = deliveryClient(dataUrl);
  const corpus = unpackCorpus(await client.corpus());
  const full = await new IncidentDetailsStore(corpus, client.json).full();
  whenOf = new Map<string, DateSpan>();
  for (const route of full.routes.features)
    if (route.properties.when) whenOf.set(route.id, route.properties.when);
  for (const incident of full.incidents.features) whenOf.set(incident.id, incident.properties.when);
  search = await CorpusSearch.create(full);
  const documents =
    full.places.features.length +
    full.routes.features.length +
    full.incidents.features.length +
    full.sources.length;
  post({ type: 'ready', documents, buildMs: Math.round(performance.now() - started) });
  runWaiting();
}

function runWaiting(): void {
  scheduled = false;
  if (!search) return;
  for (const { channel, id, query, time } of waiting.values()) {
    const started = performance.now();
    const hits = search.search(query, (_kind, featureId) => inRange(whenOf.get(featureId), time));
    const searchMs = Math.round(performance.now() - started);
    post({ type: 'hits', channel, id, query, hits, searchMs });
  }
  waiting.clear();
}

self.onmessage = (event: MessageEvent<ToSearchWorker>) => {
  const message = event.data;
  if (message.type === 'build') {
    build(message.dataUrl).catch((error: unknown) =>
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return;
  }
  // A later task: queries that arrived meanwhile replace this one before it runs.
  waiting.set(message.channel, message);
  if (!scheduled) {
    scheduled = true;
    setTimeout(runWaiting, 0);
  }
};
