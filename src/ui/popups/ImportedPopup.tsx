import { useEffect, useRef } from 'react';
import type { ImportedFeature, ImportedLayer } from '../../data/importLayer';
import { useCrossings } from '../CrossingsContext';
import { SourceCitation } from './ExcerptList';

/**
 * A feature of the user's own file: every property as text (never as HTML),
 * and its excerpts, when they have the project's shape, with a way into the
 * source to check them.
 */
export function ImportedPopup({
  layer,
  feature,
  focusOnOpen,
  onOpenQuote,
}: {
  layer: ImportedLayer;
  feature: ImportedFeature;
  focusOnOpen: boolean;
  onOpenQuote: (source: string, quote: string, origin: string) => void;
}) {
  const title = useFocusOnOpen(focusOnOpen);
  const entries = Object.entries(feature.properties).filter(
    ([key]) => !(key === 'excerpts' && feature.excerpts),
  );
  const origin = `your file “${layer.fileName}”, feature “${feature.title}”`;
  return (
    <article className="popup popup--imported">
      <h2 className="popup__title" ref={title} tabIndex={-1}>
        {feature.title}
      </h2>
      <p className="popup__kind">
        From your file “{layer.fileName}” ({feature.geometry.type}
        {feature.id !== null ? `, id ${String(feature.id)}` : ''}). Not checked against the sources.
      </p>
      {entries.length > 0 ? (
        <dl className="facts imported-properties" aria-label="Properties">
          {entries.map(([key, value]) => (
            <div className="facts__row" key={key}>
              <dt>{key}</dt>
              <dd>{describeValue(value)}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>This feature has no properties.</p>
      )}
      {feature.excerpts && (
        <ImportedExcerpts excerpts={feature.excerpts} origin={origin} onOpenQuote={onOpenQuote} />
      )}
    </article>
  );
}

/** A popup's title, focused when it opened from a list (focus goes into the popup, as it was asked for). */
export function useFocusOnOpen(focusOnOpen: boolean) {
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnOpen) title.current?.focus();
  }, [focusOnOpen]);
  return title;
}

/** Any JSON value as plain text: nested values as indented JSON. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return value === '' ? '(empty)' : value;
  if (typeof value === 'object') return JSON.stringify(value, null, 1);
  return String(value);
}

export function ImportedExcerpts({
  excerpts,
  origin,
  onOpenQuote,
}: {
  excerpts: NonNullable<ImportedFeature['excerpts']>;
  origin: string;
  onOpenQuote: (source: string, quote: string, origin: string) => void;
}) {
  const { sourcesById } = useCrossings();
  return (
    <ol className="excerpts" aria-label="Excerpts">
      {excerpts.map((excerpt, index) => {
        const source = sourcesById.get(excerpt.source);
        return (
          <li key={index} className="excerpt">
            <blockquote className="excerpt__quote">“{excerpt.quote}”</blockquote>
            {source ? (
              <>
                <SourceCitation source={source} />
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onOpenQuote(excerpt.source, excerpt.quote, origin)}
                >
                  Find in source
                </button>
              </>
            ) : (
              <p className="excerpt__source">
                Source “{excerpt.source}” is not in this corpus, so the quote cannot be checked.
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
