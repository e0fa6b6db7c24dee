import { describe, expect, it } from 'vitest';
import type { Lesson } from '../lessons/lesson.ts';
import { codeOf, createKeptWork, KEPT_WORK_KEY, memoryStorage } from './keptWork.ts';

const lesson: Lesson = {
  id: '04-regression',
  title: 'Fit a line',
  keras: 'keras = 1\n',
  pytorch: 'torch = 1\n',
  tf: null,
  text: '# Fit a line',
  meta: {
    title: 'Fit a line',
    summary: 'y = 2x',
    panes: ['keras', 'pytorch'],
    checks: [{ kind: 'ran', pane: 'keras', description: 'Keras ran' }],
    links: [],
  },
};

describe('kept work', () => {
  it('shows the lesson’s code until the learner edits it', () => {
    const kept = createKeptWork(memoryStorage());
    expect(codeOf(kept.getState(), lesson, 'keras')).toBe('keras = 1\n');
    kept.getState().setCode(lesson, 'keras', 'keras = 2\n');
    expect(codeOf(kept.getState(), lesson, 'keras')).toBe('keras = 2\n');
    expect(codeOf(kept.getState(), lesson, 'pytorch')).toBe('torch = 1\n');
  });

  it('is written to storage on every edit and read back by a new page', () => {
    const storage = memoryStorage();
    const kept = createKeptWork(storage);
    kept.getState().setCode(lesson, 'pytorch', 'torch = 3\n');
    kept.getState().recordRun(lesson, 'keras', { completed: true, stdout: '', curves: {} });
    expect(JSON.parse(storage.data.get(KEPT_WORK_KEY)!).state.edits).toEqual({ '04-regression': { pytorch: 'torch = 3\n' } });

    const reloaded = createKeptWork(storage);
    expect(codeOf(reloaded.getState(), lesson, 'pytorch')).toBe('torch = 3\n');
    expect(reloaded.getState().progress['04-regression']).toEqual({ checks: [true], done: true });
  });

  it('forgets an edit that puts the lesson’s code back, and Reset drops the edit', () => {
    const kept = createKeptWork(memoryStorage());
    kept.getState().setCode(lesson, 'keras', 'changed\n');
    kept.getState().setCode(lesson, 'keras', 'keras = 1\n');
    expect(kept.getState().edits['04-regression']).toEqual({});
    kept.getState().setCode(lesson, 'keras', 'changed\n');
    kept.getState().resetCode(lesson, 'keras');
    expect(codeOf(kept.getState(), lesson, 'keras')).toBe('keras = 1\n');
  });

  it('keeps the view preferences', () => {
    const storage = memoryStorage();
    const kept = createKeptWork(storage);
    kept.getState().setTheme('dark');
    kept.getState().setMetric('accuracy');
    kept.getState().setLogScale(true);
    kept.getState().visit(lesson);
    expect(createKeptWork(storage).getState()).toMatchObject({ theme: 'dark', metric: 'accuracy', logScale: true, lastLesson: '04-regression' });
  });

  it('starts afresh from storage that holds something unreadable', () => {
    const storage = memoryStorage();
    storage.setItem(KEPT_WORK_KEY, '{not json');
    expect(createKeptWork(storage).getState().edits).toEqual({});
  });
});
