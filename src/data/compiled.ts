/**
 * The compiled corpus `npm run check` writes and the app loads: the authored
 * data, already validated, with geometry built and every excerpt anchored.
 */
import type { Feature, LineString, MultiLineString, Point } from 'geojson';
import type { BorderCrossing, NearestBorder } from '../geo/borderMeasures';
import type { LegArrow } from '../geo/routes';
import type { DateSpan } from './dates';
import type { Problem } from './problems';
import type { TextPositionSelector, TextQuoteSelector } from './quotes';
import type {
  Excerpt,
  Figure,
  IncidentProperties,
  Measure,
  PlaceProperties,
  RouteProperties,
  Source,
} from './schema';

export interface AnchoredExcerpt extends Excerpt {
  /** W3C Web Annotation selectors into the source text. */
  selector: [TextQuoteSelector, TextPositionSelector];
}

/**
 * What compilation adds to authored properties. An export leaves these out to
 * give back the data as authored (a unit test holds it to the schemas).
 */
export const COMPILED_ONLY = {
  properties: ['when', 'nearestBorder', 'legsKm', 'totalKm', 'arrows', 'hasArcs', 'crossings'],
  figure: ['excerpt', 'when'],
  excerpt: ['selector'],
} as const;

/** A figure located in its feature's excerpts, with its date as a span. */
export interface CompiledFigure extends Figure {
  /** Index in the feature's excerpts of the passage that gives the number. */
  excerpt: number;
  /** `refersTo` as a span of days; absent when the text does not say. */
  when?: DateSpan;
}

type WithAnchoredExcerpts<P extends { excerpts: Excerpt[]; figures?: Figure[] }> = Omit<
  P,
  'excerpts' | 'figures'
> & {
  excerpts: AnchoredExcerpt[];
  figures?: CompiledFigure[];
};

export type CompiledPlace = Feature<
  Point,
  WithAnchoredExcerpts<PlaceProperties> & {
    /** The closest reference border, for settlements and regions (not countries). */
    nearestBorder?: NearestBorder;
  }
> & { id: string };
export type CompiledRoute = Feature<
  LineString | MultiLineString,
  WithAnchoredExcerpts<RouteProperties> & {
    legsKm: number[];
    totalKm: number;
    /** One direction arrow per leg, where the leg is drawn. */
    arrows: LegArrow[];
    /** Some legs are great-circle arcs (long flows), not straight lines. */
    hasArcs: boolean;
    /** Where legs, as drawn, cross a reference border. */
    crossings: BorderCrossing[];
    when?: DateSpan;
  }
> & { id: string };
export type CompiledIncident = Feature<
  Point,
  WithAnchoredExcerpts<IncidentProperties> & { when: DateSpan }
> & {
  id: string;
};

/** A GeoJSON FeatureCollection whose features all have string ids. */
export interface Collection<F extends Feature> {
  type: 'FeatureCollection';
  features: F[];
}

export type CompiledBorder = Feature<
  MultiLineString,
  { name: string; countries: [string, string] }
> & { id: string };

export interface CompiledSource extends Source {
  /** Path of the text relative to the compiled corpus file. */
  textPath: string;
  /** `published` as a span of days, for the timeline; absent when the date is unknown. */
  publishedSpan?: DateSpan;
}

export interface CompiledCorpus {
  formatVersion: 1;
  /** [west, south, east, north] of the settlements and regions (countries and continents would make it the world). */
  bbox: [number, number, number, number];
  /** [west, south, east, north] of where the story happens (geo/focus.json; the bbox without one): the map opens on it. */
  focus: [number, number, number, number];
  sources: CompiledSource[];
  places: Collection<CompiledPlace>;
  routes: Collection<CompiledRoute>;
  incidents: Collection<CompiledIncident>;
  /** Reference borders from Natural Earth 1:10m. */
  borders: Collection<CompiledBorder>;
  /** The quantities figures count, in the order the Figures view shows them. */
  measures: Measure[];
  /** Warnings the check let through, so the app can show them to an editor. */
  warnings: Problem[];
}

/** The parts of an incident only a popup, search, the figures or an export need (its claim: the editor's review, read for its placement). */
export const INCIDENT_DETAIL_KEYS = ['excerpts', 'figures', 'notes', 'claim'] as const;
type IncidentDetailKey = (typeof INCIDENT_DETAIL_KEYS)[number];

/** What the map, the list and the timeline need of an incident: delivered with the corpus. */
export type IncidentSummary = Feature<
  Point,
  Omit<CompiledIncident['properties'], IncidentDetailKey>
> & { id: string };

export type IncidentDetails = Pick<CompiledIncident['properties'], IncidentDetailKey>;

/** A corpus whose incidents may be summaries: what the map, list, timeline and filters work from. */
export interface CorpusBase extends Omit<CompiledCorpus, 'incidents'> {
  incidents: Collection<IncidentSummary>;
}

/**
 * The corpus as `npm run check` writes it for the app (`corpus.json`): the
 * incidents' excerpts, figures and notes are split into chunks fetched when
 * first needed, so 100,000 incidents open as fast as their points can be drawn.
 */
export interface DeliveredCorpus extends CorpusBase {
  incidentDetails: {
    /** Details of incidents [i × perChunk, (i + 1) × perChunk), in corpus order. */
    perChunk: number;
    /** Paths of the chunks relative to corpus.json. */
    chunks: string[];
    /** How many excerpts each incident has, in corpus order (links name excerpts by index). */
    excerptCounts: number[];
  };
  /**
   * Each incident's name's place in collation order among the incidents'
   * names, in corpus order: ranked once by `npm run check`, so the list
   * sorts 100,000 incidents without collating their names on a phone.
   */
  incidentNameRanks?: number[];
  /**
   * The build that wrote corpus.json and its prebuilt search index; the
   * search worker reads the index only when it names the same build, and
   * builds its own otherwise.
   */
  build?: string;
}
