/**
 * "Give focus back to what opened this", in one place, for every panel,
 * popup and the reader. Keyboard users stay where they were when a view
 * closes; if that place has gone, they land on the nearest one still there.
 */

/** Something focus may go back to: an element, or a function that finds one when it is needed. */
export type FocusTarget = HTMLElement | null | undefined | (() => HTMLElement | null | undefined);

/**
 * The element that has focus now, to give it back later; null when nothing
 * does (focus on the page itself).
 *
 * @example const opener = captureOpener(); // when a panel opens
 */
export function captureOpener(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/**
 * Whether focus can go to `element` and stay there: it is in the page, and
 * not in a part that is going away. A closing Leaflet popup fades for 200 ms
 * before it is removed; the map marks it `inert` the moment it closes (see
 * `PopupAccessibility` in map/MapSync.tsx), so a button in it is never chosen to receive focus only to be
 * removed under it a moment later.
 */
export function canTakeFocus(element: HTMLElement | null | undefined): element is HTMLElement {
  return !!element && element.isConnected && element.closest('[inert], [hidden]') === null;
}

/**
 * Gives focus to the first target that can take it, in the next frame: a
 * view that closes is removed in React's commit, and focus given before that
 * could land in it. Nothing happens if the user has already moved focus
 * somewhere that can keep it.
 *
 * @example returnFocus(opener, () => document.getElementById('tool-figures'));
 */
export function returnFocus(...targets: FocusTarget[]): void {
  requestAnimationFrame(() => {
    if (canTakeFocus(captureOpener()) && !inClosingPart()) return;
    focusFirst(targets);
  });
}

/**
 * Gives focus back at once, for a target that outlives what closes: a
 * popup's own marker, focused as its popup closes, so that a popup opened
 * next from a button in it (another feature "Reported here") finds focus on
 * a marker and takes it into its title.
 */
export function returnFocusNow(...targets: FocusTarget[]): void {
  focusFirst(targets);
}

function focusFirst(targets: readonly FocusTarget[]): void {
  for (const target of targets) {
    const element = typeof target === 'function' ? target() : target;
    if (canTakeFocus(element)) {
      element.focus();
      if (document.activeElement === element) return;
    }
  }
}

/** Whether focus sits in something on its way out (an inert, closing popup). */
function inClosingPart(): boolean {
  return document.activeElement?.closest('[inert]') != null;
}
