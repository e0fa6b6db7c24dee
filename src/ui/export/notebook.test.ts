import { describe, expect, it } from 'vitest';
import { lessons } from '../../lessons/catalog.ts';
import { lessonProgram } from '../../lessons/lesson.ts';
import { nbformatProblems } from './nbformatCheck.ts';
import { lessonNotebook, notebookFile, paneNotebook, sourceLines } from './notebook.ts';

const regression = lessons.find((lesson) => lesson.id === '04-regression')!;

describe('notebook export', () => {
  it('holds the lesson text, then each pane’s program in its own code cell', () => {
    const notebook = lessonNotebook(regression, ['keras', 'pytorch'], (pane) => lessonProgram(regression, pane));
    expect(nbformatProblems(notebook)).toEqual([]);
    expect(notebook.cells.map((cell) => cell.cell_type)).toEqual(['markdown', 'markdown', 'code', 'markdown', 'code']);
    expect(notebook.cells[0]!.source.join('')).toBe(regression.text.trimEnd());
    expect(notebook.cells[2]!.source.join('')).toBe(regression.keras.trimEnd());
    expect(notebook.cells[4]!.source.join('')).toBe(regression.pytorch.trimEnd());
  });

  it('exports the learner’s code, not the lesson’s', () => {
    const notebook = lessonNotebook(regression, ['keras', 'pytorch'], (pane) => `print("${pane}")\n`);
    expect(notebook.cells.filter((cell) => cell.cell_type === 'code').map((cell) => cell.source.join(''))).toEqual([
      'print("keras")',
      'print("pytorch")',
    ]);
  });

  it('exports one pane as a notebook of its own', () => {
    const notebook = paneNotebook(regression, 'pytorch', 'import torch\nprint(torch.ones(2))\n');
    expect(nbformatProblems(notebook)).toEqual([]);
    expect(notebook.cells[0]!.source).toEqual(['# Lesson 4: Fit a line: y = 2x (PyTorch)']);
    expect(notebook.cells[1]!.source).toEqual(['import torch\n', 'print(torch.ones(2))']);
  });

  it('writes every lesson as valid nbformat 4 JSON', () => {
    for (const lesson of lessons) {
      const file = notebookFile(lessonNotebook(lesson, lesson.meta.panes, (pane) => lessonProgram(lesson, pane)));
      expect(nbformatProblems(JSON.parse(file)), lesson.id).toEqual([]);
    }
  });

  it('keeps each line’s newline but the last one’s', () => {
    expect(sourceLines('a\nb\n\nc')).toEqual(['a\n', 'b\n', '\n', 'c']);
    expect(sourceLines('')).toEqual([]);
  });

  it('the check finds what Jupyter would reject', () => {
    expect(nbformatProblems({ nbformat: 3, cells: [{ cell_type: 'code', source: 1 }] })).toEqual([
      'nbformat must be 4',
      'nbformat_minor must be 5 or more',
      'metadata must be an object',
      'cells[0].id is not a valid cell id',
      'cells[0].metadata must be an object',
      'cells[0].source must be a string or a list of strings',
      'cells[0].execution_count must be null or an integer',
      'cells[0].outputs must be a list',
    ]);
  });
});
