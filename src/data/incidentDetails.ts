/**
 * The incidents' details, fetched chunk by chunk when first needed (a popup,
 * a quote in the reader) or all at once (search, figures, export). Promises
 * are cached, so React's `use` can wait on them.
 */
import type {
  CompiledCorpus,
  CompiledIncident,
  DeliveredCorpus,
  IncidentDetails,
} from './compiled';
import { joinIncident } from './delivery/wire';

export type FetchJson = (path: string) => Promise<unknown>;

export class IncidentDetailsStore {
  private readonly chunks = new Map<number, Promise<IncidentDetails[]>>();
  private readonly incidents = new Map<string, Promise<CompiledIncident>>();
  private readonly groups = new Map<string, Promise<CompiledIncident[]>>();
  private readonly positions: Map<string, number>;
  private whole: Promise<CompiledCorpus> | null = null;

  constructor(
    readonly corpus: DeliveredCorpus,
    private readonly fetchJson: FetchJson,
  ) {
    this.positions = new Map(corpus.incidents.features.map((incident, i) => [incident.id, i]));
  }

  has(id: string): boolean {
    return this.positions.has(id);
  }

  /** One incident with its excerpts, figures and notes. */
  incident(id: string): Promise<CompiledIncident> {
    let promise = this.incidents.get(id);
    if (!promise) {
      const position = this.positions.get(id);
      if (position === undefined) return Promise.reject(new Error(`No incident "${id}".`));
      const { perChunk } = this.corpus.incidentDetails;
      promise = this.chunk(Math.floor(position / perChunk)).then((details) =>
        joinIncident(this.corpus.incidents.features[position]!, details[position % perChunk]!),
      );
      promise.catch(() => this.incidents.delete(id));
      this.incidents.set(id, promise);
    }
    return promise;
  }

  /** Several incidents, in the order given; the same ids give the same promise. */
  incidentsOf(ids: readonly string[]): Promise<CompiledIncident[]> {
    const key = ids.join('\n');
    let promise = this.groups.get(key);
    if (!promise) {
      promise = Promise.all(ids.map((id) => this.incident(id)));
      promise.catch(() => this.groups.delete(key));
      this.groups.set(key, promise);
    }
    return promise;
  }

  /** The whole corpus with every incident's details. */
  full(): Promise<CompiledCorpus> {
    this.whole ??= Promise.all(
      this.corpus.incidentDetails.chunks.map((_, i) => this.chunk(i)),
    ).then((chunks) => {
      const details = chunks.flat();
      // How it was delivered (chunks, the list's ranks, the build): not part of the whole corpus.
      const { incidentDetails, incidentNameRanks, build, ...rest } = this.corpus;
      void incidentDetails;
      void incidentNameRanks;
      void build;
      return {
        ...rest,
        incidents: {
          type: 'FeatureCollection',
          features: this.corpus.incidents.features.map((summary, i) =>
            joinIncident(summary, details[i]!),
          ),
        },
      };
    });
    this.whole.catch(() => (this.whole = null));
    return this.whole;
  }

  private chunk(index: number): Promise<IncidentDetails[]> {
    let promise = this.chunks.get(index);
    if (!promise) {
      const path = this.corpus.incidentDetails.chunks[index];
      promise =
        path === undefined
          ? Promise.reject(new Error(`No details chunk ${index}.`))
          : (this.fetchJson(path) as Promise<IncidentDetails[]>);
      // A failed fetch may be retried by the next caller.
      promise.catch(() => this.chunks.delete(index));
      this.chunks.set(index, promise);
    }
    return promise;
  }
}
