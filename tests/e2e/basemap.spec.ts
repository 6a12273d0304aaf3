/**
 * The built-in basemap's background geography, offline: towns from GeoNames
 * and the rivers round the story, drawn at regional zoom; their names give
 * way to the story's own, and nothing of them can be clicked.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, popup, test } from './fixtures';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The story's border towns, and the Turkish towns facing them across the border. */
const TWINS = { 'Ras al-Ayn': 'Ceylanpınar', 'Ad Darbasiyah': 'Şenyurt', Qamishli: 'Nusaybin' };
const RIVERS = ['Euphrates', 'Tigris', 'Khabur'];

async function openOffline(page: Page, query: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort('internetdisconnected'));
  await openApp(page, query);
  await expect(page.locator('.map')).toHaveClass(/map--builtin-basemap/);
  await expect(page.locator('.basemap-label--town').first()).toBeAttached();
  // The notice lies over the map's foot; out of the way, the whole map is in view.
  await page.getByRole('button', { name: 'Dismiss this notice' }).click();
}

/**
 * Every background name and dot, and every name and symbol of ours, as
 * drawn. A river's name is rotated: it is given as points along its middle
 * line with the half-height round them, which is what its box really covers.
 */
async function drawn(page: Page) {
  return page.evaluate(() => {
    const rect = (element: Element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    const background = [
      ...document.querySelectorAll<HTMLElement>('.basemap-label, .basemap-town-dot'),
    ].map((element) => {
      const text = element.textContent ?? '';
      const angle = /rotate\((-?[\d.]+)deg\)/.exec(element.style.transform)?.[1];
      if (!angle) return { text, kind: element.className, rects: [rect(element)] };
      const { left, top, right, bottom } = element.getBoundingClientRect();
      const [cx, cy] = [(left + right) / 2, (top + bottom) / 2];
      const radians = (Number(angle) * Math.PI) / 180;
      const half = element.offsetHeight / 2;
      const width = element.offsetWidth;
      // Squares of the text's height, centred along its middle line.
      const count = Math.ceil(width / (2 * half));
      const rects = Array.from({ length: count }, (_, i) => {
        const t = ((i + 0.5) / count - 0.5) * width;
        const x = cx + Math.cos(radians) * t;
        const y = cy + Math.sin(radians) * t;
        return { left: x - half, top: y - half, right: x + half, bottom: y + half };
      });
      return { text, kind: element.className, rects };
    });
    const ours = [
      ...[...document.querySelectorAll<HTMLElement>('.map-label')].map((element) => ({
        text: element.textContent ?? '',
        rect: rect(element),
      })),
      ...[...document.querySelectorAll<HTMLElement>('.leaflet-marker-icon')].map((element) => ({
        text: element.getAttribute('aria-label') ?? element.dataset.featureId ?? '',
        rect: rect(element),
      })),
    ];
    return { background, ours };
  });
}

/** Boxes that only touch do not overlap: a pixel is allowed for the browser's rounding of sub-pixel positions. */
const overlap = (a: Rect, b: Rect) =>
  a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

async function expectOursWin(page: Page): Promise<void> {
  const { background, ours } = await drawn(page);
  expect(background.length).toBeGreaterThan(0);
  const collisions = background.flatMap((item) =>
    ours
      .filter((mine) => item.rects.some((r) => overlap(r, mine.rect)))
      .map((mine) => `${item.text || item.kind} covers ${mine.text}`),
  );
  expect(collisions).toEqual([]);
}

const townNames = (page: Page) => page.locator('.basemap-label--town').allTextContents();
const riverNames = (page: Page) => page.locator('.basemap-label--river').allTextContents();

test.describe('background geography on the built-in basemap', () => {
  test('at regional zoom the towns facing our border towns and the three rivers are named', async ({
    page,
  }) => {
    await openOffline(page, '?map=8/36.7/40.5');
    const towns = await townNames(page);
    for (const twin of Object.values(TWINS)) expect(towns).toContain(twin);
    // And the cities a reader places the story by.
    for (const city of ['Şanlıurfa', 'Mardin', 'Diyarbakır']) expect(towns).toContain(city);
    expect(new Set(await riverNames(page))).toEqual(new Set(RIVERS));
    // Ours are never repeated as background towns.
    for (const ours of Object.keys(TWINS)) expect(towns).not.toContain(ours);
    await expect(page.locator('.basemap-town-dot').first()).toBeVisible();
    await expect(page.locator('.leaflet-control-attribution')).toContainText(
      'GeoNames (CC BY 4.0)',
    );
    await expect(page.locator('.leaflet-control-attribution')).toContainText('GSHHG');
  });

  test('the rivers are drawn on the basemap’s canvas, under the borders', async ({ page }) => {
    await openOffline(page, '?map=10/36.6/40.5');
    // Where the Khabur is named, its line runs beside the name: the canvas has the river's blue there.
    const label = page.locator('.basemap-label--river', { hasText: 'Khabur' }).first();
    await expect(label).toBeVisible();
    const blue = await page.evaluate(() => {
      const name = [...document.querySelectorAll<HTMLElement>('.basemap-label--river')].find(
        (element) => element.textContent === 'Khabur',
      )!;
      const box = name.getBoundingClientRect();
      const canvas = document.querySelector<HTMLCanvasElement>('.basemap-pane canvas')!;
      const at = canvas.getBoundingClientRect();
      const context = canvas.getContext('2d')!;
      const scale = canvas.width / at.width;
      const [cx, cy] = [(box.left + box.right) / 2, (box.top + box.bottom) / 2];
      // Search a disc of 30 px round the name's centre for the river's colour (#6a9fc0).
      for (let dy = -30; dy <= 30; dy += 1)
        for (let dx = -30; dx <= 30; dx += 1) {
          const [r, g, b] = context.getImageData(
            Math.round((cx + dx - at.left) * scale),
            Math.round((cy + dy - at.top) * scale),
            1,
            1,
          ).data;
          if (Math.abs(r! - 0x6a) < 12 && Math.abs(g! - 0x9f) < 12 && Math.abs(b! - 0xc0) < 12)
            return true;
        }
      return false;
    });
    expect(blue).toBe(true);
  });

  for (const zoom of [6, 8, 10])
    test(`at zoom ${zoom} no background town or river name covers a name or symbol of ours`, async ({
      page,
    }) => {
      await openOffline(page, `?map=${zoom}/36.7/40.5`);
      await expectOursWin(page);
    });

  test('at the opening view and on a phone too, ours win every collision', async ({ page }) => {
    await openOffline(page, '');
    await expectOursWin(page);
    await page.setViewportSize({ width: 375, height: 740 });
    await expect(page.locator('.basemap-label--town').first()).toBeAttached();
    await expectOursWin(page);
  });

  test('nothing of the background can be clicked: a click on a town goes to the map', async ({
    page,
  }) => {
    await openOffline(page, '?map=9/36.9/40.3');
    const name = page.locator('.basemap-label--town', { hasText: 'Ceylanpınar' });
    await expect(name).toBeVisible();
    await expect(name).toHaveCSS('pointer-events', 'none');
    const dots = page.locator('.basemap-town-dot');
    await expect(dots.first()).toHaveCSS('pointer-events', 'none');
    for (const target of [name, dots.first()]) {
      const box = (await target.boundingBox())!;
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      const under = await page.evaluate(
        ([px, py]) => document.elementFromPoint(px!, py!)?.className ?? '',
        [x, y],
      );
      expect(String(under)).not.toMatch(/basemap-label|basemap-town-dot/);
      await page.mouse.click(x, y);
      await expect(popup(page)).toHaveCount(0);
    }
    // Nor are they in search: the finder knows only the articles' places.
    await page.getByRole('combobox', { name: /^Search places/ }).fill('Ceylanpınar');
    await expect(
      page.getByRole('listbox', { name: 'Search results' }).getByRole('option'),
    ).toHaveCount(0);
  });
});
