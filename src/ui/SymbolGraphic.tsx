import { createElement } from 'react';
import { SYMBOLS, type SymbolKind } from '../view/symbols';

/** The same symbol the map draws, for the legend. */
export function SymbolGraphic({ kind }: { kind: SymbolKind }) {
  const { size, parts } = SYMBOLS[kind];
  return (
    <svg
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
      className={`symbol symbol--${kind}`}
    >
      {parts.map(({ tag, attributes: { class: className, ...attributes } }, i) =>
        createElement(tag, { key: i, className, ...attributes }),
      )}
    </svg>
  );
}
