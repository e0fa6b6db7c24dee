// Colab and Jupyter habits anywhere on a lesson page: Ctrl/Cmd+Enter runs the focused pane, Shift+Enter runs all,
// Escape stops. Inside an editor Monaco's own commands do the same (CodeEditor.tsx), and the plain editor reads
// the same keys (PlainEditor.tsx), so keys typed in either are left to them.
import { useEffect } from 'react';
import { PANES } from '../lessons/meta.ts';
import type { RunControls } from '../store/runs.ts';
import type { Pane } from '../worker/protocol.ts';
import { useServices } from './services.ts';

export type Shortcut = 'run-pane' | 'run-all' | 'stop';

/** The run shortcut a key press means, if any. */
export function shortcutOf(event: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): Shortcut | null {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) return 'run-pane';
  if (event.key === 'Enter' && event.shiftKey) return 'run-all';
  if (event.key === 'Escape') return 'stop';
  return null;
}

/** Does what a shortcut asks; returns whether it did something (the key's default should then be prevented). */
export function perform(shortcut: Shortcut, controls: RunControls, pane: Pane | undefined): boolean {
  switch (shortcut) {
    case 'run-pane':
      if (pane === undefined) return false;
      controls.run(pane);
      return true;
    case 'run-all':
      controls.runAll();
      return true;
    case 'stop':
      controls.stopAll();
      return false;
  }
}

export function useKeyboard(active: boolean): void {
  const { controls } = useServices();
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('.monaco-editor, dialog[open], input, textarea, select') != null) return;
      const shortcut = shortcutOf(event);
      const pane = PANES.find((name) => name === target?.closest<HTMLElement>('[data-pane]')?.dataset.pane);
      if (shortcut !== null && perform(shortcut, controls, pane)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, controls]);
}
