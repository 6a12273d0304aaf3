/**
 * The messages between the page and the search worker, one table of them:
 * the page asks for the index once, then for queries; the worker answers each
 * query with its id, so an answer to a query already typed over is dropped.
 */
import type { MonthRange } from '../view/timeline';
import type { SearchHit } from './hits';

export type ToSearchWorker =
  | { type: 'build'; dataUrl: string }
  | { type: 'search'; channel: SearchChannel; id: number; query: string; time: MonthRange | null };

/**
 * Who asks: the box while typing, the filter for the query applied to the map
 * and list. A newer query replaces an older one of the same channel only.
 */
export type SearchChannel = 'box' | 'filter';

export type FromSearchWorker =
  | { type: 'ready'; documents: number; buildMs: number }
  | { type: 'failed'; message: string }
  | {
      type: 'hits';
      channel: SearchChannel;
      id: number;
      query: string;
      hits: SearchHit[];
      searchMs: number;
    };
