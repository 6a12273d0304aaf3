import type { CompiledSource } from '../data/compiled';
import { sourceTitle } from '../view/format';

/** Every article, to open directly in the reader. */
export function SourceList({
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
      <ul>
        {sources.map((source) => (
          <li key={source.id}>
            <button
              type="button"
              className="link-button"
              aria-current={source.id === openSourceId ? 'true' : undefined}
              onClick={() => onOpen(source.id)}
            >
              {sourceTitle(source)}
            </button>
            <span className="source-list__meta">
              {source.outlet ?? 'Outlet unknown'} · {source.author ?? 'author unknown'} ·{' '}
              {source.published ?? 'date unknown'}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
