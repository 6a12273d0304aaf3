/**
 * The messages between the page and the search worker, one table of them:
 * the page asks for the index once, then for queries; the worker answers each
 * query with its id, so an answer to a query already typed over is dropped.
 */
import type { MonthRange } from '../view/timeline';
import type { GroupedHits } from './hits';

export type ToSearchWorker =
  | { type: 'build'; dataUrl: string }
  | { type: 'search'; channel: SearchChannel; id: number; query: string; time: MonthRange | null };

/**
 * Who asks: the box while typing, the filter for the query applied to the map
 * and list. A newer query replaces an older one of the same channel only.
 */
export type SearchChannel = keyof SearchAnswers;

/** What each channel is answered with: the box lists a few of each kind, the filter needs every id. */
export interface SearchAnswers {
  box: GroupedHits;
  filter: { ids: string[] };
}

/** Hits the box lists of each kind; Enter shows every match on the map and in the list. */
export const HITS_PER_KIND = 5;

export type FromSearchWorker =
  | { type: 'ready'; documents: number; prebuilt: boolean; buildMs: number }
  | { type: 'failed'; message: string }
  | {
      [C in SearchChannel]: {
        type: 'hits';
        channel: C;
        id: number;
        query: string;
        answer: SearchAnswers[C];
        searchMs: number;
      };
    }[SearchChannel];
