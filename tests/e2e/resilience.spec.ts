import { CONTENT_SECURITY_POLICY } from '../../vite.config';
import { expect, openApp, test } from './fixtures';

test.describe('Content-Security-Policy', () => {
  test('the app runs under it with no violation, and it blocks inline script', async ({
    page,
    pageErrors,
  }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const violations = () =>
      page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    await openApp(page, '?feature=ras-al-ayn&source=isis-flee-to-turkey&quote=ras-al-ayn.0');
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      CONTENT_SECURITY_POLICY,
    );
    await expect(page.locator('aside.reader mark')).toBeVisible();
    await page.getByRole('button', { name: 'Figures' }).click();
    await expect(page.getByRole('region', { name: 'Figures across sources' })).toBeVisible();
    await page.getByRole('button', { name: 'Walk the route' }).click();
    await page.getByRole('button', { name: 'Next stop →' }).click();
    await page.getByRole('button', { name: 'Measure' }).click();
    await expect(page.getByRole('region', { name: 'Measure' })).toBeVisible();
    expect(await violations()).toEqual([]);
    expect(pageErrors.messages).toEqual([]);

    // The policy is live: an injected inline script does not run.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      return (window as unknown as { inlineRan?: boolean }).inlineRan ?? false;
    });
    expect(ran).toBe(false);
    await expect.poll(violations).toEqual([expect.stringMatching(/^script-src/)]);
  });
});

test('a render error becomes a readable message with a way back, not a blank page', async ({
  page,
  pageErrors,
}) => {
  // A corpus file of the wrong shape: the app trusts the check, so this breaks rendering.
  await page.route('**/data/corpus.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"formatVersion": 1}' }),
  );
  await page.goto('?feature=ras-al-ayn');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('Crossings could not show this view');
  await expect(alert).toContainText('What went wrong:');
  await expect(alert.getByRole('link', { name: 'Open the default view' })).toHaveAttribute(
    'href',
    '/some/sub-path/',
  );
  expect(pageErrors.messages.some((message) => message.includes('could not show this view'))).toBe(
    true,
  );

  await page.unroute('**/data/corpus.json');
  await alert.getByRole('link', { name: 'Open the default view' }).click();
  await expect(page.locator('.map')).toHaveAttribute('data-ready', 'true');
  await expect(page).not.toHaveURL(/feature=/);
});
