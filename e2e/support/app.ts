// What the e2e specs share: opening the app and a lesson, reading what the learner sees, editing code.
import { expect, type Page } from '@playwright/test';
import type { SeriesView } from '../../src/ui/testHooks.ts';

/** Opens a lesson straight from its address and waits until every pane's editor is ready to type in. */
export async function openLesson(page: Page, lessonId: string): Promise<void> {
  await page.goto(`/#/lessons/${lessonId}`);
  await editorsReady(page);
}

export async function editorsReady(page: Page): Promise<void> {
  await expect(page.getByTestId('lesson-title')).toBeVisible();
  const editors = page.locator('[data-testid^=editor-]');
  await expect(editors.first()).toBeVisible();
  for (const editor of await editors.all()) {
    await expect(editor.locator('.monaco-editor')).toBeVisible({ timeout: 20_000 });
    // Ready: Monaco has taken over from the plain editor that stood in for it (and no longer covers it).
    await expect(editor).toHaveAttribute('data-ready', 'true');
    await expect(editor.locator('textarea.editor-fallback')).toHaveCount(0);
  }
}

/** The curves on the training chart, as the chart itself holds them. */
export function chartSeries(page: Page): Promise<SeriesView[]> {
  return page.evaluate(() => window.__tandem?.series?.() ?? []);
}

/**
 * Replaces a pane's code the way a learner pasting a program does: select all, paste. (Typed text would be
 * auto-indented by the editor after every colon.)
 */
export async function replaceCode(page: Page, pane: string, code: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator(`[data-testid=editor-${pane}] .view-lines`).click();
  await page.evaluate((text) => navigator.clipboard.writeText(text), code);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await expect.poll(() => editorText(page, pane)).toBe(code);
}

/** The text of a pane's editor as Monaco draws it (its lines may be drawn a frame after it is ready: poll it). */
export async function editorText(page: Page, pane: string): Promise<string> {
  return page.evaluate((name) => {
    const lines = document.querySelectorAll(`[data-testid=editor-${name}] .view-line`);
    return [...lines].map((line) => (line.textContent ?? '').replaceAll('\u00a0', ' ')).join('\n');
  }, pane);
}

/** The first number after `prefix` in a console, e.g. 19.96 in `tensor([[19.9588]], grad_fn=…)`. */
export async function numberAfter(page: Page, pane: string, prefix: string): Promise<number> {
  const text = (await page.getByTestId(`console-${pane}`).textContent()) ?? '';
  const at = text.lastIndexOf(prefix);
  expect(at, `${pane} console should contain ${prefix}: ${text}`).toBeGreaterThanOrEqual(0);
  return Number.parseFloat(text.slice(at + prefix.length));
}

/** The lines of a pane's editor that carry an error marker. */
export async function errorMarkerLines(page: Page, pane: string): Promise<number[]> {
  return page.evaluate((name) => (window.__tandem?.markers?.() ?? []).filter((marker) => marker.pane === name).map((marker) => marker.line), pane);
}

/** Moves the mouse onto `word` in a visible line of a pane's editor (Monaco splits lines into token spans). */
export async function hoverWord(page: Page, pane: string, line: number, word: string): Promise<void> {
  const point = await page.evaluate(
    ({ name, index, text }) => {
      const row = document.querySelectorAll(`[data-testid=editor-${name}] .view-line`)[index];
      if (row === undefined) return null;
      const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      const whole = nodes.map((node) => node.data).join('');
      let at = whole.indexOf(text) + Math.floor(text.length / 2);
      for (const node of nodes) {
        if (at < node.data.length) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          const box = range.getBoundingClientRect();
          return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        }
        at -= node.data.length;
      }
      return null;
    },
    { name: pane, index: line - 1, text: word },
  );
  expect(point, `${word} on line ${line} of ${pane}`).not.toBeNull();
  await page.mouse.move(point!.x, point!.y);
}
