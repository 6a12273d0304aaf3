import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import {
  SEARCH_KIND_LABELS,
  type GroupedHits,
  type SearchGroup,
  type SearchHit,
} from '../search/hits';
import type { SearchClient } from '../search/searchClient';
import type { MonthRange } from '../view/timeline';
import { useSearchStatus } from './useCorpusSearch';

const NOTHING: GroupedHits = { groups: [], total: 0 };

interface SearchBoxProps {
  /** The search worker's client; null until search is wanted. */
  search: SearchClient | null;
  /** The user is about to search: a large corpus's index is built from here on. */
  onWant: () => void;
  /** Hides what the time range hides. */
  time: MonthRange | null;
  /** The search the map and list are narrowed to, if any. */
  appliedQuery: string | null;
  onChoose: (hit: SearchHit) => void;
  onApply: (query: string | null) => void;
  /** The user's own tables' matching rows, searched beside the corpus; null when overtaken. */
  searchImported?: ((text: string) => Promise<SearchGroup | null>) | undefined;
}

/**
 * An editable combobox with a grouped listbox (WAI-ARIA APG pattern): focus
 * stays in the input, arrows move the active option, Enter chooses it (or,
 * with none active, narrows the map and list to every match), Escape closes
 * the list and then clears the text.
 */
export function SearchBox({
  search,
  time,
  appliedQuery,
  onWant,
  onChoose,
  onApply,
  searchImported,
}: SearchBoxProps) {
  const [text, setText] = useState(appliedQuery ?? '');
  // Back and Forward change the applied search; the box follows (React's "adjust state on a prop change").
  const [shownQuery, setShownQuery] = useState(appliedQuery);
  if (appliedQuery !== shownQuery) {
    setShownQuery(appliedQuery);
    setText(appliedQuery ?? '');
  }
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const status = useSearchStatus(search);
  // Answered by the worker; an answer to a query typed over since comes back null and is dropped.
  const [answer, setAnswer] = useState<{ text: string; found: GroupedHits } | null>(null);
  useEffect(() => {
    if (!search || text.trim() === '') return;
    let live = true;
    void search.search('box', text, time).then((found) => {
      if (live && found) setAnswer({ text, found });
    });
    return () => {
      live = false;
    };
  }, [search, text, time]);
  const [importedAnswer, setImportedAnswer] = useState<{
    text: string;
    group: SearchGroup;
  } | null>(null);
  useEffect(() => {
    if (!searchImported || text.trim() === '') return;
    let live = true;
    void searchImported(text).then((group) => {
      if (live && group) setImportedAnswer({ text, group });
    });
    return () => {
      live = false;
    };
  }, [searchImported, text]);
  const imported =
    searchImported && importedAnswer?.text === text && importedAnswer.group.hits.length > 0
      ? importedAnswer.group
      : null;
  const corpusFound = answer && text.trim() !== '' && answer.text === text ? answer.found : NOTHING;
  const shown: GroupedHits = imported
    ? {
        groups: [...corpusFound.groups, imported],
        total: corpusFound.total + imported.hits.length + imported.more,
      }
    : corpusFound;
  const waiting = text.trim() !== '' && answer?.text !== text;
  const { groups, total } = shown;
  const options = useMemo(() => groups.flatMap((group) => group.hits), [groups]);
  const expanded = open && text.trim() !== '';

  const choose = (hit: SearchHit) => {
    setText(hit.name);
    setOpen(false);
    setActive(-1);
    onChoose(hit);
  };
  const apply = () => {
    const query = text.trim();
    setOpen(false);
    setActive(-1);
    onApply(query === '' ? null : query);
  };
  const clear = () => {
    setText('');
    setActive(-1);
    if (appliedQuery) onApply(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      // Pressed before the results have come: the first one is chosen when they do.
      if (count === 0) {
        if (event.key === 'ArrowDown') setActive(0);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) =>
        current < 0 && step < 0 ? count - 1 : (current + step + count) % count,
      );
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = expanded && active >= 0 ? options[active] : undefined;
      if (hit) choose(hit);
      else apply();
    } else if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else clear();
      setActive(-1);
    }
  };

  // Options are numbered across groups, as the arrow keys walk them.
  const firstIndexOf = groups.map((_, g) =>
    groups.slice(0, g).reduce((sum, group) => sum + group.hits.length, 0),
  );
  return (
    <div
      className="search"
      role="search"
      // For tests and the bench: how far the worker is, and the text the hits shown are for.
      data-index={status}
      data-answered={answer?.text ?? ''}
    >
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Search places, routes, incidents and sources
      </label>
      <input
        id={`${id}-input`}
        className="search__input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search any spelling…"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={
          expanded && active >= 0 && active < options.length ? optionId(active) : undefined
        }
        aria-describedby={`${id}-hint`}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => {
          setOpen(true);
          onWant();
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        Arrow keys move through the results, Enter opens one; Enter with none chosen shows every
        match on the map and in the list.
      </span>
      {(appliedQuery || text) && (
        <button
          type="button"
          className="search__clear"
          aria-label={
            appliedQuery ? `Clear the search for ${appliedQuery}` : 'Clear the search text'
          }
          onClick={clear}
        >
          ×
        </button>
      )}
      <div className="search__popup" hidden={!expanded}>
        <div id={listId} role="listbox" aria-label="Search results" className="search__list">
          {groups.map((group, g) => (
            <div
              key={group.kind}
              role="group"
              aria-labelledby={`${id}-group-${group.kind}`}
              className="search__group"
            >
              <div
                id={`${id}-group-${group.kind}`}
                role="presentation"
                className="search__group-label"
              >
                {SEARCH_KIND_LABELS[group.kind]}
                {group.more > 0 && ` (${group.more.toLocaleString('en')} more)`}
              </div>
              {group.hits.map((hit, j) => {
                const i = firstIndexOf[g]! + j;
                return (
                  <div
                    key={`${hit.kind}:${hit.id}`}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === active}
                    className="search__option"
                    // Keeps focus in the input, so the option's click is not lost to blur.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => choose(hit)}
                  >
                    <span className="search__name">{hit.name}</span>
                    {hit.matchedAlias && (
                      <span className="search__alias"> also “{hit.matchedAlias}”</span>
                    )}
                    <span className="search__detail">
                      {hit.detail}
                      {hit.inTextOnly && ' · named in an excerpt'}
                    </span>
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        <p className="search__footer" aria-live="polite">
          {status === 'failed'
            ? 'Search is not available: its index could not be built.'
            : status === 'building'
              ? 'Preparing the search index…'
              : waiting
                ? 'Searching…'
                : total === 0
                  ? 'No matches.'
                  : `${total} ${total === 1 ? 'match' : 'matches'}. Enter with none chosen shows them all on the map.`}
        </p>
      </div>
    </div>
  );
}
