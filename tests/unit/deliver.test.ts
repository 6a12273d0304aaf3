import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledCorpus } from '../../src/data/compiled';
import { deliverCorpus, packCorpus, unpackCorpus } from '../../src/data/delivery/wire';
import { deliveryClient } from '../../src/data/delivery/client';
import { IncidentDetailsStore } from '../../src/data/incidentDetails';
import { checkDefaultCorpus } from './fixtureCorpus';

let corpus: CompiledCorpus;
beforeAll(async () => {
  corpus = (await checkDefaultCorpus()).corpus!;
});

/** A store over the delivered files, counting fetches; paths in `failing` fail once. */
function storeOver(perChunk: number, failing = new Set<string>()) {
  const { delivered, chunks } = deliverCorpus(corpus, perChunk);
  const fetched: string[] = [];
  const files = new Map(delivered.incidentDetails.chunks.map((path, i) => [path, chunks[i]!]));
  const store = new IncidentDetailsStore(delivered, async (path) => {
    fetched.push(path);
    if (failing.delete(path)) throw new Error(`${path} failed`);
    // A copy, as a fetch would give: nothing may depend on shared objects.
    return JSON.parse(JSON.stringify(files.get(path)));
  });
  return { delivered, store, fetched };
}

describe('delivering the corpus in two parts', () => {
  it('leaves the excerpts, figures and notes of incidents out of corpus.json, and counts their excerpts', () => {
    const { delivered } = storeOver(5);
    for (const incident of delivered.incidents.features) {
      expect(incident.properties).not.toHaveProperty('excerpts');
      expect(incident.properties).not.toHaveProperty('figures');
      expect(incident.properties).not.toHaveProperty('notes');
    }
    expect(delivered.incidentDetails.excerptCounts).toEqual(
      corpus.incidents.features.map((incident) => incident.properties.excerpts.length),
    );
    expect(delivered.incidentDetails.chunks).toHaveLength(
      Math.ceil(corpus.incidents.features.length / 5),
    );
    expect(delivered.places).toEqual(corpus.places);
  });

  it('packs incident summaries into columns that unpack to the same summaries, through JSON', () => {
    const { delivered } = deliverCorpus(corpus);
    const wire = JSON.parse(JSON.stringify(packCorpus(delivered)));
    expect(Object.keys(wire.incidents).sort()).toEqual([
      'date',
      'id',
      'name',
      'place',
      'type',
      'types',
      'when',
    ]);
    // Each type and place is spelled once; the columns hold positions.
    expect(new Set(wire.incidents.types).size).toBe(wire.incidents.types.length);
    expect(wire.incidents.place.every(Number.isInteger)).toBe(true);
    expect(unpackCorpus(wire)).toEqual(delivered);
    // Only dates the calendar reader cannot take carry their span: the 2014–2017 tallies, say.
    const spelled = Object.keys(wire.incidents.when).map((i) => wire.incidents.date[Number(i)]);
    expect(spelled.length).toBeGreaterThan(0);
    for (const date of spelled) expect(date).toMatch(/\//);
  });

  it('refuses a corpus.json whose incident is at a place it does not have', () => {
    const wire = packCorpus(deliverCorpus(corpus).delivered);
    wire.incidents.place[0] = wire.places.features.length;
    expect(() => unpackCorpus(wire)).toThrow(/incident .* is at an unknown place/);
  });

  it('refuses a corpus.json whose incident has a type it does not list', () => {
    const wire = packCorpus(deliverCorpus(corpus).delivered);
    wire.incidents.type[0] = wire.incidents.types.length;
    expect(() => unpackCorpus(wire)).toThrow(/incident .* has an unknown type/);
  });

  it('will not pack an incident at a place the corpus does not have', () => {
    const { delivered } = deliverCorpus(corpus);
    const incident = delivered.incidents.features[0]!;
    const stray = { ...incident, properties: { ...incident.properties, place: 'atlantis' } };
    const corrupt = {
      ...delivered,
      incidents: { ...delivered.incidents, features: [stray] },
    };
    expect(() => packCorpus(corrupt)).toThrow(/is at atlantis, not a place/);
  });

  it('joins back to exactly the compiled corpus', async () => {
    const { store } = storeOver(5);
    expect(await store.full()).toEqual(corpus);
  });

  it('fetches only the chunk an incident is in, once', async () => {
    const { store, fetched, delivered } = storeOver(5);
    const seventh = corpus.incidents.features[6]!;
    expect(await store.incident(seventh.id)).toEqual(seventh);
    expect(await store.incident(corpus.incidents.features[5]!.id)).toEqual(
      corpus.incidents.features[5],
    );
    expect(fetched).toEqual([delivered.incidentDetails.chunks[1]]);
    expect(store.incidentsOf([seventh.id])).toBe(store.incidentsOf([seventh.id]));
  });

  it('retries a chunk whose fetch failed, and rejects an unknown id', async () => {
    const { store, delivered } = storeOver(5, new Set(['incidents/0.json']));
    const first = corpus.incidents.features[0]!;
    await expect(store.incident(first.id)).rejects.toThrow('incidents/0.json failed');
    expect(await store.incident(first.id)).toEqual(first);
    await expect(store.incident('no-such-incident')).rejects.toThrow(
      'No incident "no-such-incident"',
    );
    expect(delivered.incidentDetails.chunks[0]).toBe('incidents/0.json');
  });
});

describe('the app’s delivery client', () => {
  it('fetches the built-in basemap once for the map and the inset, and again after a failure', async () => {
    const asked: string[] = [];
    let fail = true;
    const fetcher = (async (url: URL) => {
      asked.push(url.pathname);
      if (fail) return new Response('', { status: 503, statusText: 'Busy' });
      return new Response(JSON.stringify({ towns: [] }));
    }) as unknown as typeof fetch;
    const client = deliveryClient('https://example.org/data/', fetcher);
    await expect(client.basemap()).rejects.toThrow('503 Busy');
    fail = false;
    const [a, b] = await Promise.all([client.basemap(), client.basemap()]);
    expect(a).toBe(b);
    expect(asked).toEqual(['/data/basemap.json', '/data/basemap.json']);
  });
});
