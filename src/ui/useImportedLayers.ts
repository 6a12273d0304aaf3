import { useCallback, useEffect, useRef, useState } from 'react';
import { later } from '../loading/later';
import type { ImportError, ImportedLayer, ImportResult } from '../data/importLayer';
import { forgetImport, keptImports, storageProblem } from '../data/importStore';
import { importKindOf, MAX_TABLE_BYTES } from '../data/importKinds';
import type { ColumnRoles } from '../data/table/columns';
import type { ImportedTable, TableStyle } from '../data/table/importedTable';
import { bboxOf, daysOf } from '../view/tableExtent';
import { keepOnDevice } from './keepOnDevice';
import type { Addition, ColumnsToPick, ImportedLayers, TableBeingRead } from './importedLayerTypes';

export type { ImportedTable, TableStyle } from '../data/table/importedTable';
export type { ColumnsToPick, ImportedLayers, TableBeingRead } from './importedLayerTypes';

/**
 * The user's own layers: GeoJSON files and event tables. They are kept on
 * this device (IndexedDB) and nothing is uploaded; they come back after the
 * first paint of a reload. A file that fails to load leaves every other layer
 * as it was; a file added under a name already here replaces it.
 */
export function useImportedLayers(restore: boolean): ImportedLayers {
  const [layers, setLayers] = useState<ImportedLayer[]>([]);
  const [tables, setTables] = useState<ImportedTable[]>([]);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<ImportError[]>([]);
  const [pending, setPending] = useState(0);
  const [reading, setReading] = useState<TableBeingRead[]>([]);
  const [toPick, setToPick] = useState<(ColumnsToPick & { addition: Addition })[]>([]);
  const [storage, setStorage] = useState<string | null>(null);
  const [styles, setStyles] = useState<ReadonlyMap<string, TableStyle>>(new Map());
  const styleTable = useCallback((id: string, style: TableStyle | null) => {
    setStyles((current) => {
      const next = new Map(current);
      if (style) next.set(id, style);
      else next.delete(id);
      return next;
    });
  }, []);
  const nextId = useRef(1);
  // Each add of a file name gets a number; only the newest add of a name may land.
  const generations = useRef(new Map<string, number>());
  const nextGeneration = (name: string) => {
    const generation = (generations.current.get(name) ?? 0) + 1;
    generations.current.set(name, generation);
    return generation;
  };
  // For remove(), which needs the file's name without re-creating itself on every change.
  const tablesRef = useRef(tables);
  const layersRef = useRef(layers);
  useEffect(() => {
    tablesRef.current = tables;
    layersRef.current = layers;
  }, [tables, layers]);

  const fail = (error: ImportError) => setErrors((current) => [...current, error]);

  /** Drops whatever holds this file name now: the new file replaces it. */
  const replace = useCallback((name: string) => {
    setLayers((current) => current.filter((layer) => layer.fileName !== name));
    setTables((current) => {
      for (const table of current) if (table.fileName === name) table.worker.close();
      return current.filter((table) => table.fileName !== name);
    });
  }, []);

  const keep = useCallback(async (addition: Addition, size: number) => {
    if (addition.keep) setStorage(await keepOnDevice(addition, size));
  }, []);

  const addTable = useCallback(
    async (addition: Addition) => {
      if (addition.file.size > MAX_TABLE_BYTES) {
        fail({
          code: 'too-large',
          fileName: addition.name,
          message: `The table is ${(addition.file.size / 1_000_000).toFixed(1)} MB; the limit is ${MAX_TABLE_BYTES / 1_000_000} MB. Split it by year or by region.`,
        });
        return;
      }
      const generation = nextGeneration(addition.name);
      const id = `import-${nextId.current++}`;
      const { TableWorker } = await later.load('tableReader');
      const worker = new TableWorker();
      const controller = new AbortController();
      const progress: TableBeingRead = {
        id,
        fileName: addition.name,
        fraction: 0,
        cancel: () => controller.abort(),
      };
      setReading((current) => [...current, progress]);
      const setFraction = (fraction: number) =>
        setReading((current) =>
          current.map((entry) => (entry.id === id ? { ...entry, fraction } : entry)),
        );
      try {
        const bytes = await addition.file.arrayBuffer();
        const result = await worker.read(bytes, {
          signal: controller.signal,
          onProgress: setFraction,
          ...(addition.roles ? { roles: addition.roles } : {}),
        });
        // A newer file of the same name was added meanwhile: it wins, whichever finishes first.
        if (generations.current.get(addition.name) !== generation) {
          worker.close();
          return;
        }
        if (!('code' in result) && result.placed.count === 0) {
          worker.close();
          fail({
            code: 'empty',
            fileName: addition.name,
            message: `None of its ${result.rows.toLocaleString('en')} rows could be placed. ${result.skipped.first
              .slice(0, 3)
              .map((problem) => problem.message)
              .join(' ')}`,
          });
          return;
        }
        if ('code' in result) {
          worker.close();
          if (result.code === 'no-coordinates')
            setToPick((current) => [
              ...current.filter((entry) => entry.fileName !== addition.name),
              { id, fileName: addition.name, header: result.header, addition },
            ]);
          else fail({ code: 'empty', fileName: addition.name, message: result.message });
          return;
        }
        replace(addition.name);
        const table: ImportedTable = {
          id,
          fileName: addition.name,
          size: addition.file.size,
          addedAt: addition.addedAt,
          reading: result,
          worker,
          bbox: bboxOf(result.placed.lat, result.placed.lon),
          days: daysOf(result.placed.start, result.placed.end),
        };
        setTables((current) => [...current, table]);
        await keep(addition, addition.file.size);
      } catch (error) {
        worker.close();
        if (error instanceof DOMException && error.name === 'AbortError') return;
        fail({
          code: 'unreadable',
          fileName: addition.name,
          message: `The file could not be read (${error instanceof Error ? error.message : String(error)}).`,
        });
      } finally {
        setReading((current) => current.filter((entry) => entry.id !== id));
      }
    },
    [keep, replace],
  );

  const addGeoJson = useCallback(
    async (addition: Addition) => {
      const generation = nextGeneration(addition.name);
      setPending((count) => count + 1);
      try {
        // The parser (check-geojson with it) runs in a worker of its own, per file.
        const { readGeoJsonInWorker, sizeError } = await later.load('importParser');
        const tooLarge = sizeError(addition.name, addition.file.size);
        const bytes = tooLarge ? null : await addition.file.arrayBuffer().catch(() => null);
        const result: ImportResult = tooLarge
          ? { error: tooLarge }
          : bytes
            ? await readGeoJsonInWorker(bytes, addition.name, `import-${nextId.current++}`)
            : {
                error: {
                  code: 'unreadable',
                  fileName: addition.name,
                  message: 'The browser could not read the file (moved, or no longer allowed).',
                },
              };
        if ('layer' in result) {
          if (generations.current.get(addition.name) !== generation) return;
          replace(addition.name);
          const layer = { ...result.layer, size: addition.file.size, addedAt: addition.addedAt };
          setLayers((current) => [...current, layer]);
          await keep(addition, addition.file.size);
        } else fail(result.error);
      } finally {
        setPending((count) => count - 1);
      }
    },
    [keep, replace],
  );

  const add = useCallback(
    (addition: Addition) => (addition.kind === 'table' ? addTable(addition) : addGeoJson(addition)),
    [addTable, addGeoJson],
  );

  const addFiles = useCallback(
    async (files: Iterable<File>) => {
      const now = Date.now();
      await Promise.all(
        [...files].map((file) =>
          add({ name: file.name, kind: importKindOf(file), file, addedAt: now, keep: true }),
        ),
      );
    },
    [add],
  );

  // Restored once the first view is done: the device's files must not hold up the map.
  const restored = useRef(false);
  useEffect(() => {
    if (!restore || restored.current) return;
    restored.current = true;
    keptImports().then(
      (kept) =>
        Promise.all(
          kept.map((entry) =>
            add({
              name: entry.name,
              kind: entry.kind,
              file: entry.file,
              addedAt: entry.addedAt,
              ...(entry.roles ? { roles: entry.roles } : {}),
              keep: false,
            }),
          ),
        ),
      (error: unknown) =>
        setStorage(
          `Your layers kept on this device could not be read back: ${storageProblem(error)}.`,
        ),
    );
  }, [restore, add]);

  const pickColumns = useCallback(
    (id: string, roles: Partial<ColumnRoles>) => {
      const entry = toPick.find((candidate) => candidate.id === id);
      if (!entry) return;
      setToPick((current) => current.filter((candidate) => candidate.id !== id));
      void add({ ...entry.addition, roles, keep: true });
    },
    [toPick, add],
  );
  const toggle = useCallback((layerId: string, visible: boolean) => {
    setHidden((current) => {
      const next = new Set(current);
      if (visible) next.delete(layerId);
      else next.add(layerId);
      return next;
    });
  }, []);
  const remove = useCallback((layerId: string) => {
    const name =
      tablesRef.current.find((table) => table.id === layerId)?.fileName ??
      layersRef.current.find((layer) => layer.id === layerId)?.fileName;
    setLayers((current) => current.filter((layer) => layer.id !== layerId));
    setTables((current) => {
      for (const table of current) if (table.id === layerId) table.worker.close();
      return current.filter((table) => table.id !== layerId);
    });
    if (name)
      forgetImport(name).catch((error: unknown) =>
        setStorage(`“${name}” could not be removed from this device: ${storageProblem(error)}.`),
      );
  }, []);
  const dismissError = useCallback(
    (index: number) => setErrors((current) => current.filter((_, i) => i !== index)),
    [],
  );
  const dismissPick = useCallback(
    (id: string) => setToPick((current) => current.filter((entry) => entry.id !== id)),
    [],
  );
  return {
    layers,
    tables,
    hidden,
    errors,
    pending,
    reading,
    toPick,
    storage,
    styles,
    styleTable,
    addFiles,
    pickColumns,
    toggle,
    remove,
    dismissError,
    dismissPick,
  };
}
