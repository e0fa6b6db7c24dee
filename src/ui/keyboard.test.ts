import { describe, expect, it } from 'vitest';
import type { RunControls } from '../store/runs.ts';
import { perform, shortcutOf } from './keyboard.ts';

const key = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...modifiers,
});

function recordingControls() {
  const calls: string[] = [];
  const controls: RunControls = {
    run: (pane) => calls.push(`run ${pane}`),
    runAll: () => calls.push('run all'),
    stop: (pane) => calls.push(`stop ${pane}`),
    stopAll: () => calls.push('stop all'),
    isRunning: () => false,
  };
  return { calls, controls };
}

describe('run shortcuts', () => {
  it('reads Colab’s keys: Ctrl or Cmd+Enter runs the pane, Shift+Enter runs all, Escape stops', () => {
    expect(shortcutOf(key('Enter', { ctrlKey: true }))).toBe('run-pane');
    expect(shortcutOf(key('Enter', { metaKey: true }))).toBe('run-pane');
    expect(shortcutOf(key('Enter', { shiftKey: true }))).toBe('run-all');
    expect(shortcutOf(key('Escape'))).toBe('stop');
    expect(shortcutOf(key('Enter'))).toBeNull();
    expect(shortcutOf(key('a', { ctrlKey: true }))).toBeNull();
  });

  it('runs the focused pane, or nothing when no pane has the focus', () => {
    const { calls, controls } = recordingControls();
    expect(perform('run-pane', controls, 'pytorch')).toBe(true);
    expect(perform('run-pane', controls, undefined)).toBe(false);
    expect(perform('run-all', controls, undefined)).toBe(true);
    // Escape keeps its default too (closing a menu, leaving a field) while it stops the runs.
    expect(perform('stop', controls, 'keras')).toBe(false);
    expect(calls).toEqual(['run pytorch', 'run all', 'stop all']);
  });
});
