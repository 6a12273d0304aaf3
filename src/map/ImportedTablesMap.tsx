import {
  canvas,
  circleMarker,
  divIcon,
  layerGroup,
  marker,
  type DivIcon,
  type LayerGroup,
  type PathOptions,
} from 'leaflet';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Popup, useMap } from 'react-leaflet';
import type { TableMarker } from '../data/table/tableProtocol';
import {
  CATEGORY_COLOURS,
  hideOf,
  type ImportedTable,
  type TableStyle,
} from '../data/table/importedTable';
import { daysOfRange, type MonthRange } from '../view/timeline';

/** Rows placed on their place, near it, or only in its region (the conflict-event precision codes). */
const ROW_STYLES: Record<number, PathOptions> = {
  0: { radius: 5, color: '#fff', weight: 1.5, fillColor: '#0b6e69', fillOpacity: 1 },
  1: { radius: 5, color: '#fff', weight: 1.5, fillColor: '#0b6e69', fillOpacity: 1 },
  2: { radius: 8, color: '#0b6e69', weight: 2, fillColor: '#0b6e69', fillOpacity: 0.15 },
  3: {
    radius: 12,
    color: '#0b6e69',
    weight: 2,
    dashArray: '4 4',
    fillColor: '#0b6e69',
    fillOpacity: 0.05,
  },
} as Record<number, PathOptions>;

const PANE = 'importedTables';

const icons = new Map<string, DivIcon>();

/** A count on a disc; the count is a number, never the file's text. */
function clusterIcon(count: number): DivIcon {
  const size = count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 42 : 48;
  const text = count < 1000 ? String(count) : `${Math.round(count / 100) / 10}k`;
  let icon = icons.get(text);
  if (!icon) {
    icon = divIcon({
      className: 'cluster cluster--imported',
      html: `<span>${text}</span>`,
      iconSize: [size, size],
    });
    icons.set(text, icon);
  }
  return icon;
}

interface ImportedTablesMapProps {
  tables: ImportedTable[];
  /** The timeline's range: dated rows outside it are not drawn. */
  time: MonthRange | null;
  /** Tables coloured by a column, some of its values hidden. */
  styles: ReadonlyMap<string, TableStyle>;
  hidden: ReadonlySet<string>;
  /** The key (`table id:row index`) of the row whose popup is open. */
  openKey: string | null;
  onOpen: (key: string) => void;
  onClose: (key: string) => void;
  popup: (table: ImportedTable, index: number) => ReactNode;
}

/**
 * The user's tables on the map: each table's worker clusters its rows for
 * the view (a few hundred markers, however many rows), asked again after each
 * move; clusters are buttons that zoom in, rows are drawn on a canvas by how
 * precisely the file places them, and open a popup of their cells.
 */
export default function ImportedTablesMap({
  tables,
  time,
  styles,
  hidden,
  openKey,
  onOpen,
  onClose,
  popup,
}: ImportedTablesMapProps) {
  const shown = tables.filter((table) => !hidden.has(table.id));
  const from = time?.from;
  const to = time?.to;
  const days = useMemo(() => daysOfRange(from && to ? { from, to } : null), [from, to]);
  const open = openKey ? openRow(shown, openKey) : null;
  return (
    <>
      {shown.map((table) => (
        <TableMarkers
          key={table.id}
          table={table}
          days={days}
          style={styles.get(table.id) ?? null}
          onOpen={onOpen}
        />
      ))}
      {open && openKey && (
        <Popup
          key={openKey}
          position={[
            open.table.reading.placed.lat[open.index]!,
            open.table.reading.placed.lon[open.index]!,
          ]}
          minWidth={Math.min(260, window.innerWidth - 90)}
          maxWidth={Math.min(360, window.innerWidth - 90)}
          eventHandlers={{ remove: () => onClose(openKey) }}
        >
          {popup(open.table, open.index)}
        </Popup>
      )}
    </>
  );
}

