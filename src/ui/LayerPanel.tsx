import { memo } from 'react';
import type { LayerId, LayerInfo } from '../view/layers';
import { SymbolGraphic } from './SymbolGraphic';

interface LayerPanelProps {
  layers: LayerInfo[];
  counts: Record<LayerId, number>;
  visible: ReadonlySet<LayerId>;
  onToggle: (id: LayerId, visible: boolean) => void;
  onZoomTo: (id: LayerId) => void;
}

/** The legend and the layer switches in one: each row says what the layer is and how many features it holds. */
function LayerPanelView({ layers, counts, visible, onToggle, onZoomTo }: LayerPanelProps) {
  return (
    <fieldset className="layer-panel">
      <legend>Layers</legend>
      {layers.map((layer) => {
        const { symbol } = layer;
        return (
          <div key={layer.id} className="layer-panel__row">
            <input
              type="checkbox"
              id={`layer-${layer.id}`}
              checked={visible.has(layer.id)}
              onChange={(event) => onToggle(layer.id, event.target.checked)}
              aria-describedby={`layer-${layer.id}-description`}
            />
            <span className="layer-panel__symbol">
              {symbol === 'line' ? (
                <span className="legend-line" aria-hidden="true" />
              ) : (
                <SymbolGraphic kind={symbol} />
              )}
            </span>
            <label htmlFor={`layer-${layer.id}`}>{layer.name}</label>
            <span className="layer-panel__count" aria-hidden="true">
              {counts[layer.id]}
            </span>
            <button
              type="button"
              className="layer-panel__zoom"
              onClick={() => onZoomTo(layer.id)}
              aria-label={`Zoom to ${layer.name}`}
              title={`Zoom to ${layer.name}`}
            >
              ⤢
            </button>
            <span id={`layer-${layer.id}-description`} className="layer-panel__description">
              {counts[layer.id]} {counts[layer.id] === 1 ? 'feature' : 'features'}.{' '}
              {layer.description}.
            </span>
          </div>
        );
      })}
    </fieldset>
  );
}

/** Memoised: redrawn only when its own props change, not on every change of the app's state. */
export const LayerPanel = memo(LayerPanelView);
