import { expect, test } from '@playwright/test';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { chartSeries, editorsReady, editorText, errorMarkerLines, numberAfter, openLesson, replaceCode } from './support/app.ts';

// The service worker is offline.spec.ts's subject; here its background download of the whole app would only
// compete for the CPU with the programs under test.
test.use({ serviceWorkers: 'block' });

/** Every lesson folder (src/lessons/NN-slug with a lesson.json) is listed. */
const lessonCount = readdirSync('src/lessons').filter((d) => /^\d\d-/.test(d) && existsSync(`src/lessons/${d}/lesson.json`)).length;

test('from the lesson list to the regression lesson: Run both trains both programs live on one chart', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('lesson-list').getByRole('listitem')).toHaveCount(lessonCount);
  expect(lessonCount).toBeGreaterThanOrEqual(12);
  await page.getByTestId('lesson-04-regression').click();
  await editorsReady(page);
  await expect(page.getByTestId('lesson-title')).toHaveText('Fit a line: y = 2x');
  await expect(page.getByTestId('lesson-text').getByRole('table')).toBeVisible();

  await page.getByTestId('run-both').click();
  await expect
    .poll(async () => (await chartSeries(page)).map(({ label, length }) => `${label}: ${length}`), { timeout: 15_000 })
    .toEqual(['Keras loss: 200', 'PyTorch loss: 200']);
  for (const { label, values } of await chartSeries(page)) {
    expect(values.at(-1)!, `${label} should fall below a tenth of where it started`).toBeLessThan(values[0]! / 10);
  }

  // y(10) = 20 within 1, the lesson's check (PyTorch from torch.manual_seed(0), as real PyTorch runs it).
  await expect(page.getByTestId('console-keras')).toContainText('[[');
  await expect(page.getByTestId('console-pytorch')).toContainText('tensor([[');
  const predictions = [await numberAfter(page, 'keras', '[['), await numberAfter(page, 'pytorch', 'tensor([[')];
  for (const prediction of predictions) {
    expect(prediction).toBeGreaterThanOrEqual(19);
    expect(prediction).toBeLessThanOrEqual(21);
  }
  await expect(page.getByTestId('figure-keras-0')).toBeVisible();
  await expect(page.getByTestId('figure-pytorch-0')).toBeVisible();
  // The started event names the backend the engine trained on.
  await expect(page.getByTestId('backend-keras')).toContainText('CPU');

  // Both checks pass, so the lesson is done: ticked in the checks and in the navigator.
  await expect(page.getByTestId('checks')).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId('nav-04-regression')).toHaveAttribute('data-done', 'true');

  mkdirSync('e2e/artifacts', { recursive: true });
  await page.screenshot({ path: 'e2e/artifacts/lesson.png' });
  copyFileSync('e2e/artifacts/lesson.png', 'docs/screenshot.png');
});

test('a syntax error is marked on its line and printed; fixing it clears the marker', async ({ page }) => {
  await openLesson(page, '04-regression');
  const program = ['import torch', 'a = 1', 'b = 2', 'c = 3', 'd = 4', 'e = 5', 'f = a +', 'print(f)'];
  await replaceCode(page, 'pytorch', program.join('\n'));
  await page.getByTestId('run-pytorch').click();
  await expect(page.getByTestId('status-pytorch')).toHaveAttribute('data-status', 'error');
  await expect(page.getByTestId('console-pytorch')).toContainText('SyntaxError: invalid syntax');
  await expect(page.getByTestId('console-pytorch')).toContainText('line 7');
  await expect.poll(() => errorMarkerLines(page, 'pytorch')).toEqual([7]);

  program[6] = 'f = a + b';
  await replaceCode(page, 'pytorch', program.join('\n'));
  await page.getByTestId('run-pytorch').click();
  await expect(page.getByTestId('console-pytorch')).toHaveText('3\n');
  await expect.poll(() => errorMarkerLines(page, 'pytorch')).toEqual([]);
});

test('a runtime error inside a function is marked on the deepest frame’s line', async ({ page }) => {
  await openLesson(page, '04-regression');
  const program = ['def scale(v):', '    return v * factor', '', 'def run():', '    return scale(3)', '', 'print(run())'];
  await replaceCode(page, 'keras', program.join('\n'));
  await page.getByTestId('run-keras').click();
  await expect(page.getByTestId('console-keras')).toContainText("NameError: name 'factor' is not defined");
  await expect(page.getByTestId('console-keras')).toContainText('line 5, in run');
  await expect.poll(() => errorMarkerLines(page, 'keras')).toEqual([2]);
});

test('Stop ends `while True: pass`; the pane runs again at once and the edits are intact', async ({ page }) => {
  await openLesson(page, '04-regression');
  await replaceCode(page, 'keras', 'while True: pass');
  await page.getByTestId('run-keras').click();
  const status = page.getByTestId('status-keras');
  await expect(status).toHaveAttribute('data-status', 'running');

  // The page stays responsive while the loop spins in its worker, and the other pane trains meanwhile.
  await page.getByTestId('run-pytorch').click();
  await expect(page.getByTestId('console-pytorch')).toContainText('tensor([[', { timeout: 15_000 });
  await expect(status).toHaveAttribute('data-status', 'running');

  await page.getByTestId('stop-keras').click();
  await expect(status).toHaveAttribute('data-status', 'stopped');
  await expect(page.getByTestId('console-keras')).toContainText('Stopped.');
  await expect.poll(() => editorText(page, 'keras')).toBe('while True: pass');

  // Stop left a fresh worker behind, so the next run answers within a second.
  await replaceCode(page, 'keras', 'print(6 * 7)');
  await page.getByTestId('run-keras').click();
  await expect(page.getByTestId('console-keras')).toHaveText('42\n', { timeout: 1_000 });
  await expect(status).toHaveAttribute('data-status', 'done');
});

test('printed HTML shows as text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openLesson(page, '04-regression');
  await replaceCode(page, 'pytorch', 'print("<img src=x onerror=alert(1)>")\nprint("<script>alert(2)</script>")');
  await page.getByTestId('run-pytorch').click();
  const console = page.getByTestId('console-pytorch');
  await expect(console).toHaveText('<img src=x onerror=alert(1)>\n<script>alert(2)</script>\n');
  await expect(console.locator('img, script')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});
