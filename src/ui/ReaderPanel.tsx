import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AnchoredExcerpt, CompiledPlace, CompiledSource } from '../data/compiled';
import { citeSource, sourceTitle } from '../view/format';
import { useSourcePassage } from './useSourcePassage';
import { captureOpener, returnFocus } from '../dom/focusReturn';
import { findMentions, segmentText, type Segment } from '../view/textSegments';

interface ReaderPanelProps {
  source: CompiledSource;
  /** The excerpt to highlight and scroll to, if any. */
  excerpt: AnchoredExcerpt | null;
  /** A quote from outside the corpus (a user's file), looked for in the text when it loads. */
  looseQuote?: { quote: string; origin: string } | null;
  places: CompiledPlace[];
  onMention: (placeId: string) => void;
  onClose: () => void;
}

/**
 * The full article beside the map: the quoted passage highlighted and in
 * view, every place the map knows marked where the text mentions it.
 */
export default function ReaderPanel({
  source,
  excerpt,
  looseQuote = null,
  places,
  onMention,
  onClose,
}: ReaderPanelProps) {
  const { text, highlight, looseFound } = useSourcePassage(
    source,
    excerpt,
    looseQuote?.quote ?? null,
  );
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Where focus was when the reader opened (an "Open in source" button), to go back to on close.
  const [opener] = useState(captureOpener);
  const close = () => {
    onClose();
    // If the opener has gone (its popup closed), the map is the nearest place to carry on from.
    // A reader opened by a link had no opener: focus stays where the page puts it.
    if (opener)
      returnFocus(opener, () => document.querySelector<HTMLElement>('.leaflet-container'));
  };
  const markRef = useRef<HTMLElement>(null);
  const segments = useMemo(() => {
    if (text.status !== 'ready') return [];
    const named = places.map((place) => ({
      id: place.id,
      names: [place.properties.name, ...place.properties.aliases],
    }));
    return segmentText(text.text, highlight, findMentions(text.text, named));
  }, [text, highlight, places]);

  useEffect(() => {
    titleRef.current?.focus();
  }, [source.id]);
  // Braces matter: newer browsers return a promise from scrollIntoView, and an effect must not.
  useEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center' });
  }, [segments]);

  return (
    <aside
      className="reader"
      aria-labelledby="reader-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <header className="reader__header">
        <h2 id="reader-title" ref={titleRef} tabIndex={-1}>
          {sourceTitle(source)}
        </h2>
        <button
          type="button"
          className="reader__close"
          onClick={close}
          aria-label="Close the source"
        >
          ×
        </button>
      </header>
      <dl className="facts reader__meta">
        <dt>Outlet</dt>
        <dd>{source.outlet ?? 'unknown'}</dd>
        <dt>Author</dt>
        <dd>{source.author ?? 'unknown'}</dd>
        <dt>Published</dt>
        <dd>
          {source.published ?? 'unknown'}
          {source.publishedInferredFrom && (
            <span className="facts__hint"> — {source.publishedInferredFrom}</span>
          )}
        </dd>
        <dt>File</dt>
        <dd>{source.originalFile}</dd>
      </dl>
      {excerpt && (
        <p className="reader__citing">Highlighted: the passage cited ({citeSource(source)}).</p>
      )}
      {looseQuote && text.status === 'ready' && (
        <p
          className={looseFound ? 'reader__citing' : 'reader__missing'}
          role={looseFound ? undefined : 'alert'}
        >
          {looseFound
            ? `Highlighted: the passage quoted in ${looseQuote.origin}.`
            : `The quote in ${looseQuote.origin} is not in this text: “${looseQuote.quote}”.`}
        </p>
      )}
      {text.status === 'loading' && <p role="status">Loading the text…</p>}
      {text.status === 'error' && <p role="alert">The text could not be loaded: {text.message}</p>}
      <div className="reader__text">{renderSegments(segments, markRef, onMention)}</div>
    </aside>
  );
}

/** Consecutive highlighted segments go into one <mark>, so the passage reads as one. */
function renderSegments(
  segments: Segment[],
  markRef: React.RefObject<HTMLElement | null>,
  onMention: (id: string) => void,
): ReactNode[] {
  const runs: { highlighted: boolean; items: { segment: Segment; key: number }[] }[] = [];
  segments.forEach((segment, key) => {
    const last = runs.at(-1);
    if (last && last.highlighted && segment.highlighted) last.items.push({ segment, key });
    else runs.push({ highlighted: segment.highlighted, items: [{ segment, key }] });
  });
  const render = ({ segment, key }: { segment: Segment; key: number }) =>
    segment.placeId ? (
      <button
        key={key}
        type="button"
        className="mention"
        onClick={() => onMention(segment.placeId!)}
        title="Show on the map"
      >
        {segment.text}
      </button>
    ) : (
      <span key={key}>{segment.text}</span>
    );
  return runs.map((run) =>
    run.highlighted ? (
      <mark key={`mark-${run.items[0]!.key}`} ref={markRef}>
        {run.items.map(render)}
      </mark>
    ) : (
      run.items.map(render)
    ),
  );
}
