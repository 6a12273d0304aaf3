/**
 * Adding an article needs no code: a fixture article the project has never
 * mapped goes into a copy of geo/, `npm run places -- --write` drafts its
 * places, `npm run check` compiles it, and the app shows the new places with
 * their excerpts, marked as drafts, one click from the highlighted sentence.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, marker, openApp, popup, serveCompiledCorpus, test } from './fixtures';

const REPO = join(import.meta.dirname, '..', '..');
const ARTICLE = join(REPO, 'tests', 'fixtures', 'places', 'articles', 'border-crossings.txt');

let workspace: string;

test.beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'crossings-new-article-'));
  const root = join(workspace, 'geo');
  await cp(join(REPO, 'geo'), root, { recursive: true });
  const article = join(root, 'sources', 'border-crossings.txt');
  await cp(ARTICLE, article);
  const run = (script: string, ...args: string[]) =>
    execFileSync('npx', ['tsx', join(REPO, 'scripts', script), ...args], {
      cwd: REPO,
      stdio: 'pipe',
    });
  run('places.ts', article, '--write', '--root', root);
  run('check.ts', '--root', root, '--out', join(workspace, 'data'));
});

test.afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

/** Serves the corpus compiled from the copy of geo/ in place of the default one. */
test.beforeEach(async ({ page }) => {
  await serveCompiledCorpus(page, join(workspace, 'data'));
});

test.describe('an article the project has never mapped', () => {
  test('its places are on the map as drafts, with the sentence that names them', async ({
    page,
    pageErrors,
  }) => {
    // A view of the whole border (the map opens on the smuggling route, east of Gaziantep).
    await openApp(page, '?map=7/36.9/38.6');
    // At this scale Gaziantep sits near Idlib's halo and the flows out of
    // Turkey, so open it as a keyboard user would.
    await marker(page, 'Gaziantep').focus();
    await page.keyboard.press('Enter');
    const card = popup(page);
    await expect(card.getByRole('heading', { name: 'Gaziantep' })).toBeVisible();
    await expect(card.getByRole('note')).toContainText('Draft, not yet reviewed');
    await expect(card).toContainText('GeoNames 314830');
    await expect(card.locator('blockquote')).toHaveText(
      '“Smugglers move fighters north from Manbij to Jarabulus, then across the border to Gaziantep in Turkey.”',
    );

    await card.getByRole('button', { name: 'Open in source' }).click();
    const reader = page.getByRole('complementary', { name: 'Untitled (border-crossings.txt)' });
    await expect(reader.locator('mark')).toHaveText(
      'Smugglers move fighters north from Manbij to Jarabulus, then across the border to Gaziantep in Turkey.',
    );
    await expect(reader.getByRole('button', { name: 'Tell Abyad' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('new-article.png') });
    expect(pageErrors.messages).toEqual([]);
  });

  test('a place already on the map gains the new article as a draft excerpt', async ({ page }) => {
    await openApp(page);
    await marker(page, 'Istanbul').focus();
    await page.keyboard.press('Enter');
    const card = popup(page);
    await expect(card).toContainText('Draft excerpt');
    await expect(card).toContainText('Police in Istanbul said the network also used Kilis.');
  });
});
