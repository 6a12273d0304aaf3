/**
 * Where the compiled corpus lives under the app's data folder (`public/data`
 * in the repository, `data/` beside index.html once built). `npm run check`
 * writes through these names and the app reads through them; nothing else
 * spells a path of the delivered data.
 */
export const DELIVERY_LAYOUT = {
  /** The data folder, from the project root, as `npm run check` writes it by default. */
  defaultOutDir: 'public/data',
  /** The data folder, from the app's index.html. */
  fromApp: 'data/',
  /** Places, routes, sources, borders, and incident summaries as columns (see wire.ts). */
  corpus: 'corpus.json',
  /** The built-in basemap, cut to the corpus's extent. */
  basemap: 'basemap.json',
  /** The search index, prebuilt (see search/corpusSearch.ts). */
  searchIndex: 'search-index.json',
  /** The nth chunk of incidents' excerpts, figures and notes. */
  detailsChunk: (index: number) => `incidents/${index}.json`,
  /** A source's text, at the path its `textPath` gives (`sources/<id>.txt`). */
  sourceText: (textPath: string) => textPath,
} as const;

/** The address of a source's text, for a link that leaves the app (an export's citation). */
export function sourceTextUrl(appUrl: string, textPath: string): string {
  return new URL(`${DELIVERY_LAYOUT.fromApp}${DELIVERY_LAYOUT.sourceText(textPath)}`, appUrl).href;
}
