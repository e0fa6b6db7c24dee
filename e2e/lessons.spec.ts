import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openLesson } from './support/app.ts';

// The service worker is offline.spec.ts's subject; here its background download of the whole app would only
// compete for the CPU with the programs under test.
test.use({ serviceWorkers: 'block' });

// Every lesson folder with a lesson.json, read from disk as the app's catalog reads it at build time.
const root = join(import.meta.dirname, '../src/lessons');
const lessons = readdirSync(root)
  .filter((folder) => /^\d\d-/.test(folder))
  .sort()
  .map((folder) => {
    const meta = JSON.parse(readFileSync(join(root, folder, 'lesson.json'), 'utf8')) as { panes: string[]; checks: { description: string }[] };
    return { id: folder, panes: meta.panes, checks: meta.checks.map((check) => check.description) };
  });

test('there is a lesson to walk through', () => {
  expect(lessons.length).toBeGreaterThanOrEqual(12);
});

for (const lesson of lessons) {
  test(`lesson ${lesson.id}: every pane runs and every check passes`, async ({ page }) => {
    // The digits and dropout lessons train for seconds per pane, and both panes share two CPU cores in CI.
    test.setTimeout(150_000);
    await openLesson(page, lesson.id);
    await page.getByTestId('run-both').click();
    for (const pane of lesson.panes) {
      const status = page.getByTestId(`status-${pane}`);
      await expect(status).not.toHaveAttribute('data-status', 'running', { timeout: 120_000 });
      const printed = await page.getByTestId(`console-${pane}`).textContent();
      expect(await status.getAttribute('data-status'), `${pane}.py should run to its end; its console:\n${printed}`).toBe('done');
    }
    for (const [i, description] of lesson.checks.entries()) {
      await expect(page.getByTestId(`check-${i}`), description).toHaveAttribute('data-passed', 'true');
    }
    await expect(page.getByTestId('checks')).toHaveAttribute('data-done', 'true');
    await expect(page.getByTestId(`nav-${lesson.id}`)).toHaveAttribute('data-done', 'true');
  });
}
