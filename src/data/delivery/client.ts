/**
 * The app's reader of the delivered corpus: every request for it goes
 * through one client made for the data folder's address, so the app works
 * from any static server under any sub-path. Texts are fetched once each.
 */
import type { Basemap } from '../../geo/basemap';
import { DELIVERY_LAYOUT } from './layout';
import type { WireCorpus } from './wire';

export interface DeliveryClient {
  /** The data folder's address. */
  readonly dataUrl: string;
  corpus(signal?: AbortSignal): Promise<WireCorpus>;
  /** A file beside corpus.json (a details chunk, by the path the corpus names). */
  json(path: string): Promise<unknown>;
  sourceText(textPath: string): Promise<string>;
  basemap(): Promise<Basemap>;
}

/**
 * @example deliveryClient('https://example.org/crossings/data/').corpus()
 */
export function deliveryClient(dataUrl: string, fetcher: typeof fetch = fetch): DeliveryClient {
  const get = async (path: string, signal?: AbortSignal): Promise<Response> => {
    const response = await fetcher(new URL(path, dataUrl), signal ? { signal } : undefined);
    if (!response.ok) throw new Error(`${path} answered ${response.status} ${response.statusText}`);
    return response;
  };
  const texts = new Map<string, Promise<string>>();
  // Asked for by the map and by the overview inset: fetched and parsed once.
  let basemap: Promise<Basemap> | null = null;
  return {
    dataUrl,
    corpus: (signal) =>
      get(DELIVERY_LAYOUT.corpus, signal).then(
        (response) => response.json() as Promise<WireCorpus>,
      ),
    json: (path) => get(path).then((response) => response.json() as Promise<unknown>),
    sourceText(textPath) {
      let text = texts.get(textPath);
      if (!text) {
        text = get(DELIVERY_LAYOUT.sourceText(textPath)).then((response) => response.text());
        // A failed fetch may be tried again when the source is next opened.
        text.catch(() => texts.delete(textPath));
        texts.set(textPath, text);
      }
      return text;
    },
    basemap() {
      if (!basemap) {
        basemap = get(DELIVERY_LAYOUT.basemap).then(
          (response) => response.json() as Promise<Basemap>,
        );
        // A failed fetch may be tried again when the basemap is next wanted.
        basemap.catch(() => (basemap = null));
      }
      return basemap;
    },
  };
}
