import type { ImportedFeature, ImportedLayer } from '../../data/importLayer';
import ImportedLayersMap from '../../map/ImportedLayersMap';
import ImportedTablesMap from '../../map/ImportedTablesMap';
import { ImportedPopup } from '../popups/ImportedPopup';
import { ImportedRowPopup } from '../popups/ImportedRowPopup';
import { useApp } from '../state/AppContext';

/**
 * The user's own layers on the map, with the popup of the feature opened.
 * Loaded with the first file added (see the loading table).
 */
export default function ImportedLayersSlot() {
  const { state, dispatch, actions, imports, time } = useApp();
  const openLooseQuote = (source: string, quote: string, origin: string) =>
    dispatch({ type: 'openLooseQuote', source, quote, origin });
  const popup = (layer: ImportedLayer, feature: ImportedFeature, focusOnOpen: boolean) => (
    <ImportedPopup
      layer={layer}
      feature={feature}
      focusOnOpen={focusOnOpen}
      onOpenQuote={openLooseQuote}
    />
  );
  const open = state.local.openImported;
  return (
    <>
      <ImportedTablesMap
        tables={imports.tables}
        time={time}
        styles={imports.styles}
        hidden={imports.hidden}
        openKey={open?.key ?? null}
        onOpen={(key) => actions.openImportedFeature(key, false)}
        onClose={actions.closeImportedFeature}
        popup={(table, index) => (
          <ImportedRowPopup
            table={table}
            index={index}
            focusOnOpen={open?.fromList ?? false}
            onOpenQuote={openLooseQuote}
          />
        )}
      />
      <ImportedLayersMap
        layers={imports.layers}
        hidden={imports.hidden}
        open={state.local.openImported}
        onOpen={(key) => actions.openImportedFeature(key, false)}
        onClose={actions.closeImportedFeature}
        popup={popup}
      />
    </>
  );
}
