/**
 * Marker icons from the symbols in view/symbols.ts. The SVG is static; no data
 * ever goes into icon HTML (names are set as DOM attributes, see FeatureMarker).
 */
import { divIcon, type DivIcon, type PointExpression } from 'leaflet';
import { SYMBOLS, type SymbolKind } from '../view/symbols';

export type { SymbolKind };

/** The icon's SVG as markup. Only the static shapes above and numbers go in: never data. */
function symbolSvg(kind: SymbolKind, rotationDeg: number): string {
  const { size, parts } = SYMBOLS[kind];
  const half = size / 2;
  const shapes = parts
    .map(
      ({ tag, attributes }) =>
        `<${tag} ${Object.entries(attributes)
          .map(([name, value]) => `${name}="${value}"`)
          .join(' ')}/>`,
    )
    .join('');
  // An SVG transform, not a style attribute: the Content-Security-Policy allows no inline styles.
  const body = rotationDeg
    ? `<g transform="rotate(${rotationDeg.toFixed(1)} ${half} ${half})">${shapes}</g>`
    : shapes;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true" focusable="false">${body}</svg>`;
}

interface IconOptions {
  /** Screen offset in px from the feature's point (to fan out features at one place). */
  offset?: [number, number];
  /** Degrees clockwise from north (route arrows). */
  rotationDeg?: number;
  extraClass?: string;
  /** A count on the symbol (an area's incidents placed nowhere more precise); none when 0. */
  badge?: number;
}

/** A Leaflet icon for one symbol; cached, since most markers share one. */
export function symbolIcon(
  kind: SymbolKind,
  { offset = [0, 0], rotationDeg = 0, extraClass = '', badge = 0 }: IconOptions = {},
): DivIcon {
  const key = `${kind}|${offset.join(',')}|${rotationDeg.toFixed(1)}|${extraClass}|${badge}`;
  let icon = cache.get(key);
  if (!icon) {
    const { size } = SYMBOLS[kind];
    const half = size / 2;
    icon = divIcon({
      className: `symbol symbol--${kind} ${badge ? 'symbol--counted' : ''} ${extraClass}`.trim(),
      // The count is a number the code made, never data text.
      html:
        symbolSvg(kind, rotationDeg) +
        (badge ? `<span class="symbol__badge" aria-hidden="true">${Math.trunc(badge)}</span>` : ''),
      iconSize: [size, size],
      iconAnchor: [half - offset[0], half - offset[1]] as PointExpression,
      popupAnchor: [offset[0], offset[1] - half] as PointExpression,
    });
    cache.set(key, icon);
  }
  return icon;
}

const cache = new Map<string, DivIcon>();

/**
 * Screen offsets that fan `count` markers out in a ring around their shared
 * point, so each stays visible, clickable and focusable at every zoom while
 * its geographic position stays the place's own.
 */
export function fanOffsets(count: number, radiusPx = 18): [number, number][] {
  if (count <= 1) return [[0, 0]];
  return Array.from({ length: count }, (_, i) => {
    const angle = (2 * Math.PI * i) / count - Math.PI / 2;
    return [Math.round(Math.cos(angle) * radiusPx), Math.round(Math.sin(angle) * radiusPx)];
  });
}
