import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../src/search/hits';
import { searchClient, type WorkerLike } from '../../src/search/searchClient';
import type { FromSearchWorker, ToSearchWorker } from '../../src/search/searchProtocol';

/** A worker whose answers the test sends by hand. */
function fakeWorker() {
  const sent: ToSearchWorker[] = [];
  let listener: ((event: { data: FromSearchWorker }) => void) | null = null;
  const worker: WorkerLike = {
    postMessage: (message) => sent.push(message),
    addEventListener: (_type, handler) => (listener = handler),
  };
  return { worker, sent, answer: (data: FromSearchWorker) => listener!({ data }) };
}

const hit = (id: string): SearchHit => ({ id, kind: 'place', name: id, detail: '' });

/** The box's answer to query `id`: one hit. */
const boxAnswer = (id: number, query: string, found: string): FromSearchWorker => ({
  type: 'hits',
  channel: 'box',
  id,
  query,
  answer: { groups: [{ kind: 'place', hits: [hit(found)], more: 0 }], total: 1 },
  searchMs: 1,
});

describe('the search worker’s client', () => {
  it('asks for the index first, and says when it is ready', () => {
    const { worker, sent, answer } = fakeWorker();
    const client = searchClient(worker, 'https://example.org/data/');
    expect(sent).toEqual([{ type: 'build', dataUrl: 'https://example.org/data/' }]);
    const seen: string[] = [];
    client.subscribe(() => seen.push(client.status));
    expect(client.status).toBe('building');
    answer({ type: 'ready', documents: 3, prebuilt: true, buildMs: 5 });
    expect(seen).toEqual(['ready']);
  });

  it('drops an answer to a query typed over, per channel', async () => {
    const { worker, sent, answer } = fakeWorker();
    const client = searchClient(worker, 'https://example.org/data/');
    const first = client.search('box', 'ras', null);
    const filter = client.search('filter', 'qamishli', null);
    const second = client.search('box', 'ras al', null);
    const ids = sent.flatMap((message) => (message.type === 'search' ? [message.id] : []));
    // The worker ran only the newest of the box's queries, and the filter's.
    answer(boxAnswer(ids[2]!, 'ras al', 'ras-al-ayn'));
    answer({
      type: 'hits',
      channel: 'filter',
      id: ids[1]!,
      query: 'qamishli',
      answer: { ids: ['qamishli'] },
      searchMs: 1,
    });
    expect(await first).toBeNull();
    expect((await second)!.groups[0]!.hits.map((h) => h.id)).toEqual(['ras-al-ayn']);
    expect((await filter)!.ids).toEqual(['qamishli']);
  });

  it('answers nothing once the index could not be built, and says why', async () => {
    const { worker, answer } = fakeWorker();
    const client = searchClient(worker, 'https://example.org/data/');
    const waiting = client.search('box', 'ras', null);
    answer({ type: 'failed', message: 'corpus.json answered 404 Not Found' });
    expect(await waiting).toBeNull();
    expect(client.status).toBe('failed');
    expect(client.failure).toContain('404');
    expect(await client.search('box', 'ras', null)).toBeNull();
  });
});
