import { expect, test } from '@playwright/test';
import { chartSeries, editorsReady, editorText, hoverWord, openLesson, replaceCode } from './support/app.ts';

// The service worker is offline.spec.ts's subject; here its background download of the whole app would only
// compete for the CPU with the programs under test.
test.use({ serviceWorkers: 'block' });

test('keyboard: Ctrl/Cmd+Enter runs the focused pane, Shift+Enter runs both, Escape stops', async ({ page }) => {
  await openLesson(page, '04-regression');
  await page.locator('[data-testid=editor-pytorch] .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.getByTestId('status-pytorch')).toHaveAttribute('data-status', 'done', { timeout: 15_000 });
  await expect(page.getByTestId('status-keras')).toHaveAttribute('data-status', 'idle');

  await page.keyboard.press('Shift+Enter');
  await expect(page.getByTestId('status-keras')).toHaveAttribute('data-status', 'done', { timeout: 15_000 });

  await replaceCode(page, 'keras', 'while True: pass');
  await page.getByTestId('console-keras').focus();
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.getByTestId('status-keras')).toHaveAttribute('data-status', 'running');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('status-keras')).toHaveAttribute('data-status', 'stopped');
});

test('hover docs and completions come from the modules Tandem runs', async ({ page }) => {
  await openLesson(page, '04-regression');
  // Line 11 of pytorch.py: `        self.linear = nn.Linear(1,1)`.
  await hoverWord(page, 'pytorch', 11, 'Linear');
  const hover = page.locator('[data-testid=editor-pytorch] .monaco-hover:visible');
  await expect(hover).toContainText('class torch.nn.Linear(Module)', { timeout: 10_000 });
  await expect(hover).toContainText('torch.nn.Linear(in_features, out_features, bias=…');
  await expect(hover).toContainText('forward');
  await expect(hover.getByRole('link', { name: 'PyTorch documentation' })).toHaveAttribute('href', 'https://pytorch.org/docs/stable/generated/torch.nn.Linear.html');

  await replaceCode(page, 'pytorch', 'import torch.nn as nn\n');
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('nn.');
  const suggestions = page.locator('[data-testid=editor-pytorch] .suggest-widget');
  await expect(suggestions).toContainText('class torch.nn.BCELoss(Module)', { timeout: 10_000 });
  await page.keyboard.type('MSE');
  await expect(suggestions).toContainText('MSELoss');
  // Nothing Tandem lacks is offered.
  await page.keyboard.press('Escape');
  await page.keyboard.type('\nnn.LST');
  await expect(suggestions).not.toContainText('LSTM');
});

test('concept links: pointing at Keras’ compile() lights PyTorch’s criterion and optimizer, with a note', async ({ page }) => {
  await openLesson(page, '04-regression');
  // keras.py lines 12–15 (compile) are linked to pytorch.py lines 19–20.
  await page.locator('[data-testid=editor-keras] .view-line').nth(12).hover();
  const note = page.locator('[data-testid=editor-pytorch] .line-note');
  await expect(note).toHaveText('↔ compile() names the loss and optimizer; PyTorch creates the criterion and optimizer itself.');
  await expect(page.locator('[data-testid=editor-pytorch] .concept-link-lit')).toHaveCount(2);
  await expect(page.locator('[data-testid=editor-keras] .concept-link-lit')).toHaveCount(4);

  await page.getByTestId('lesson-title').hover();
  await expect(page.locator('[data-testid=editor-pytorch] .concept-link-lit')).toHaveCount(0);
});

test('concept links follow kept edits: after a reload they light the lines where the lesson’s code went', async ({ page }) => {
  // Tall enough that the editors draw every line of the program (Monaco draws only the lines in view).
  await page.setViewportSize({ width: 1440, height: 1800 });
  await openLesson(page, '04-regression');
  const lesson = (await editorText(page, 'pytorch')).split('\n');
  // A comment on top, the blank lines 4 and 7 gone, and the learning rate changed in place.
  const edited = ['# my notes', ...lesson.filter((_, i) => i !== 3 && i !== 6)].join('\n').replace('lr=0.01', 'lr=0.02');
  await replaceCode(page, 'pytorch', edited);
  await page.reload();
  await editorsReady(page);
  await expect.poll(() => editorText(page, 'pytorch')).toBe(edited);
  await page.locator('[data-testid=editor-keras] .view-line').nth(12).hover();
  await expect(page.locator('[data-testid=editor-pytorch] .line-note')).toHaveText('↔ compile() names the loss and optimizer; PyTorch creates the criterion and optimizer itself.');
  // pytorch.py lines 19–20 (criterion, optimizer) are now lines 18–19, the second one edited: the lit lines are
  // the ones at the same height as those lines of code.
  await expect(page.locator('[data-testid=editor-pytorch] .concept-link-lit')).toHaveCount(2);
  const litText = await page.locator('[data-testid=editor-pytorch]').evaluate((pane) => {
    const top = (el: Element) => (el.closest('[style*="top"]') as HTMLElement).style.top;
    const lines = [...pane.querySelectorAll('.view-line')];
    return [...pane.querySelectorAll('.concept-link-lit')].map((lit) => lines.find((line) => top(line) === top(lit))?.textContent ?? '');
  });
  expect(litText.map((text) => text.replace(/\s+/g, ' ').trim()).sort()).toEqual([
    'criterion = nn.MSELoss()',
    'optimizer = torch.optim.SGD(model.parameters(), lr=0.02)',
  ]);
});

