/**
 * The whole app without a mouse: every step below is a key press, and every
 * element that takes focus on the way shows that it has it.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, popup, test } from './fixtures';

interface Focused {
  tag: string;
  name: string;
  visible: boolean;
  marker: boolean;
}

/** Describes the focused element, and whether a focus ring or outline is drawn round it. */
const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body)
      return { name: '', visible: false, tag: 'body', marker: false };
    const style = getComputedStyle(element);
    return {
      tag: element.tagName.toLowerCase(),
      name: (
        element.getAttribute('aria-label') ??
        (element as HTMLInputElement).labels?.[0]?.textContent ??
        element.textContent ??
        ''
      )
        .trim()
        .slice(0, 80),
      visible: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
      marker: element.classList.contains('leaflet-marker-icon'),
    };
  });

/** Presses Tab until the focused element matches, checking that each stop's focus is visible. */
async function tabTo(
  page: Page,
  matches: (now: Focused) => boolean,
  limit = 200,
): Promise<Focused> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    expect(now.visible, `focus ring on ${now.tag} "${now.name}"`).toBe(true);
    if (matches(now)) return now;
  }
  throw new Error(`Tab never reached the element (${limit} presses)`);
}
const named = (name: string) => (now: Focused) => now.name === name;

/**
 * Arrow keys from the focused marker towards the one named, as a person
 * looking at the map would press them; returns the number of presses.
 */
async function arrowTo(page: Page, name: string, limit = 20): Promise<number> {
  const target = page.locator(`.leaflet-marker-icon[aria-label="${name}"]`).first();
  for (let presses = 0; presses < limit; presses++) {
    const now = await focused(page);
    expect(now.marker, `focus on a marker, not ${now.tag} "${now.name}"`).toBe(true);
    if (now.name === name) return presses;
    const [from, to] = await Promise.all([
      page.evaluate(() => {
        const box = document.activeElement!.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }),
      target
        .boundingBox()
        .then((box) => ({ x: box!.x + box!.width / 2, y: box!.y + box!.height / 2 })),
    ]);
    const [dx, dy] = [to.x - from.x, to.y - from.y];
    const key =
      Math.abs(dx) >= Math.abs(dy)
        ? dx > 0
          ? 'ArrowRight'
          : 'ArrowLeft'
        : dy > 0
          ? 'ArrowDown'
          : 'ArrowUp';
    await page.keyboard.press(key);
  }
  throw new Error(`the arrows never reached ${name} (${limit} presses)`);
}

test('from the top of the page, the skip link reaches a feature in two key presses; arrows move between features; Escape goes back', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page);
  const skip = page.getByRole('link', { name: 'Skip to the map' });
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  // Shown only with focus: in view now, and above the page's top edge otherwise.
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  const first = await focused(page);
  expect(first.marker).toBe(true);
  expect(first.visible).toBe(true);
  // The map is one Tab stop: a single marker takes Tab, the others are reached with the arrows.
  const tabStops = page.locator('.leaflet-marker-pane .leaflet-marker-icon[tabindex="0"]');
  await expect(tabStops).toHaveCount(1);
  await expect(page.locator('.leaflet-marker-icon[role="button"]').first()).toHaveAttribute(
    'aria-describedby',
    'map-keys-hint',
  );

  expect(await arrowTo(page, 'Ras al-Ayn')).toBeLessThanOrEqual(8);
  await expect(tabStops).toHaveCount(1);
  await expect(tabStops).toHaveAttribute('aria-label', 'Ras al-Ayn');
  await page.keyboard.press('Enter');
  await expect(popup(page).locator('.popup__title')).toHaveText('Ras al-Ayn');
  await page.keyboard.press('Escape');
  await expect(page.locator('.leaflet-popup')).toHaveCount(0);
  await expect.poll(async () => (await focused(page)).name).toBe('Ras al-Ayn');

  // An arrow with nothing that way says so, and keeps focus where it is.
  await arrowTo(page, 'Qamishli');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('#map-keys-status')).toHaveText(/^No feature further right/);

  // Escape with no popup open goes back to the panels; Tab leaves from there as before.
  await page.keyboard.press('Escape');
  await expect(page.locator('#sidebar')).toBeFocused();
  // And back into the map, on the feature last visited.
  await skip.focus();
  await page.keyboard.press('Enter');
  expect((await focused(page)).marker).toBe(true);
});

