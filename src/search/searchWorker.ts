/**
 * The search index in a worker: it fetches the corpus and the index that
 * `npm run check` wrote beside it (the page never copies them across) and
 * answers queries off the main thread. Without a prebuilt index of the same
 * build it fetches every incident's details and builds one. Of several queries waiting, only the
 * newest is run: the others were typed over.
 */
import { deliveryClient } from '../data/delivery/client';
import type { DateSpan } from '../data/dates';
import { inRange } from '../view/timeline';
import type { CorpusSearch } from './corpusSearch';
import { openSearch } from './openSearch';
import type { SearchKind } from './hits';
import {
  HITS_PER_KIND,
  type FromSearchWorker,
  type SearchChannel,
  type ToSearchWorker,
} from './searchProtocol';

const post = (message: FromSearchWorker) => self.postMessage(message);

let search: CorpusSearch | null = null;
let whenOf = new Map<string, DateSpan>();
const waiting = new Map<SearchChannel, Extract<ToSearchWorker, { type: 'search' }>>();
let scheduled = false;

async function build(dataUrl: string): Promise<void> {
  const started = performance.now();
  const opened = await openSearch(deliveryClient(dataUrl));
  whenOf = new Map<string, DateSpan>();
  for (const route of opened.corpus.routes.features)
    if (route.properties.when) whenOf.set(route.id, route.properties.when);
  for (const incident of opened.corpus.incidents.features)
    whenOf.set(incident.id, incident.properties.when);
  search = opened.search;
  post({
    type: 'ready',
    documents: search.documentCount,
    prebuilt: opened.prebuilt,
    buildMs: Math.round(performance.now() - started),
  });
  runWaiting();
}

function runWaiting(): void {
  scheduled = false;
  if (!search) return;
  for (const { channel, id, query, time } of waiting.values()) {
    const started = performance.now();
    const allow = (_kind: SearchKind, featureId: string) => inRange(whenOf.get(featureId), time);
    const searchMs = () => Math.round(performance.now() - started);
    if (channel === 'box') {
      const answer = search.grouped(query, HITS_PER_KIND, allow);
      post({ type: 'hits', channel, id, query, answer, searchMs: searchMs() });
    } else {
      const answer = { ids: search.ids(query, allow) };
      post({ type: 'hits', channel, id, query, answer, searchMs: searchMs() });
    }
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