test('Look inside fit() steps through batch, forward, loss, gradients and update with fit’s numbers', async ({ page }) => {
  await openLesson(page, '04-regression');
  await page.getByTestId('look-inside-toggle').click();
  const panel = page.getByTestId('look-inside');
  await expect(panel.getByTestId('look-inside-where')).toHaveText('Step 1 of 3: epoch 1, batch 1 of 1 · Batch', { timeout: 15_000 });
  await expect(panel.getByTestId('look-inside-numbers')).toContainText('all 5 examples fit in one (batch_size=32)');
  await expect(panel).toContainText('Line 24: for epoch in range(200):');

  await panel.getByTestId('look-inside-next').click();
  await panel.getByTestId('look-inside-next').click();
  await expect(panel.getByTestId('look-inside-where')).toContainText('· Loss');
  await expect(panel.getByTestId('look-inside-loss')).toHaveText(/^loss = \d+(\.\d+)?$/);
  await expect(panel).toContainText('Line 27: loss = criterion(output, y)');
  // The PyTorch line doing the same is lit in its editor.
  await expect(page.locator('[data-testid=editor-pytorch] .line-mark-lit')).toHaveCount(1);

  await panel.getByTestId('look-inside-next').click();
  await panel.getByTestId('look-inside-next').click();
  await expect(panel.getByTestId('look-inside-numbers')).toContainText('SGD with learning_rate=0.01');
  await expect(panel.getByTestId('look-inside-numbers')).toContainText('dense/kernel before');
  // Looking inside trains nothing on the page: no curve, no run.
  expect(await chartSeries(page)).toEqual([]);
  await expect(page.getByTestId('status-keras')).toHaveAttribute('data-status', 'idle');
});

test('a lesson with low-level TensorFlow shows a third pane, and Run all runs it', async ({ page }) => {
  await openLesson(page, '02-tensorflow-keras-pytorch');
  await expect(page.locator('[data-testid^=pane-]')).toHaveCount(3);
  await expect(page.getByTestId('run-both')).toHaveText('Run all');
  await page.getByTestId('run-both').click();
  for (const pane of ['keras', 'pytorch', 'tf']) {
    await expect(page.getByTestId(`status-${pane}`)).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  }
});

test('the chart switches between loss and accuracy, and to a log scale', async ({ page }) => {
  await openLesson(page, '06-binary-classification');
  await page.getByTestId('run-both').click();
  await expect(page.getByTestId('status-keras')).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(page.getByTestId('status-pytorch')).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  expect((await chartSeries(page)).map((series) => series.label)).toEqual(['Keras loss', 'PyTorch loss']);

  await page.getByTestId('metric-accuracy').click();
  await expect.poll(async () => (await chartSeries(page)).map((series) => series.label)).toEqual(['Keras accuracy']);
  await expect(page.getByTestId('log-scale')).toBeDisabled();

  await page.getByTestId('metric-loss').click();
  await page.getByTestId('log-scale').click();
  await expect(page.getByTestId('log-scale')).toHaveAttribute('aria-pressed', 'true');
  expect((await chartSeries(page)).map((series) => series.label)).toEqual(['Keras loss', 'PyTorch loss']);
});

test('the theme follows the system and can be switched, editors included', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openLesson(page, '04-regression');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('[data-testid=editor-keras] .monaco-editor')).toHaveClass(/vs-dark/);

  await page.getByTestId('theme-switch').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.locator('[data-testid=editor-keras] .monaco-editor')).not.toHaveClass(/vs-dark/);
  await page.getByTestId('theme-switch').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('panes sit side by side from 1024 px and stack on narrow screens', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openLesson(page, '04-regression');
  const keras = (await page.getByTestId('pane-keras').boundingBox())!;
  const pytorch = (await page.getByTestId('pane-pytorch').boundingBox())!;
  expect(pytorch.x).toBeGreaterThan(keras.x + keras.width - 1);
  expect(Math.abs(pytorch.y - keras.y)).toBeLessThan(2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);

  await page.setViewportSize({ width: 700, height: 900 });
  await expect.poll(async () => (await page.getByTestId('pane-pytorch').boundingBox())!.y).toBeGreaterThan(keras.y + 200);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(700);
});

test('until Monaco arrives a plain editor holds the code: it can be edited and run, and the edit is kept', async ({ page }) => {
  // Monaco never arrives here: its chunk is held back, as on a connection too slow to fetch it yet.
  await page.route(/monacoSetup-.*\.js$/, () => {});
  await page.goto('/#/lessons/04-regression');
  const plain = page.getByTestId('plain-editor-pytorch');
  await expect(plain).toHaveValue(/class SimpleModel\(nn\.Module\):/);
  await plain.fill('print("typed before Monaco")');
  await plain.press('ControlOrMeta+Enter');
  await expect(page.getByTestId('console-pytorch')).toHaveText('typed before Monaco\n', { timeout: 15_000 });
  await expect(page.getByTestId('status-keras')).toHaveAttribute('data-status', 'idle');
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('tandem:work')!).state.edits['04-regression'].pytorch)).toBe(
    'print("typed before Monaco")',
  );
});
