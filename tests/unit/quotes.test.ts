import { describe, expect, it } from 'vitest';
import { anchorQuote, closestPassage, findQuote } from '../../src/data/quotes';

describe('findQuote', () => {
  it('finds a quote typed with plain quotes in a text that uses typographic ones', () => {
    const source = 'Soylu said Turkey is not a “hotel” for ISIS militants.';
    const found = findQuote(source, 'Turkey is not a "hotel" for ISIS');
    expect(found).toEqual({ start: 11, end: 43, occurrences: 1 });
    expect(source.slice(found!.start, found!.end)).toBe('Turkey is not a “hotel” for ISIS');
  });

  it('forgives line breaks and double spaces, and nothing else', () => {
    const source = 'hundreds of  ISIS fighters\nto escape';
    expect(findQuote(source, 'hundreds of ISIS fighters to escape')).toEqual({
      start: 0,
      end: 36,
      occurrences: 1,
    });
    expect(findQuote(source, 'hundreds of ISIS fighter to escape')).toBeNull();
    expect(findQuote(source, 'Hundreds of ISIS fighters')).toBeNull();
  });

  it('counts repeated quotes and anchors the first occurrence', () => {
    expect(findQuote('Title\n\nTitle\n', 'Title')).toEqual({ start: 0, end: 5, occurrences: 2 });
  });

  it('finds nothing for an empty quote', () => {
    expect(findQuote('some text', '   ')).toBeNull();
  });
});

describe('anchorQuote', () => {
  it('builds W3C selectors whose exact text, prefix and suffix come from the source', () => {
    const source =
      'Turkish authorities began repatriating foreign IS militants on Monday, November 11.';
    const anchor = anchorQuote(source, 'on Monday, November 11');
    expect(anchor?.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'on Monday, November 11',
      prefix: 'patriating foreign IS militants ',
      suffix: '.',
    });
    expect(anchor?.position).toEqual({ type: 'TextPositionSelector', start: 60, end: 82 });
  });

  it('counts positions in code points, so text after an emoji is not shifted', () => {
    const anchor = anchorQuote('🗺️ map of Raqqa', 'Raqqa');
    // "🗺️ " is one astral code point (two UTF-16 units), a variation selector and a space.
    expect(anchor?.position).toEqual({ type: 'TextPositionSelector', start: 10, end: 15 });
  });
});

describe('closestPassage', () => {
  it('points to the passage an author probably meant', () => {
    const source =
      'Intro. Counter-terrorism police detained 143 people over suspected links to ISIS over the weekend. More.';
    expect(closestPassage(source, 'police arrested 143 people over suspected links')).toBe(
      'police detained 143 people over suspected links',
    );
  });
});