test('a keyboard-only walk: tools, layers, basemap, import, markers, popups, reader, mentions', async ({
  page,
}) => {
  // About 150 key presses, each followed by a look at the focused element: 20–30 s on 2 busy cores.
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page);

  await page.keyboard.press('Tab');
  expect((await focused(page)).name).toBe('Skip to the map');
  await page.keyboard.press('Tab');
  expect((await focused(page)).name).toMatch(/^Search places/);

  // A panel opens with Enter and closes with Escape; focus goes back to its button.
  await tabTo(page, named('Figures'));
  await page.keyboard.press('Enter');
  const figures = page.getByRole('region', { name: 'Figures across sources' });
  await expect(figures).toBeVisible();
  await tabTo(page, (now) => now.tag === 'button', 20);
  await page.keyboard.press('Escape');
  await expect(figures).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Figures', exact: true })).toBeFocused();

  // Layer switches toggle with Space.
  await tabTo(page, named('Cities'));
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Cities' })).not.toBeChecked();
  await expect(page).toHaveURL(/layers=/);
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Cities' })).toBeChecked();

  // The basemap radio group: arrows move the choice.
  await tabTo(page, (now) => now.name.startsWith('OpenStreetMap tiles'));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /Built-in/ })).toBeChecked();
  await expect(page.locator('.basemap-pane canvas')).toBeAttached();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: /OpenStreetMap tiles/ })).toBeChecked();

  // The import button is a real, focusable button.
  await tabTo(page, named('Add a file…'));

  // On past the list and the sources into the map, to the first marker.
  const first = await tabTo(page, (now) => now.marker);
  await page.keyboard.press('Enter');
  // The last popup: a closing one fades out for 200 ms beside the new one.
  const popupTitle = popup(page).locator('.popup__title');
  // Where features share the spot (Samsun province and its one incident), Enter offers them all
  // in the chooser, its first choice focused; Enter again opens it.
  const choice = page.locator('.chooser button').first();
  await expect(popupTitle.or(choice)).toBeVisible();
  let opened = first.name;
  if (await choice.isVisible()) {
    await expect(choice).toBeFocused();
    opened = (await choice.locator('.chooser__name').textContent())!;
    await page.keyboard.press('Enter');
  }
  await expect(popupTitle).toBeFocused();
  // A marker's name may say what it counts ("…, 1 incident, place not given"); the title is the name.
  await expect(popupTitle).toHaveText(opened.replace(/, \d+ incidents?, place not given$/, ''));
  // Escape closes the popup, and focus returns to the marker.
  await page.keyboard.press('Escape');
  await expect(page.locator('.leaflet-popup')).toHaveCount(0);
  await expect.poll(async () => (await focused(page)).name).toBe(opened);

  // The arrows, feature by feature, to Ras al-Ayn; its popup, then the passage in the reader.
  await arrowTo(page, 'Ras al-Ayn');
  await page.keyboard.press('Enter');
  await expect(popupTitle).toHaveText('Ras al-Ayn');
  await expect(popupTitle).toBeFocused();
  await tabTo(page, named('Open in source'), 20);
  await page.keyboard.press('Enter');
  const reader = page.locator('aside.reader');
  await expect(reader.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(reader.locator('mark')).toBeVisible();
  // Escape closes the reader and focus goes back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(reader).toHaveCount(0);
  // React hands focus back in the reader's unmount effect, which runs just after the DOM change.
  await expect.poll(async () => (await focused(page)).name).toBe('Open in source');

  // Open it again; a place the text mentions is a button: Enter shows it on the map.
  await page.keyboard.press('Enter');
  await expect(reader.getByRole('heading', { level: 2 })).toBeFocused();
  await tabTo(page, named('Tall Tamr'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/feature=tall-tamr/);
  await expect(popupTitle).toHaveText('Tall Tamr');
  await page.keyboard.press('Escape');
  await expect(reader).toHaveCount(0);
  // Focus moves in the frame after the reader closes.
  await expect.poll(async () => (await focused(page)).tag).not.toBe('body');
});

test('a feature chosen by keyboard from inside a popup opens with focus on its title', async ({
  page,
}) => {
  await openApp(page, '?feature=belgium');
  const related = popup(page).getByRole('region', { name: 'Reported here' });
  const deportation = related.getByRole('button', {
    name: 'Nine Belgian ISIS militants deported from Turkey',
  });
  await deportation.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/feature=deportation-turkey-to-belgium/);
  const title = page.locator('.leaflet-popup .popup__title', {
    hasText: 'Nine Belgian ISIS militants deported from Turkey',
  });
  await expect(title).toBeFocused();
});
