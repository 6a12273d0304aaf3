import { createContext, useContext } from 'react';
import type { BackgroundLabel, BackgroundScreen } from '../view/backgroundLabels';
import type { LabelRequest, PathLabelRequest } from '../view/labelPlacement';

/**
 * The built-in basemap's names for the screen as it is: label requests for
 * the one placement, and what drawing each needs. The basemap's own (lazy)
 * module makes them, so their code comes only with the basemap.
 */
export interface BackgroundLabels {
  requestsFor(screen: Omit<BackgroundScreen, 'countryAt'>): {
    requests: (LabelRequest | PathLabelRequest)[];
    labels: Map<string, BackgroundLabel>;
  };
}

/**
 * How the lazily loaded built-in basemap hands its names to the map's one
 * label placement (LabelsLayer), which places them after the story's own.
 */
export const BackgroundLabelsContext = createContext<(labels: BackgroundLabels | null) => void>(
  () => {},
);

export const usePublishBackgroundLabels = () => useContext(BackgroundLabelsContext);
