import { Suspense, useEffect, useState } from 'react';
import type { AnchoredExcerpt } from '../../data/compiled';
import type { IncidentDetailsStore } from '../../data/incidentDetails';
import { later } from '../../loading/later';
import type { QuoteRef } from '../../view/urlState';
import { useApp } from '../state/AppContext';

const ReaderPanel = later.lazyPart('reader', 'default');

/** The source the link opens, beside the map (a sheet on phones), once its code has come. */
export function ReaderSlot() {
  const { corpus, index, details, state, dispatch } = useApp();
  const { link, local } = state;
  const source = link.source ? index.sourcesById.get(link.source) : undefined;
  const excerpt = useQuotedExcerpt(link.quote, index.excerptsOf, details);
  if (!source) return null;
  return (
    <Suspense fallback={<p className="reader">Loading the reader…</p>}>
      <ReaderPanel
        source={source}
        excerpt={excerpt?.source === source.id ? excerpt : null}
        looseQuote={local.looseQuote?.source === source.id ? local.looseQuote : null}
        places={corpus.places.features}
        onMention={(featureId: string) => dispatch({ type: 'selectFeature', featureId })}
        onClose={() => dispatch({ type: 'openSource', sourceId: null })}
      />
    </Suspense>
  );
}

/**
 * The excerpt a link quotes: at once for places and routes, once its details
 * have arrived for an incident.
 */
function useQuotedExcerpt(
  quote: QuoteRef | null,
  located: ReadonlyMap<string, AnchoredExcerpt[]>,
  details: IncidentDetailsStore,
): AnchoredExcerpt | null {
  const [loaded, setLoaded] = useState<{
    quote: QuoteRef;
    excerpt: AnchoredExcerpt | null;
  } | null>(null);
  const excerpts = quote ? located.get(quote.featureId) : undefined;
  useEffect(() => {
    if (!quote || excerpts || !details.has(quote.featureId)) return;
    let live = true;
    details.incident(quote.featureId).then(
      (incident) => {
        if (live)
          setLoaded({ quote, excerpt: incident.properties.excerpts[quote.excerptIndex] ?? null });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [quote, excerpts, details]);
  if (!quote) return null;
  if (excerpts) return excerpts[quote.excerptIndex] ?? null;
  return loaded?.quote === quote ? loaded.excerpt : null;
}
