import { BasemapNotice } from '../BasemapControls';
import { FilterStatus } from '../FilterStatus';
import { useApp } from '../state/AppContext';

/** Over the map: what narrows it (search, time), each with a way to undo it. */
export function FilterNotice() {
  const { state, matches, time, dispatch } = useApp();
  return (
    <FilterStatus
      query={state.link.query}
      matchCount={matches?.size ?? null}
      time={time}
      onClearQuery={() => dispatch({ type: 'applyQuery', query: null })}
      onClearTime={() => dispatch({ type: 'setTime', range: null })}
    />
  );
}

/** Over the map: why the basemap is not the tiles, and the way back. */
export function BasemapNoticeSlot() {
  const { state, dispatch } = useApp();
  const notice = state.local.basemapNotice;
  if (!notice) return null;
  return (
    <BasemapNotice
      kind={notice.kind}
      detail={notice.detail}
      onRetryTiles={() => dispatch({ type: 'chooseBasemap', basemap: 'tiles' })}
      onDismiss={() => dispatch({ type: 'dismissBasemapNotice' })}
    />
  );
}
