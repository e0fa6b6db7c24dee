import { describe, expect, it } from 'vitest';
import type { LessonCheck } from '../lessons/meta.ts';
import { noProgress, recordRun } from './progress.ts';

const checks: LessonCheck[] = [
  { kind: 'stdout-number', pane: 'keras', pattern: '\\[\\[(-?[0-9.]+)\\]\\]', near: 20, within: 1, description: 'Keras predicts 20' },
  { kind: 'stdout-contains', pane: 'pytorch', text: 'tensor([[', description: 'PyTorch prints a tensor' },
];
const ran = (stdout: string) => ({ completed: true, stdout, curves: {} });

describe('lesson progress', () => {
  it('starts with no check passed', () => {
    expect(noProgress(checks)).toEqual({ checks: [false, false], done: false });
  });

  it("re-reads only the finished pane's checks, keeping the other pane's result", () => {
    let progress = recordRun(undefined, checks, 'keras', ran('[[19.6]]\n'));
    expect(progress).toEqual({ checks: [true, false], done: false });
    progress = recordRun(progress, checks, 'pytorch', ran('tensor([[19.8]])\n'));
    expect(progress).toEqual({ checks: [true, true], done: true });
  });

  it('takes a check back when the pane fails it again, but a lesson once done stays done', () => {
    const done = recordRun(recordRun(undefined, checks, 'keras', ran('[[20.1]]')), checks, 'pytorch', ran('tensor([['));
    const broken = recordRun(done, checks, 'keras', { completed: false, stdout: '[[20.1]]', curves: {} });
    expect(broken).toEqual({ checks: [false, true], done: true });
  });

  it('starts over when the lesson’s checks changed since the progress was kept', () => {
    const stale = { checks: [true], done: false };
    expect(recordRun(stale, checks, 'pytorch', ran('tensor([['))).toEqual({ checks: [false, true], done: false });
  });
});
