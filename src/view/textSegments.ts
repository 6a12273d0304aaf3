/**
 * Cutting a source text into what the reader renders: plain runs, the
 * highlighted quote, and mentions of places the map knows.
 */

export interface Mention {
  start: number;
  end: number;
  placeId: string;
}

export interface Segment {
  text: string;
  /** Inside the quoted passage being shown. */
  highlighted: boolean;
  /** Set when this run names a place on the map. */
  placeId?: string;
}

interface NamedPlace {
  id: string;
  names: readonly string[];
}

/**
 * Every mention of a known place under any of its names, longest match first,
 * never overlapping, in text order (UTF-16 offsets).
 * @example findMentions('From Sari Kani to Amuda', [{ id: 'ras-al-ayn', names: ['Sari Kani'] }]) // [{ start: 5, end: 14, placeId: 'ras-al-ayn' }]
 */
export function findMentions(text: string, places: readonly NamedPlace[]): Mention[] {
  const candidates: Mention[] = [];
  for (const place of places) {
    for (const name of new Set(place.names)) {
      if (name.trim() === '') continue;
      for (const match of text.matchAll(namePattern(name))) {
        candidates.push({
          start: match.index,
          end: match.index + match[0].length,
          placeId: place.id,
        });
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions: Mention[] = [];
  for (const candidate of candidates) {
    const last = mentions.at(-1);
    if (!last || candidate.start >= last.end) mentions.push(candidate);
  }
  return mentions;
}

const patterns = new Map<string, RegExp>();

/**
 * A name as a whole word, any case. Compiled once per name: a Unicode-aware
 * pattern costs a millisecond to build, and the route walk and the reader
 * look for the same names in passage after passage. (`matchAll` works on a
 * copy, so the shared pattern's `lastIndex` never leaks between calls.)
 */
function namePattern(name: string): RegExp {
  let pattern = patterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu');
    patterns.set(name, pattern);
  }
  return pattern;
}

/** Splits `text` at every mention and at the highlight's edges. */
export function segmentText(
  text: string,
  highlight: { start: number; end: number } | null,
  mentions: readonly Mention[],
): Segment[] {
  const cuts = new Set([0, text.length]);
  if (highlight) [highlight.start, highlight.end].forEach((cut) => cuts.add(cut));
  for (const mention of mentions) [mention.start, mention.end].forEach((cut) => cuts.add(cut));
  const sorted = [...cuts].filter((cut) => cut >= 0 && cut <= text.length).sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const mention = mentions.find((m) => m.start <= start && end <= m.end);
    segments.push({
      text: text.slice(start, end),
      highlighted: highlight !== null && highlight.start <= start && end <= highlight.end,
      ...(mention ? { placeId: mention.placeId } : {}),
    });
  }
  return segments;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
