/**
 * The symbols features are drawn with: each layer has its own shape as well as
 * its own colour, so nothing depends on colour vision. Plain data, so the map
 * (as icon markup) and the legend (as JSX) draw the same shapes.
 */

export type SymbolKind =
  'city' | 'area' | 'border-town' | 'route-stop' | 'incident' | 'route-arrow' | 'flow-arrow';

/** One SVG element of a symbol; plain data so it can become an icon string or JSX. */
export interface ShapePart {
  tag: 'circle' | 'rect' | 'path';
  attributes: Record<string, string | number>;
}

export const SYMBOLS: Record<SymbolKind, { size: number; parts: ShapePart[] }> = {
  city: {
    size: 18,
    parts: [{ tag: 'circle', attributes: { cx: 9, cy: 9, r: 7, class: 'symbol-city' } }],
  },
  area: {
    size: 44,
    parts: [
      { tag: 'circle', attributes: { cx: 22, cy: 22, r: 20, class: 'symbol-area' } },
      { tag: 'circle', attributes: { cx: 22, cy: 22, r: 4, class: 'symbol-city' } },
    ],
  },
  'border-town': {
    size: 20,
    parts: [
      {
        tag: 'rect',
        attributes: {
          x: 4,
          y: 4,
          width: 12,
          height: 12,
          transform: 'rotate(45 10 10)',
          class: 'symbol-border-town',
        },
      },
    ],
  },
  'route-stop': {
    size: 14,
    parts: [{ tag: 'circle', attributes: { cx: 7, cy: 7, r: 5, class: 'symbol-route-stop' } }],
  },
  incident: {
    size: 18,
    parts: [
      { tag: 'path', attributes: { d: 'M9 2 L16.5 15.5 L1.5 15.5 Z', class: 'symbol-incident' } },
    ],
  },
  'route-arrow': {
    size: 22,
    parts: [
      {
        tag: 'path',
        attributes: { d: 'M11 3 L18 18 L11 14 L4 18 Z', class: 'symbol-route-arrow' },
      },
    ],
  },
  'flow-arrow': {
    size: 22,
    parts: [
      {
        tag: 'path',
        attributes: { d: 'M11 3 L18 18 L11 14 L4 18 Z', class: 'symbol-flow-arrow' },
      },
    ],
  },
};
