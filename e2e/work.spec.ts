import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { nbformatProblems } from '../src/ui/export/nbformatCheck.ts';
import { chartSeries, editorsReady, editorText, openLesson, replaceCode } from './support/app.ts';

// The service worker is offline.spec.ts's subject; here its background download of the whole app would only
// compete for the CPU with the programs under test.
test.use({ serviceWorkers: 'block' });

const EDITED_KERAS = 'print("my keras edit")';
const EDITED_PYTORCH = 'import torch\nprint("my pytorch edit", torch.ones(1).sum().item())';

test('a reload keeps the edits and the progress', async ({ page }) => {
  await openLesson(page, '04-regression');
  await page.getByTestId('run-both').click();
  await expect(page.getByTestId('checks')).toHaveAttribute('data-done', 'true', { timeout: 15_000 });
  await replaceCode(page, 'keras', EDITED_KERAS);

  await page.reload();
  await editorsReady(page);
  await expect.poll(() => editorText(page, 'keras')).toBe(EDITED_KERAS);
  await expect(page.getByTestId('checks')).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId('nav-04-regression')).toHaveAttribute('data-done', 'true');

  // The list shows the tick too, and offers to continue where the learner left off.
  await page.goto('/');
  await expect(page.getByTestId('lesson-04-regression')).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId('continue')).toContainText('Lesson 4');
});

test('a share link opened in a fresh browser shows the same code and has run nothing', async ({ page, browser }) => {
  await openLesson(page, '04-regression');
  await replaceCode(page, 'pytorch', EDITED_PYTORCH);
  await page.getByTestId('share').click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toMatch(/#share=[\w-]+$/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await editorsReady(other);
  await expect(other).toHaveURL(/#\/lessons\/04-regression$/);
  await expect.poll(() => editorText(other, 'pytorch')).toBe(EDITED_PYTORCH);
  for (const pane of ['keras', 'pytorch']) {
    await expect(other.getByTestId(`status-${pane}`)).toHaveAttribute('data-status', 'idle');
    await expect(other.getByTestId(`console-${pane}`)).toHaveText('');
  }
  expect(await chartSeries(other)).toEqual([]);
  await fresh.close();
});

test('a share link asks before it replaces code the learner changed', async ({ page }) => {
  await openLesson(page, '04-regression');
  await replaceCode(page, 'pytorch', EDITED_PYTORCH);
  await page.getByTestId('share').click();
  const link = await page.getByTestId('share-link').inputValue();
  await replaceCode(page, 'pytorch', 'print("newer work")');

  await page.goto(link);
  await expect(page.getByTestId('confirm-dialog')).toBeVisible();
  await page.getByRole('button', { name: 'Keep my code' }).click();
  await editorsReady(page);
  await expect.poll(() => editorText(page, 'pytorch')).toBe('print("newer work")');
});

test('Export downloads the lesson as a valid notebook with both panes, and each pane as a script', async ({ page }) => {
  await openLesson(page, '04-regression');
  await replaceCode(page, 'keras', EDITED_KERAS);

  const [notebookDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-lesson').click()]);
  expect(notebookDownload.suggestedFilename()).toBe('04-regression.ipynb');
  const notebook = JSON.parse(readFileSync(await notebookDownload.path(), 'utf8'));
  expect(nbformatProblems(notebook)).toEqual([]);
  expect(notebook.nbformat).toBe(4);
  const code = notebook.cells.filter((cell: { cell_type: string }) => cell.cell_type === 'code').map((cell: { source: string[] }) => cell.source.join(''));
  expect(code).toHaveLength(2);
  expect(code[0]).toBe(EDITED_KERAS);
  expect(code[1]).toContain('class SimpleModel(nn.Module):');
  expect(notebook.cells[0].cell_type).toBe('markdown');
  expect(notebook.cells[0].source[0]).toBe('# Fit a line: y = 2x\n');

  await page.getByTestId('export-pytorch').click();
  const [script] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-pytorch-py').click()]);
  expect(script.suggestedFilename()).toBe('pytorch.py');
  expect(readFileSync(await script.path(), 'utf8')).toContain('optimizer = torch.optim.SGD(model.parameters(), lr=0.01)');

  await page.getByTestId('export-keras').click();
  const [paneNotebook] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-keras-ipynb').click()]);
  expect(paneNotebook.suggestedFilename()).toBe('keras.ipynb');
  expect(nbformatProblems(JSON.parse(readFileSync(await paneNotebook.path(), 'utf8')))).toEqual([]);
});

test('Reset asks before it discards the learner’s code', async ({ page }) => {
  await openLesson(page, '04-regression');
  await expect(page.getByTestId('reset-keras')).toBeDisabled();
  await replaceCode(page, 'keras', EDITED_KERAS);

  await page.getByTestId('reset-keras').click();
  await page.getByRole('button', { name: 'Keep my changes' }).click();
  await expect.poll(() => editorText(page, 'keras')).toBe(EDITED_KERAS);

  await page.getByTestId('reset-keras').click();
  await page.getByTestId('confirm-yes').click();
  await expect.poll(() => editorText(page, 'keras')).toContain('import tensorflow as tf');
  await expect(page.getByTestId('reset-keras')).toBeDisabled();
});
