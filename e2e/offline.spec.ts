import { expect, test } from '@playwright/test';
import { editorsReady, numberAfter, openLesson } from './support/app.ts';

test('after one visit, the app loads and runs a lesson with the network off, its data files kept', async ({ context, page }) => {
  await openLesson(page, '04-regression');
  // The service worker takes control once it has kept the whole app (public/sw.js: install, then claim).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });

  // (Not context.route: Playwright's request interception bypasses service workers, which is the opposite of
  // what this test is for.)
  await context.setOffline(true);

  const served: { url: string; fromServiceWorker: boolean }[] = [];
  page.on('response', (response) => served.push({ url: response.url(), fromServiceWorker: response.fromServiceWorker() }));
  await page.reload();
  await editorsReady(page);
  await page.getByTestId('run-both').click();
  await expect(page.getByTestId('status-keras')).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(page.getByTestId('status-pytorch')).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  expect(await numberAfter(page, 'pytorch', 'tensor([[')).toBeGreaterThan(18);
  await expect(page.getByTestId('figure-keras-0')).toBeVisible();

  // The data files programs read were kept too (lesson 9's digits: 1797 images of 64 pixels, then the labels).
  const digitsBytes = await page.evaluate(async () => (await (await fetch('data/digits.bin')).arrayBuffer()).byteLength);
  expect(digitsBytes).toBe(1797 * 65);

  expect(served.length).toBeGreaterThan(0);
  expect(served.filter((response) => !response.fromServiceWorker)).toEqual([]);
});
