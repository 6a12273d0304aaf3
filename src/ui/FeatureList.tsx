import { useEffect, useId, useRef, memo } from 'react';
import { SCALE } from '../view/scale';
import { VirtualList } from './LazyVirtualList';
import { formatDate } from '../view/format';
import { LIST_SORTS, type ListGroup, type ListItem, type ListSort } from '../view/featureList';
import type { LayerId } from '../view/layers';

interface FeatureListProps {
  groups: ListGroup[];
  /** Names of the layers switched off, which the list leaves out. */
  hiddenLayers: string[];
  narrowed: boolean;
  /** A filter is still being applied: the rows are about to change. */
  updating: boolean;
  sort: ListSort;
  selected: string | null;
  onSort: (sort: ListSort) => void;
  onSelect: (id: string) => void;
  /** For features with no popup of their own (reference borders). */
  onZoomToLayer: (layer: LayerId) => void;
  /** The user's shown tables: how many of their rows the time range keeps. */
  tables?: readonly { id: string; fileName: string; shown: number; placed: number }[];
}

const SORT_LABELS: Record<ListSort, string> = { name: 'Name', date: 'Date' };

/**
 * Every feature the map shows, under the same filters: the screen reader's
 * way through the map, and a quick index for everyone.
 */
function FeatureListView({
  groups,
  hiddenLayers,
  narrowed,
  updating,
  sort,
  selected,
  onSort,
  onSelect,
  onZoomToLayer,
  tables = [],
}: FeatureListProps) {
  const id = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const shown = groups.reduce((sum, group) => sum + group.items.length, 0);

  // A feature selected on the map is brought into view here too; not on first load,
  // where it would scroll the layers out of sight.
  const loaded = useRef(false);
  useEffect(() => {
    const firstRun = !loaded.current;
    loaded.current = true;
    if (!selected || firstRun) return;
    const row = listRef.current?.querySelector<HTMLElement>(
      `[data-feature-id="${CSS.escape(selected)}"]`,
    );
    row?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <section
      className="feature-list"
      aria-labelledby={`${id}-title`}
      aria-busy={updating}
      ref={listRef}
    >
      <div className="feature-list__header">
        <h2 id={`${id}-title`}>
          On the map <span className="feature-list__total">({shown})</span>
        </h2>
        <label className="feature-list__sort">
          Sort by{' '}
          <select value={sort} onChange={(event) => onSort(event.target.value as ListSort)}>
            {LIST_SORTS.map((option) => (
              <option key={option} value={option}>
                {SORT_LABELS[option]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {hiddenLayers.length > 0 && (
        <p className="feature-list__note">Layers switched off: {hiddenLayers.join(', ')}.</p>
      )}
      {groups.map((group) => (
        <div key={group.layer.id} className="feature-list__group">
          <h3 id={`${id}-${group.layer.id}`}>
            {group.layer.name}{' '}
            <span className="feature-list__count">
              {narrowed && group.items.length !== group.total
                ? `${group.items.length} of ${group.total}`
                : group.items.length}
            </span>
          </h3>
          {group.items.length === 0 ? (
            <p className="feature-list__empty">None under the current filters.</p>
          ) : (
            <FeatureRows
              items={group.items}
              labelledBy={`${id}-${group.layer.id}`}
              selected={selected}
              onChoose={(itemId) =>
                group.layer.id === 'border' ? onZoomToLayer(group.layer.id) : onSelect(itemId)
              }
            />
          )}
        </div>
      ))}
      {tables.length > 0 && (
        <div className="feature-list__group">
          <h3 id={`${id}-imported`}>Your tables (imported, not checked against the sources)</h3>
          <ul aria-labelledby={`${id}-imported`}>
            {tables.map((table) => (
              <li key={table.id} className="feature-list__table">
                {table.fileName}:{' '}
                {table.shown === table.placed
                  ? `${table.placed.toLocaleString('en')} rows`
                  : `${table.shown.toLocaleString('en')} of ${table.placed.toLocaleString('en')} rows shown`}{' '}
                (found by name in the search)
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

interface FeatureRowsProps {
  items: ListItem[];
  labelledBy: string;
  selected: string | null;
  onChoose: (id: string) => void;
}

function FeatureRows(props: FeatureRowsProps) {
  if (props.items.length >= SCALE.virtualListFrom)
    return (
      <VirtualList
        items={props.items}
        keyOf={itemKey}
        renderRow={(item) => (
          <FeatureRow item={item} selected={props.selected} onChoose={props.onChoose} />
        )}
        labelledBy={props.labelledBy}
        rowHeight={44}
        current={props.selected}
      />
    );
  return (
    <ul aria-labelledby={props.labelledBy}>
      {props.items.map((item) => (
        <li key={item.id}>
          <FeatureRow item={item} selected={props.selected} onChoose={props.onChoose} />
        </li>
      ))}
    </ul>
  );
}

const itemKey = (item: ListItem) => item.id;

function FeatureRow({
  item,
  selected,
  onChoose,
}: {
  item: ListItem;
  selected: string | null;
  onChoose: (id: string) => void;
}) {
  return (
    <button
      type="button"
      className="feature-list__item"
      data-feature-id={item.id}
      aria-current={item.id === selected ? 'true' : undefined}
      onClick={() => onChoose(item.id)}
    >
      <span className="feature-list__name">{item.name}</span>
      <span className="feature-list__meta">
        {item.kind}
        {item.when && ` · ${formatDate(item.when)}`}
      </span>
    </button>
  );
}

/** Memoised: redrawn only when its own props change, not on every change of the app's state. */
export const FeatureList = memo(FeatureListView);
