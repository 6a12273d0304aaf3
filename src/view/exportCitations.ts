/**
 * The view's evidence for annotation tools and for a reference list: each
 * excerpt as a W3C Web Annotation on its source text, and the sources cited,
 * each once.
 */
import {
  citationOf,
  featureUrl,
  kindOf,
  sourceTextLink,
  type CorpusFeature,
  type ExportContext,
  type ExportedFeature,
} from './exports';

function gazetteerIris(feature: CorpusFeature): string[] {
  if (!('gazetteer' in feature.properties)) return [];
  const { geonames, wikidata } = feature.properties.gazetteer;
  return [
    ...(geonames ? [`https://sws.geonames.org/${geonames}/`] : []),
    ...(wikidata ? [`http://www.wikidata.org/entity/${wikidata}`] : []),
  ];
}

/**
 * Each excerpt as a W3C Web Annotation on its source text, anchored by
 * quote and by position (Unicode code points), in one AnnotationCollection.
 */
export function toWebAnnotations(context: ExportContext, features: ExportedFeature[]): string {
  const items = features.flatMap(({ feature }) =>
    feature.properties.excerpts.map((excerpt, index) => {
      const source = context.corpus.sources.find((candidate) => candidate.id === excerpt.source)!;
      const link = featureUrl(context, feature.id);
      return {
        id: `${link}#excerpt-${index}`,
        type: 'Annotation',
        motivation: 'describing',
        body: [
          {
            type: 'TextualBody',
            purpose: 'describing',
            format: 'text/plain',
            language: 'en',
            value: `${feature.properties.name} (${kindOf(feature)})`,
          },
          { id: link, type: 'Text', format: 'text/html', purpose: 'linking' },
          ...gazetteerIris(feature).map((iri) => ({ id: iri, purpose: 'identifying' })),
        ],
        target: {
          source: sourceTextLink(context, source),
          type: 'Text',
          format: 'text/plain',
          selector: excerpt.selector,
        },
      };
    }),
  );
  return JSON.stringify(
    {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `${context.viewUrl}#annotations`,
      type: 'AnnotationCollection',
      label: `Crossings: the excerpts behind ${features.length} features`,
      total: items.length,
      first: {
        id: `${context.viewUrl}#annotations-page-1`,
        type: 'AnnotationPage',
        startIndex: 0,
        items,
      },
    },
    null,
    2,
  );
}

/** The sources the features in view quote, each once, with how many features cite it. */
export function toCitationList(context: ExportContext, features: ExportedFeature[]): string {
  const citing = new Map<string, number>();
  for (const { feature } of features)
    for (const id of new Set(feature.properties.excerpts.map((excerpt) => excerpt.source)))
      citing.set(id, (citing.get(id) ?? 0) + 1);
  const sources = context.corpus.sources.filter((source) => citing.has(source.id));
  const lines = sources.map((source, i) => {
    const n = citing.get(source.id)!;
    return [
      `[${i + 1}] ${citationOf(source)}`,
      `    Text: ${sourceTextLink(context, source)} (SHA-256 ${source.sha256}; delivered as ${source.originalFile}).`,
      `    Cited by ${n} feature${n === 1 ? '' : 's'} in view.`,
    ].join('\n');
  });
  return [
    `Sources of the ${features.length} features in view: ${sources.length} source${sources.length === 1 ? '' : 's'}`,
    `View: ${context.viewUrl}`,
    '',
    ...lines,
    '',
  ].join('\n');
}
