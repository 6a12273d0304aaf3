import { keepImport, storageProblem, type StoredImport } from '../data/importStore';
import type { Addition } from './importedLayerTypes';

/**
 * Keeps an added file on this device (IndexedDB) for the next visit; what to
 * tell the user when the device refuses (the file stays on the map), or null.
 */
export async function keepOnDevice(addition: Addition, size: number): Promise<string | null> {
  const entry: StoredImport = {
    name: addition.name,
    kind: addition.kind,
    size,
    addedAt: addition.addedAt,
    file: addition.file,
    ...(addition.roles ? { roles: addition.roles } : {}),
  };
  try {
    await keepImport(entry);
    return null;
  } catch (error) {
    return `“${addition.name}” is on the map, but could not be kept on this device: ${storageProblem(error)}. It will be gone after a reload.`;
  }
}
