import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Lesson } from '../lessons/lesson.ts';
import type { Pane, RunEvent } from '../worker/protocol.ts';
import { applyRunEvent, idlePane, startRun, type PaneState } from './paneState.ts';

/** The panes a lesson shows, left to right. */
export const EDITOR_PANES = ['keras', 'pytorch'] as const satisfies readonly Pane[];
export type EditorPane = (typeof EDITOR_PANES)[number];

export interface PlaygroundState {
  lesson: Lesson;
  panes: Record<EditorPane, PaneState>;
  setCode(pane: EditorPane, code: string): void;
  runStarted(pane: EditorPane, runId: number): void;
  runEvent(pane: EditorPane, event: RunEvent): void;
}

export type Playground = StoreApi<PlaygroundState>;

export function createPlayground(lesson: Lesson): Playground {
  return createStore<PlaygroundState>()((set) => {
    const update = (pane: EditorPane, change: (state: PaneState) => PaneState) =>
      set((state) => {
        const next = change(state.panes[pane]);
        return next === state.panes[pane] ? state : { panes: { ...state.panes, [pane]: next } };
      });
    return {
      lesson,
      panes: { keras: idlePane(lesson.keras), pytorch: idlePane(lesson.pytorch) },
      setCode: (pane, code) => update(pane, (state) => (state.code === code ? state : { ...state, code })),
      runStarted: (pane, runId) => update(pane, (state) => startRun(state, runId)),
      runEvent: (pane, event) => update(pane, (state) => applyRunEvent(state, event)),
    };
  });
}

/** Reads a slice of the playground in a component; it re-renders only when that slice changes. */
export function usePlayground<T>(playground: Playground, select: (state: PlaygroundState) => T): T {
  return useStore(playground, select);
}