function openRow(tables: ImportedTable[], key: string) {
  const cut = key.lastIndexOf(':');
  const table = tables.find((candidate) => candidate.id === key.slice(0, cut));
  const index = Number(key.slice(cut + 1));
  if (!table || !Number.isInteger(index) || index < 0 || index >= table.reading.placed.count)
    return null;
  return { table, index };
}

function TableMarkers({
  table,
  days,
  style,
  onOpen,
}: {
  table: ImportedTable;
  days: [number, number] | null;
  style: TableStyle | null;
  onOpen: (key: string) => void;
}) {
  // Asked again only when what is hidden changes, not on every new style object.
  const hideKey = JSON.stringify(hideOf(style));
  const hide = useMemo(() => JSON.parse(hideKey) as ReturnType<typeof hideOf>, [hideKey]);
  const codes =
    style && table.reading.categories.find((category) => category.column === style.column)?.codes;
  const map = useMap();
  const renderer = useMemo(() => canvas({ padding: 0.2, pane: PANE }), []);
  const group = useRef<LayerGroup | null>(null);
  const [markers, setMarkers] = useState<TableMarker[]>([]);
  const openRef = useRef(onOpen);
  useEffect(() => {
    openRef.current = onOpen;
  }, [onOpen]);

  useEffect(() => {
    let live = true;
    const ask = () => {
      const bounds = map.getBounds();
      // A little beyond the view, so a short pan has its markers already.
      const pad = bounds.pad(0.25);
      void table.worker
        .clusters(
          [
            Math.max(-180, pad.getWest()),
            Math.max(-90, pad.getSouth()),
            Math.min(180, pad.getEast()),
            Math.min(90, pad.getNorth()),
          ],
          map.getZoom(),
          days,
          hide,
        )
        .then((answer) => {
          if (live && answer) setMarkers(answer);
        });
    };
    ask();
    map.on('moveend', ask);
    return () => {
      live = false;
      map.off('moveend', ask);
    };
  }, [map, table, days, hide]);

  useEffect(() => {
    // Under the story's own markers (Leaflet's marker pane is at 600), over its lines.
    if (!map.getPane(PANE)) map.createPane(PANE).style.zIndex = '450';
    const layer = (group.current ??= layerGroup().addTo(map));
    layer.clearLayers();
    const { precision } = table.reading.placed;
    for (const item of markers) {
      if (item.clusterId !== null) {
        const cluster = marker([item.lat, item.lon], {
          icon: clusterIcon(item.count),
          pane: PANE,
          keyboard: true,
          title: `${item.count.toLocaleString('en')} rows of ${table.fileName} here: zoom in to see them`,
          alt: '',
        });
        const zoomIn = () =>
          map.setView([item.lat, item.lon], Math.min(item.expandsAt ?? map.getZoom() + 2, 18));
        cluster.on('click', zoomIn);
        cluster.on('add', () => {
          const element = cluster.getElement();
          // Enter and Space as on any button (the map's own keys would otherwise take them).
          element?.addEventListener('keydown', (event) => {
            if (event.key !== 'Enter' && event.key !== ' ') return;
            event.preventDefault();
            event.stopPropagation();
            zoomIn();
          });
          element?.setAttribute('role', 'button');
          element?.setAttribute('aria-label', cluster.options.title ?? '');
          element?.setAttribute('data-imported-cluster', table.id);
        });
        layer.addLayer(cluster);
      } else {
        const index = item.index!;
        const base = ROW_STYLES[precision[index]!]!;
        const colour = codes ? CATEGORY_COLOURS[codes[index]!] : undefined;
        const row = circleMarker([item.lat, item.lon], {
          ...base,
          // A coloured dot keeps its precision's shape: only the fill (and a ring's line) change.
          ...(colour
            ? base.fillOpacity === 1
              ? { fillColor: colour }
              : { color: colour, fillColor: colour }
            : {}),
          renderer,
          pane: PANE,
        });
        row.on('click', () => openRef.current(`${table.id}:${index}`));
        layer.addLayer(row);
      }
    }
  }, [map, markers, renderer, table, codes]);

  useEffect(
    () => () => {
      group.current?.remove();
      group.current = null;
    },
    [],
  );
  return null;
}
