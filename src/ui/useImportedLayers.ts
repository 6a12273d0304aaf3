import { useCallback, useRef, useState } from 'react';
import { later } from '../loading/later';
import type { ImportError, ImportedLayer, ImportResult } from '../data/importLayer';

export interface ImportedLayers {
  layers: ImportedLayer[];
  hidden: ReadonlySet<string>;
  /** One per file that could not be added, newest last. */
  errors: ImportError[];
  /** Files being read. */
  pending: number;
  addFiles: (files: Iterable<File>) => Promise<void>;
  toggle: (layerId: string, visible: boolean) => void;
  remove: (layerId: string) => void;
  dismissError: (index: number) => void;
}

/**
 * The user's own GeoJSON layers. They live in this tab only (nothing is
 * uploaded), and a file that fails to load leaves every other layer as it was.
 */
export function useImportedLayers(): ImportedLayers {
  const [layers, setLayers] = useState<ImportedLayer[]>([]);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<ImportError[]>([]);
  const [pending, setPending] = useState(0);
  const nextId = useRef(1);

  const addFiles = useCallback(async (files: Iterable<File>) => {
    const list = [...files];
    if (list.length === 0) return;
    setPending((count) => count + list.length);
    // The parser (and check-geojson) load with the first file.
    const { parseImportedLayer, sizeError } = await later.load('importParser');
    for (const file of list) {
      const tooLarge = sizeError(file.name, file.size);
      const bytes = tooLarge ? null : await file.arrayBuffer().catch(() => null);
      const result: ImportResult = tooLarge
        ? { error: tooLarge }
        : bytes
          ? parseImportedLayer(new Uint8Array(bytes), file.name, `import-${nextId.current++}`)
          : {
              error: {
                code: 'unreadable',
                fileName: file.name,
                message: 'The browser could not read the file (moved, or no longer allowed).',
              },
            };
      if ('layer' in result) setLayers((current) => [...current, result.layer]);
      else setErrors((current) => [...current, result.error]);
      setPending((count) => count - 1);
    }
  }, []);
  const toggle = useCallback((layerId: string, visible: boolean) => {
    setHidden((current) => {
      const next = new Set(current);
      if (visible) next.delete(layerId);
      else next.add(layerId);
      return next;
    });
  }, []);
  const remove = useCallback(
    (layerId: string) => setLayers((current) => current.filter((layer) => layer.id !== layerId)),
    [],
  );
  const dismissError = useCallback(
    (index: number) => setErrors((current) => current.filter((_, i) => i !== index)),
    [],
  );
  return { layers, hidden, errors, pending, addFiles, toggle, remove, dismissError };
}
