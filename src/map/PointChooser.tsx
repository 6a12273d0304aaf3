import { popup as leafletPopup, type LatLng, type Map as LeafletMap } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { SymbolKind } from '../view/symbols';
import { useFeatureRegistry, type FeatureRegistry } from './FeatureRegistry';

/** What each symbol is, in the chooser's words. */
const KIND_WORDS: Record<SymbolKind, string> = {
  city: 'city',
  'border-town': 'border town',
  'route-stop': 'stop of the route',
  area: 'region or country',
  incident: 'incident',
  'route-arrow': 'smuggling route',
  'flow-arrow': 'flow',
};
/** The symbols that stand for a line: a point under the pointer wins over them. */
const LINE_SYMBOLS = new Set<string>(['route-arrow', 'flow-arrow']);

interface Candidate {
  id: string;
  name: string;
  kind: SymbolKind;
}

/**
 * A click never silently opens the wrong feature. Where the pointer (or the
 * focused marker, for a keyboard user) lies on several features' symbols,
 * a small chooser lists them instead of opening whichever happens to be on
 * top; a point wins over the arrows of lines under it. It listens before
 * Leaflet does (capture on the marker pane), so the feature is opened only
 * once the user has said which.
 */
export function PointChooser() {
  const map = useMap();
  const registry = useFeatureRegistry();
  useEffect(() => {
    const pane = map.getPane('markerPane');
    if (!pane) return;
    const click = (event: MouseEvent) => {
      const under = candidatesAmong(symbolsAt(pane, event.clientX, event.clientY));
      if (under.length < 2) return;
      event.stopPropagation();
      openChooser(map, registry, under, map.mouseEventToLatLng(event), null);
    };
    const key = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const target = event.target as HTMLElement;
      if (!target.classList.contains('leaflet-marker-icon')) return;
      const box = target.getBoundingClientRect();
      const centre = [(box.left + box.right) / 2, (box.top + box.bottom) / 2] as const;
      const under = candidatesAmong([target, ...symbolsAt(pane, ...centre)]);
      if (under.length < 2) return;
      // Leaflet opens a marker's popup on keypress: the whole key is the chooser's.
      event.stopPropagation();
      event.preventDefault();
      if (event.type !== 'keydown') return;
      const latLng = registry.markerOf(under[0]!.id)?.getLatLng();
      if (latLng) openChooser(map, registry, under, latLng, target);
    };
    pane.addEventListener('click', click, true);
    pane.addEventListener('keydown', key, true);
    pane.addEventListener('keypress', key, true);
    return () => {
      pane.removeEventListener('click', click, true);
      pane.removeEventListener('keydown', key, true);
      pane.removeEventListener('keypress', key, true);
    };
  }, [map, registry]);
  return null;
}

/**
 * The markers whose drawn symbols cover a point on screen. Their hit areas
 * do not overlap (see HitAreas), but their symbols may: what the eye sees
 * under the pointer is what the chooser offers.
 */
function symbolsAt(pane: HTMLElement, x: number, y: number): Element[] {
  return [...pane.querySelectorAll<HTMLElement>('.leaflet-marker-icon[data-feature-id]')].filter(
    (icon) => {
      const drawn = (icon.querySelector('svg') ?? icon).getBoundingClientRect();
      return x >= drawn.left && x <= drawn.right && y >= drawn.top && y <= drawn.bottom;
    },
  );
}

/** One entry per feature among the elements, points before lines; lines only when no point is there. */
function candidatesAmong(elements: Element[]): Candidate[] {
  const seen = new Map<string, Candidate>();
  for (const element of elements) {
    const icon = element.closest<HTMLElement>('.leaflet-marker-icon[data-feature-id]');
    const id = icon?.dataset.featureId;
    if (!icon || !id || seen.has(id)) continue;
    const kind = [...icon.classList]
      .map((name) => /^symbol--(.+)$/.exec(name)?.[1])
      .find((name): name is SymbolKind => Boolean(name && name in KIND_WORDS));
    if (!kind) continue;
    seen.set(id, { id, name: icon.getAttribute('aria-label') ?? id, kind });
  }
  const all = [...seen.values()];
  const points = all.filter((candidate) => !LINE_SYMBOLS.has(candidate.kind));
  return points.length ? points : all;
}

/**
 * The chooser: a popup with one button per feature. Its content is built
 * from text nodes only (names are data). A keyboard user lands on its
 * first button and, on leaving it, back on the marker they came from.
 */
function openChooser(
  map: LeafletMap,
  registry: FeatureRegistry,
  candidates: Candidate[],
  at: LatLng,
  origin: HTMLElement | null,
): void {
  const content = document.createElement('div');
  content.className = 'chooser';
  const title = document.createElement('p');
  title.className = 'chooser__title';
  title.id = `chooser-title-${Date.now()}`;
  title.textContent = `${candidates.length} features here: which one?`;
  const list = document.createElement('ul');
  list.setAttribute('aria-labelledby', title.id);
  for (const candidate of candidates) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chooser__option';
    button.dataset.featureId = candidate.id;
    const name = document.createElement('span');
    name.className = 'chooser__name';
    name.textContent = candidate.name;
    const kind = document.createElement('span');
    kind.className = 'chooser__kind';
    kind.textContent = KIND_WORDS[candidate.kind];
    button.append(name, ' ', kind);
    button.addEventListener('click', () => {
      const marker = registry.markerOf(candidate.id);
      map.closePopup();
      // From the keyboard, the marker takes focus first, so its popup takes it next.
      if (origin) marker?.getElement()?.focus();
      marker?.openPopup();
    });
    item.append(button);
    list.append(item);
  }
  content.append(title, list);
  const chooser = leafletPopup({
    className: 'chooser-popup',
    maxWidth: 280,
    autoPanPadding: [24, 24],
  })
    .setLatLng(at)
    .setContent(content);
  chooser.on('remove', () => {
    if (
      origin &&
      (content.contains(document.activeElement) || document.activeElement === document.body)
    )
      origin.focus();
  });
  chooser.openOn(map);
  if (origin) content.querySelector<HTMLButtonElement>('button')?.focus();
}
