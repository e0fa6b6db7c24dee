import { expect, test, type Page } from '@playwright/test';
import { copyFileSync, mkdirSync } from 'node:fs';
import type { SeriesView } from '../src/ui/testHooks.ts';

async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Tandem' })).toBeVisible();
  // Monaco loads lazily; the editors are ready when both panes show one.
  await expect(page.locator('[data-testid=editor-keras] .monaco-editor')).toBeVisible();
  await expect(page.locator('[data-testid=editor-pytorch] .monaco-editor')).toBeVisible();
}

function chartSeries(page: Page): Promise<SeriesView[]> {
  return page.evaluate(() => window.__tandem?.series() ?? []);
}

/** The first number after `prefix` in a console, e.g. 19.96 in `tensor([[19.9588]], grad_fn=…)`. */
async function predictionAfter(page: Page, pane: string, prefix: string): Promise<number> {
  const text = (await page.getByTestId(`console-${pane}`).textContent()) ?? '';
  const at = text.indexOf(prefix);
  expect(at, `${pane} console should contain ${prefix}: ${text}`).toBeGreaterThanOrEqual(0);
  return Number.parseFloat(text.slice(at + prefix.length));
}

async function replaceCode(page: Page, pane: string, code: string): Promise<void> {
  await page.locator(`[data-testid=editor-${pane}] .view-lines`).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(code);
}

test('Run both trains the Keras and PyTorch regressions side by side, live on one chart', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('run-both').click();

  // The page stays interactive while both programs train in their workers.
  const logScale = page.getByTestId('log-scale');
  await logScale.click();
  await expect(logScale).toHaveAttribute('aria-pressed', 'true');

  await expect
    .poll(async () => (await chartSeries(page)).map(({ label, length }) => `${label}: ${length}`), { timeout: 15_000 })
    .toEqual(['Keras loss: 200', 'PyTorch loss: 200']);
  for (const { label, values } of await chartSeries(page)) {
    expect(values.at(-1)!, `${label} should fall below a tenth of where it started`).toBeLessThan(values[0]! / 10);
  }

  await expect(page.getByTestId('status-keras')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('status-pytorch')).toHaveAttribute('data-status', 'done');
  // The fitted line predicts y(10) = 2·10 = 20, give or take the random initial weights (real PyTorch prints
  // anything from 18.7 to 20.1 for this program), so the check is a range rather than a fixed digit.
  await expect(page.getByTestId('console-keras')).toContainText('[[');
  await expect(page.getByTestId('console-pytorch')).toContainText('tensor([[');
  const keras = await predictionAfter(page, 'keras', '[[');
  const pytorch = await predictionAfter(page, 'pytorch', 'tensor([[');
  for (const prediction of [keras, pytorch]) {
    expect(prediction).toBeGreaterThanOrEqual(18);
    expect(prediction).toBeLessThanOrEqual(21);
  }

  // Each program's plt.show() is drawn under its console.
  await expect(page.getByTestId('figure-keras-0')).toBeVisible();
  await expect(page.getByTestId('figure-pytorch-0')).toBeVisible();

  await logScale.click();
  await expect(logScale).toHaveAttribute('aria-pressed', 'false');
  mkdirSync('e2e/artifacts', { recursive: true });
  mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: 'e2e/artifacts/skeleton.png', fullPage: true });
  copyFileSync('e2e/artifacts/skeleton.png', 'docs/screenshot.png');
});

test('Stop ends an endless loop while the page and the other pane carry on', async ({ page }) => {
  await openApp(page);
  await replaceCode(page, 'keras', 'while True: pass');
  await page.getByTestId('run-keras').click();
  const kerasStatus = page.getByTestId('status-keras');
  await expect(kerasStatus).toHaveAttribute('data-status', 'running');

  // A click is handled while the loop spins: the loop is in a worker, not on the page's thread.
  const logScale = page.getByTestId('log-scale');
  await logScale.click();
  await expect(logScale).toHaveAttribute('aria-pressed', 'true');
  await expect(kerasStatus).toHaveAttribute('data-status', 'running');

  // The other pane trains meanwhile in its own worker.
  await page.getByTestId('run-pytorch').click();
  await expect(page.getByTestId('console-pytorch')).toContainText('tensor([[', { timeout: 15_000 });
  await expect(kerasStatus).toHaveAttribute('data-status', 'running');

  await page.getByTestId('stop-keras').click();
  await expect(kerasStatus).toHaveAttribute('data-status', 'stopped');
  await expect(page.getByTestId('console-keras')).toContainText('Stopped.');

  // The fresh worker Stop left behind takes the next run at once.
  await replaceCode(page, 'keras', 'print(6 * 7)');
  await page.getByTestId('run-keras').click();
  await expect(page.getByTestId('console-keras')).toHaveText('42\n');
  await expect(kerasStatus).toHaveAttribute('data-status', 'done');
});

test('a Python error is shown in the console and marked in the editor', async ({ page }) => {
  await openApp(page);
  await replaceCode(page, 'pytorch', 'x = 1\nprint(y)');
  await page.getByTestId('run-pytorch').click();
  await expect(page.getByTestId('status-pytorch')).toHaveAttribute('data-status', 'error');
  await expect(page.getByTestId('console-pytorch')).toContainText("NameError: name 'y' is not defined");
  await expect(page.locator('[data-testid=editor-pytorch] .squiggly-error')).toHaveCount(1);
});
