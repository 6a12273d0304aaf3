import { useEffect, useMemo, useState } from 'react';
import type { AnchoredExcerpt, CompiledSource } from '../data/compiled';
import { findQuote, utf16RangeOf } from '../data/quotes';
import { delivery } from './state/delivery';

export type TextState =
  { status: 'loading' } | { status: 'ready'; text: string } | { status: 'error'; message: string };

export interface SourcePassage {
  text: TextState;
  /** What to highlight, in UTF-16 offsets of the text (what the DOM renders); null for nothing. */
  highlight: { start: number; end: number } | null;
  /** For a loose quote: whether it was found in the text (null until the text is here, or with none). */
  looseFound: boolean | null;
}

/**
 * A source's text as the reader shows it, fetched through the app's client,
 * with the passage to highlight: a corpus excerpt by its anchor (code points,
 * as W3C selectors count), or a quote from a user's file found in the text.
 */
export function useSourcePassage(
  source: CompiledSource,
  excerpt: AnchoredExcerpt | null,
  looseQuote: string | null,
): SourcePassage {
  const text = useSourceText(source.textPath);
  return useMemo(() => {
    if (text.status !== 'ready') return { text, highlight: null, looseFound: null };
    const found = looseQuote === null ? null : findQuote(text.text, looseQuote);
    const looseFound = looseQuote === null ? null : found !== null;
    if (!excerpt) return { text, highlight: found, looseFound };
    // A corpus excerpt wins the highlight; a loose quote beside it is still looked for.
    const [, position] = excerpt.selector;
    return { text, highlight: utf16RangeOf(text.text, position.start, position.end), looseFound };
  }, [text, excerpt, looseQuote]);
}

function useSourceText(textPath: string): TextState {
  const [loaded, setLoaded] = useState<{ textPath: string; state: TextState } | null>(null);
  useEffect(() => {
    let cancelled = false;
    const settle = (state: TextState) => !cancelled && setLoaded({ textPath, state });
    delivery
      .sourceText(textPath)
      .then((text) => settle({ status: 'ready', text }))
      .catch((error: unknown) => settle({ status: 'error', message: String(error) }));
    return () => {
      cancelled = true;
    };
  }, [textPath]);
  return loaded?.textPath === textPath ? loaded.state : { status: 'loading' };
}
