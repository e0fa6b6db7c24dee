import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { editorsReady, openLesson } from './support/app.ts';

// The service worker is offline.spec.ts's subject; here its background download of the whole app would only
// compete for the CPU with the programs under test.
test.use({ serviceWorkers: 'block' });

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}) on ${violation.nodes.length} elements, e.g. ${violation.nodes[0]?.html.slice(0, 160)}`);
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`in the ${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test('the lesson list has no serious or critical accessibility violations', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.getByTestId('lesson-list')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('a lesson, after a run, has no serious or critical accessibility violations', async ({ page }) => {
      await openLesson(page, '04-regression');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.getByTestId('run-both').click();
      await expect(page.getByTestId('checks')).toHaveAttribute('data-done', 'true', { timeout: 15_000 });
      await page.getByTestId('look-inside-toggle').click();
      await expect(page.getByTestId('look-inside-where')).toBeVisible({ timeout: 15_000 });
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the three-pane lesson has no serious or critical accessibility violations', async ({ page }) => {
      await page.goto('/#/lessons/02-tensorflow-keras-pytorch');
      await editorsReady(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
