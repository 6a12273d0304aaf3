import type { AnchoredExcerpt, CompiledSource } from '../../data/compiled';
import { citeSource, displayQuote, provenanceOf, sourceTitle } from '../../view/format';
import { useCrossings } from '../CrossingsContext';

/** Every excerpt that supports a feature, each with its source and a way into it. */
export function ExcerptList({
  featureId,
  excerpts,
}: {
  featureId: string;
  excerpts: AnchoredExcerpt[];
}) {
  const { sourcesById, openSource } = useCrossings();
  return (
    <ol className="excerpts" aria-label="Excerpts">
      {excerpts.map((excerpt, index) => {
        const source = sourcesById.get(excerpt.source)!;
        return (
          <li key={index} className="excerpt">
            {excerpt.draft && (
              <p className="draft-note">
                <strong>Draft excerpt</strong>, added by the place finder and not yet reviewed.
              </p>
            )}
            <blockquote className="excerpt__quote">{displayQuote(excerpt)}</blockquote>
            <SourceCitation source={source} />
            <button
              type="button"
              className="link-button"
              onClick={() => openSource(excerpt.source, { featureId, excerptIndex: index })}
            >
              Open in source
            </button>
          </li>
        );
      })}
    </ol>
  );
}

/** "3 excerpts from 2 sources", marked single-source or corroborated. */
export function Provenance({ excerpts }: { excerpts: AnchoredExcerpt[] }) {
  const { text, sourceCount } = provenanceOf(excerpts);
  const corroborated = sourceCount > 1;
  return (
    <p className={`provenance ${corroborated ? 'provenance--corroborated' : 'provenance--single'}`}>
      <span className="provenance__badge">{corroborated ? 'Corroborated' : 'Single source'}</span>{' '}
      {text}
    </p>
  );
}

/** Title and citation of the source an excerpt comes from. */
export function SourceCitation({ source }: { source: CompiledSource }) {
  return (
    <p className="excerpt__source">
      <cite>{sourceTitle(source)}</cite> — {citeSource(source)}
    </p>
  );
}
