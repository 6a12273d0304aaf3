/**
 * A click opens what was clicked: at the opening view and zoomed out to 6,
 * a click at the centre of each town's symbol opens that town, or a chooser
 * that offers it when other symbols lie under the pointer too; the chooser
 * works from the keyboard as well.
 */
import type { Page } from '@playwright/test';
import { expect, markerById, openApp, popup, test } from './fixtures';

const TOWNS: [string, string][] = [
  ['ash-shaddadi', 'Ash Shaddadi'],
  ['al-hasakah', 'Al Hasakah'],
  ['tall-tamr', 'Tall Tamr'],
  ['ras-al-ayn', 'Ras al-Ayn'],
  ['ad-darbasiyah', 'Ad Darbasiyah'],
  ['amuda', 'Amuda'],
  ['qamishli', 'Qamishli'],
];

const chooser = (page: Page) => page.locator('.chooser');

async function clickCentreOf(page: Page, id: string): Promise<void> {
  const box = (await markerById(page, id).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The town's popup opens, at once or through the chooser. */
async function expectOpens(page: Page, id: string, name: string): Promise<'direct' | 'chooser'> {
  const heading = popup(page).getByRole('heading', { name, exact: true });
  await expect(heading.or(chooser(page))).toBeVisible();
  if (await heading.isVisible()) return 'direct';
  const option = chooser(page).locator(`button[data-feature-id="${id}"]`);
  await expect(option).toBeVisible();
  await option.click();
  await expect(heading).toBeVisible();
  return 'chooser';
}

for (const [label, query] of [
  ['the opening view', ''],
  ['zoom 6', '?map=6/36.6/40.6'],
] as const)
  for (const [id, name] of TOWNS)
    test(`at ${label}, offline, a click at the centre of ${name}'s symbol opens it`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.route(/tile\.openstreetmap\.org/, (route) => route.abort('internetdisconnected'));
      await openApp(page, query);
      await page.getByRole('button', { name: 'Dismiss this notice' }).click();
      await clickCentreOf(page, id);
      const how = await expectOpens(page, id, name);
      // At the opening view the towns stand apart: each opens at once, never a flow over it.
      if (!query) expect(how).toBe('direct');
    });

test('where symbols overlap, the chooser lists them, and a keyboard user reaches each through it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, '?map=5/36.8/40.6');
  // At zoom 5 the border towns' symbols lie on each other.
  await markerById(page, 'amuda').focus();
  await page.keyboard.press('Enter');
  await expect(chooser(page)).toBeVisible();
  const options = chooser(page).getByRole('button');
  expect(await options.count()).toBeGreaterThan(1);
  await expect(options.first()).toBeFocused();
  const ids = await options.evaluateAll((buttons) =>
    buttons.map((button) => (button as HTMLElement).dataset.featureId),
  );
  expect(ids).toContain('amuda');
  // Escape goes back to the marker, unopened.
  await page.keyboard.press('Escape');
  await expect(chooser(page)).toHaveCount(0);
  await expect(markerById(page, 'amuda')).toBeFocused();
  // Enter on an option opens that feature, with focus in its popup.
  await page.keyboard.press('Enter');
  const second = chooser(page).getByRole('button').nth(1);
  const secondId = await second.getAttribute('data-feature-id');
  await second.focus();
  await page.keyboard.press('Enter');
  await expect(popup(page).locator('.popup__title')).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`feature=${secondId}`));
});

for (const zoom of [5, 6, 8])
  test(`at zoom ${zoom} the hit areas of point symbols do not overlap, whatever their drawn size`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, `?map=${zoom}/37/38`);
    await expect
      .poll(async () => {
        const boxes = await page
          .locator(
            '.leaflet-marker-icon[data-feature-id]:not(.symbol--route-arrow):not(.symbol--flow-arrow)',
          )
          .evaluateAll((icons) =>
            icons.map((icon) => {
              const { left, top, right, bottom } = icon.getBoundingClientRect();
              return { id: (icon as HTMLElement).dataset.featureId!, left, top, right, bottom };
            }),
          );
        const clashes: string[] = [];
        for (const [i, a] of boxes.entries())
          for (const b of boxes.slice(i + 1)) {
            const [ax, ay] = [(a.left + a.right) / 2, (a.top + a.bottom) / 2];
            const [bx, by] = [(b.left + b.right) / 2, (b.top + b.bottom) / 2];
            // Symbols 8 px apart or less share the spot: the chooser is for them.
            if (Math.max(Math.abs(ax - bx), Math.abs(ay - by)) <= 8) continue;
            const overlap =
              a.left < b.right - 0.5 &&
              b.left < a.right - 0.5 &&
              a.top < b.bottom - 0.5 &&
              b.top < a.bottom - 0.5;
            if (overlap) clashes.push(`${a.id} × ${b.id}`);
          }
        return clashes;
      })
      .toEqual([]);
  });
