import { useCallback, useMemo } from 'react';
import { listGroups, type ListSort } from '../../view/featureList';
import { isNarrowed } from '../../view/filters';
import { filterOf } from '../../data/table/importedTable';
import { countKept } from '../../data/table/rowFilter';
import { daysOfRange } from '../../view/timeline';
import { LAYER_SPECS, layerInfos } from '../../view/layers';
import { BasemapPicker } from '../BasemapControls';
import { FeatureList } from '../FeatureList';
import { ImportControl } from '../ImportControl';
import { SourceList } from '../SourceList';
import { useApp } from '../state/AppContext';

/**
 * The sidebar's parts the first view does without (see the loading table):
 * the basemap picker, your layers, the list of everything the map shows, and
 * the sources.
 */
export function SidebarLists() {
  const {
    corpus,
    layers,
    index,
    shown,
    updating,
    filter,
    time,
    state,
    dispatch,
    actions,
    imports,
  } = useApp();
  const { link, local } = state;
  const infos = useMemo(() => layerInfos(layers), [layers]);
  // Sorting 100,000 names takes a noticeable moment: only here, once the list is there to show them.
  const groups = useMemo(
    () => listGroups(layers, shown, infos, link.layers, local.sort, index.nameRankOf),
    [layers, shown, infos, link.layers, local.sort, index.nameRankOf],
  );
  const tables = useMemo(() => {
    const days = daysOfRange(time);
    return imports.tables
      .filter((table) => !imports.hidden.has(table.id))
      .map((table) => ({
        id: table.id,
        fileName: table.fileName,
        placed: table.reading.placed.count,
        shown: countKept(
          table.reading.placed.start,
          table.reading.placed.end,
          filterOf(table, imports.styles.get(table.id), days),
        ),
      }));
  }, [imports.tables, imports.hidden, imports.styles, time]);
  const hiddenLayers = useMemo(
    () =>
      LAYER_SPECS.filter((spec) => !link.layers.has(spec.id)).map(
        (spec) => infos.find((info) => info.id === spec.id)!.name,
      ),
    [infos, link.layers],
  );
  const select = useCallback(
    (featureId: string | null) => dispatch({ type: 'selectFeature', featureId }),
    [dispatch],
  );
  const sortList = useCallback(
    (sort: ListSort) => dispatch({ type: 'sortList', sort }),
    [dispatch],
  );
  const openSource = useCallback(
    (sourceId: string | null) => dispatch({ type: 'openSource', sourceId }),
    [dispatch],
  );
  return (
    <>
      <BasemapPicker
        choice={local.basemap}
        onChoose={(basemap) => dispatch({ type: 'chooseBasemap', basemap })}
      />
      <ImportControl
        imports={imports}
        openFeature={local.openImported?.key ?? null}
        onOpenFeature={(key) => actions.openImportedFeature(key, true)}
        onZoomTo={actions.zoomToImported}
      />
      <FeatureList
        groups={groups}
        hiddenLayers={hiddenLayers}
        narrowed={isNarrowed(filter)}
        updating={updating}
        tables={tables}
        sort={local.sort}
        selected={link.feature}
        onSort={sortList}
        onSelect={select}
        onZoomToLayer={actions.zoomToLayer}
      />
      <SourceList sources={corpus.sources} openSourceId={link.source} onOpen={openSource} />
    </>
  );
}
