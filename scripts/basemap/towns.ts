/**
 * What the built-in basemap's towns are chosen from for a corpus: the box
 * round its focus, and the places of its own that no background town may repeat.
 */
import type { CompiledCorpus } from '../../src/data/compiled';
import type { OwnPlace } from '../../src/geo/basemapTowns';
import { focusBox } from '../../src/geo/focusBox';

/**
 * Background towns are drawn this far round the story's focus: far enough to
 * take in the cities a reader places it by (Şanlıurfa, Diyarbakır, Mosul,
 * Deir ez-Zor), not the whole extent of the features, which reaches Central Asia.
 */
export const TOWNS_MARGIN_KM = 200;
export const townsBox = (focus: CompiledCorpus['focus']) =>
  focusBox(
    [
      [focus[0], focus[1]],
      [focus[2], focus[3]],
    ],
    TOWNS_MARGIN_KM,
  );

/** Settlements and regions: the places on the ground a background town could repeat. */
export function ownPlaces(corpus: CompiledCorpus): OwnPlace[] {
  return corpus.places.features
    .filter((place) => !['country', 'continent'].includes(place.properties.kind))
    .map((place) => ({
      id: place.id,
      geonames: [place.properties.gazetteer, place.properties.markedAt?.gazetteer].flatMap(
        (gazetteer) => (gazetteer?.geonames ? [gazetteer.geonames] : []),
      ),
      country: place.properties.country,
      position: place.geometry.coordinates,
    }));
}
