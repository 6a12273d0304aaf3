import { createContext, useContext } from 'react';
import type { BackgroundSource } from '../view/backgroundLabels';

/** The built-in basemap's names, with how to tell which country a point is in. */
export type BackgroundLabels = BackgroundSource & {
  countryAt: (lng: number, lat: number) => string | null;
};

/**
 * How the lazily loaded built-in basemap hands its names to the map's one
 * label placement (LabelsLayer), which places them after the story's own.
 */
export const BackgroundLabelsContext = createContext<(labels: BackgroundLabels | null) => void>(
  () => {},
);

export const usePublishBackgroundLabels = () => useContext(BackgroundLabelsContext);
