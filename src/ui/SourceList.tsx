import { memo } from 'react';
import type { CompiledSource } from '../data/compiled';
import { sourceTitle } from '../view/format';
import { SCALE } from '../view/scale';
import { VirtualList } from './LazyVirtualList';

/** Every article, to open directly in the reader. */
function SourceListView({
  sources,
  openSourceId,
  onOpen,
}: {
  sources: CompiledSource[];
  openSourceId: string | null;
  onOpen: (id: string) => void;
}) {
  return (
    <section className="source-list" aria-labelledby="source-list-title">
      <h2 id="source-list-title">Sources</h2>
      {sources.length >= SCALE.virtualListFrom ? (
        <VirtualList
          items={sources}
          keyOf={sourceKey}
          renderRow={(source) => (
            <SourceRow source={source} open={source.id === openSourceId} onOpen={onOpen} />
          )}
          labelledBy="source-list-title"
          rowHeight={64}
          current={openSourceId}
        />
      ) : (
        <ul>
          {sources.map((source) => (
            <li key={source.id}>
              <SourceRow source={source} open={source.id === openSourceId} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const sourceKey = (source: CompiledSource) => source.id;

function SourceRow({
  source,
  open,
  onOpen,
}: {
  source: CompiledSource;
  open: boolean;
  onOpen: (id: string) => void;
}) {
  return (
    <>
      <button
        type="button"
        className="link-button"
        aria-current={open ? 'true' : undefined}
        onClick={() => onOpen(source.id)}
      >
        {sourceTitle(source)}
      </button>
      <span className="source-list__meta">
        {source.outlet ?? 'Outlet unknown'} · {source.author ?? 'author unknown'} ·{' '}
        {source.published ?? 'date unknown'}
      </span>
    </>
  );
}

/** Memoised: redrawn only when its own props change, not on every change of the app's state. */
export const SourceList = memo(SourceListView);
