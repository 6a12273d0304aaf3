import type { Marker } from 'leaflet';
import { createContext, useContext } from 'react';

/**
 * The marker that stands for each feature id, so a selection from the URL,
 * the reader or a list can open that feature's popup.
 */
export class FeatureRegistry {
  private readonly markers = new Map<string, Marker>();
  private readonly ids = new WeakMap<Marker, string>();

  register(id: string, marker: Marker): () => void {
    this.markers.set(id, marker);
    this.ids.set(marker, id);
    return () => {
      if (this.markers.get(id) === marker) this.markers.delete(id);
    };
  }

  markerOf(id: string): Marker | undefined {
    return this.markers.get(id);
  }

  idOf(marker: unknown): string | undefined {
    return marker && typeof marker === 'object' ? this.ids.get(marker as Marker) : undefined;
  }
}

export const FeatureRegistryContext = createContext<FeatureRegistry | null>(null);

export function useFeatureRegistry(): FeatureRegistry {
  const registry = useContext(FeatureRegistryContext);
  if (!registry)
    throw new Error(
      'useFeatureRegistry() must be used inside <CrossingsMap>, which provides the registry.',
    );
  return registry;
}
