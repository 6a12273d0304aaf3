import { Suspense } from 'react';
import { later } from '../../loading/later';
import { filterOf } from '../../data/table/importedTable';
import { countKept } from '../../data/table/rowFilter';
import { monthLabel } from '../../view/format';
import { daysOfRange } from '../../view/timeline';
import { importedRowsInView } from '../importedExport';
import type { QuoteRef } from '../../view/urlState';
import { useApp } from '../state/AppContext';

const RouteWalkPanel = later.lazyPart('walkPanel', 'default');
const MeasurePanel = later.lazyPart('measurePanel', 'default');
const ExportPanel = later.lazyPart('exportPanel', 'default');
const FiguresPanel = later.lazyPart('figures', 'default');

/** The open tools' cards over the map (walk, measure, export), and the figures beside it. */
export function ToolCards() {
  const { state, dispatch, actions, walk, details, shown, time, matches, imports } = useApp();
  const { link, local } = state;
  // Built only when a download asks for them: a table can hold half a million rows.
  const importedRows = () =>
    importedRowsInView(imports.tables, imports.hidden, imports.styles, time);
  const days = daysOfRange(time);
  const importedCount = (link.panel === 'export' ? imports.tables : [])
    .filter((table) => !imports.hidden.has(table.id))
    .reduce(
      (sum, table) =>
        sum +
        countKept(
          table.reading.placed.start,
          table.reading.placed.end,
          filterOf(table, imports.styles.get(table.id), days),
        ),
      0,
    );
  const openPassage = (sourceId: string, quote?: QuoteRef) =>
    dispatch({ type: 'openSource', sourceId, quote });
  return (
    <>
      <Suspense fallback={null}>
        <div className="tool-cards">
          {walk && link.walk && (
            <RouteWalkPanel
              walk={walk}
              step={link.walk.step}
              onStep={(step) => dispatch({ type: 'stepWalk', step })}
              onOpenPassage={openPassage}
              onClose={() => actions.closeTool('walk')}
            />
          )}
          {local.measure && (
            <MeasurePanel
              points={local.measure}
              onAddCentre={actions.addMapCentre}
              onClear={() => dispatch({ type: 'clearMeasure' })}
              onClose={() => actions.closeTool('measure')}
            />
          )}
          {link.panel === 'export' && (
            <ExportPanel
              details={details}
              shown={shown}
              visible={link.layers}
              filters={[
                ...(link.query ? [`the search “${link.query}”`] : []),
                ...(time
                  ? [`the time range ${monthLabel(time.from)} – ${monthLabel(time.to)}`]
                  : []),
              ]}
              pending={link.query !== null && matches === null}
              imported={importedRows}
              importedCount={importedCount}
              onClose={() => actions.closeTool('export')}
            />
          )}
        </div>
      </Suspense>
      <Suspense fallback={<p className="panel panel--loading">Loading…</p>}>
        {link.panel === 'figures' && (
          <FiguresPanel
            details={details}
            onOpenPassage={openPassage}
            onShowFeature={(featureId: string) => dispatch({ type: 'showFromPanel', featureId })}
            onClose={() => actions.closeTool('figures')}
          />
        )}
      </Suspense>
    </>
  );
}
