/**
 * The page every end-to-end test gets: nothing leaves the machine (map tiles
 * are answered with a blank tile, anything else off-origin is refused), and
 * every console error or page error is collected so a test can assert none.
 */
import { test as base, expect, type Page } from '@playwright/test';

const BLANK_TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=',
  'base64',
);

export interface PageErrors {
  messages: string[];
}

export const test = base.extend<{ pageErrors: PageErrors; offOriginRequests: string[] }>({
  offOriginRequests: async ({ context, baseURL }, use) => {
    const requests: string[] = [];
    const origin = new URL(baseURL!).origin;
    await context.route(
      (url) => url.origin !== origin,
      (route) => {
        const url = route.request().url();
        requests.push(url);
        if (/tile\.openstreetmap\.org/.test(url))
          return route.fulfill({ contentType: 'image/png', body: BLANK_TILE });
        return route.abort('blockedbyclient');
      },
    );
    await use(requests);
  },
  pageErrors: async ({ page, offOriginRequests }, use) => {
    void offOriginRequests;
    const errors: PageErrors = { messages: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') errors.messages.push(message.text());
    });
    page.on('pageerror', (error) => errors.messages.push(error.message));
    await use(errors);
  },
});

/** Opens the app and waits until the map has drawn its layers. */
export async function openApp(page: Page, path = ''): Promise<void> {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

export { expect };
