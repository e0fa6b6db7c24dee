// Exports as Jupyter notebooks (nbformat 4.5) that open in Jupyter and run in Colab unchanged: the lesson's text
// as a Markdown cell, then each pane's program in a code cell of its own.
import { lessonNumber, type Lesson } from '../../lessons/lesson.ts';
import type { Pane } from '../../worker/protocol.ts';
import { PANE_LOOK } from '../pane/paneLook.ts';

interface MarkdownCell {
  cell_type: 'markdown';
  id: string;
  metadata: Record<string, never>;
  source: string[];
}

interface CodeCell {
  cell_type: 'code';
  id: string;
  metadata: Record<string, never>;
  source: string[];
  execution_count: null;
  outputs: [];
}

export interface Notebook {
  nbformat: 4;
  nbformat_minor: 5;
  metadata: {
    kernelspec: { name: 'python3'; display_name: 'Python 3'; language: 'python' };
    language_info: { name: 'python' };
  };
  cells: (MarkdownCell | CodeCell)[];
}

/** The whole lesson: its text, then every pane's program as the learner has it now. */
export function lessonNotebook(lesson: Lesson, panes: readonly Pane[], code: (pane: Pane) => string): Notebook {
  return notebook([
    markdown(lesson.text),
    ...panes.flatMap((pane) => [markdown(`## ${PANE_LOOK[pane].title} (\`${pane}.py\`)`), python(code(pane))]),
  ]);
}

/** One pane's program, under a heading naming the lesson. */
export function paneNotebook(lesson: Lesson, pane: Pane, code: string): Notebook {
  return notebook([markdown(`# Lesson ${lessonNumber(lesson)}: ${lesson.title} (${PANE_LOOK[pane].title})`), python(code)]);
}

function notebook(cells: (MarkdownCell | CodeCell)[]): Notebook {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' },
      language_info: { name: 'python' },
    },
    // nbformat 4.5 wants a unique id per cell; the position is unique and keeps exports reproducible.
    cells: cells.map((cell, i) => ({ ...cell, id: `cell-${i + 1}` })),
  };
}

function markdown(text: string): MarkdownCell {
  return { cell_type: 'markdown', id: '', metadata: {}, source: sourceLines(text.trimEnd()) };
}

function python(code: string): CodeCell {
  return { cell_type: 'code', id: '', metadata: {}, source: sourceLines(code.trimEnd()), execution_count: null, outputs: [] };
}

/** nbformat stores text as a list of lines, each but the last keeping its newline. */
export function sourceLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  return lines.map((line, i) => (i < lines.length - 1 ? `${line}\n` : line));
}

/** The file a notebook downloads as: JSON with one-space indents, as Jupyter writes it. */
export function notebookFile(notebook: Notebook): string {
  return `${JSON.stringify(notebook, null, 1)}\n`;
}
