import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Lesson } from '../lessons/lesson.ts';
import type { Pane, RunEvent } from '../worker/protocol.ts';
import { applyRunEvent, idlePane, startRun, type PaneState } from './paneState.ts';

/** Every pane a lesson may have, in display order; a lesson shows those its lesson.json lists. */
export const ALL_PANES = ['keras', 'pytorch', 'tf'] as const satisfies readonly Pane[];

/** The runs of the lesson on screen: per pane, the latest run's status and output. Nothing here is kept. */
export interface PlaygroundState {
  lesson: Lesson;
  panes: Record<Pane, PaneState>;
  /** Shows another lesson, with every pane idle (the caller stops the old lesson's runs first). */
  open(lesson: Lesson): void;
  runStarted(pane: Pane, runId: number): void;
  runEvent(pane: Pane, event: RunEvent): void;
}

export type Playground = StoreApi<PlaygroundState>;

const idlePanes = (): Record<Pane, PaneState> => ({ keras: idlePane(), pytorch: idlePane(), tf: idlePane() });

export function createPlayground(lesson: Lesson): Playground {
  return createStore<PlaygroundState>()((set) => {
    const update = (pane: Pane, change: (state: PaneState) => PaneState) =>
      set((state) => {
        const next = change(state.panes[pane]);
        return next === state.panes[pane] ? state : { panes: { ...state.panes, [pane]: next } };
      });
    return {
      lesson,
      panes: idlePanes(),
      open: (next) => set({ lesson: next, panes: idlePanes() }),
      runStarted: (pane, runId) => update(pane, () => startRun(runId)),
      runEvent: (pane, event) => update(pane, (state) => applyRunEvent(state, event)),
    };
  });
}

/** The panes the lesson shows: Keras and PyTorch, and TensorFlow when the lesson has tf.py. */
export function lessonPanes(lesson: Lesson): readonly Pane[] {
  return lesson.meta.panes;
}

/** Reads a slice of a store in a component; it re-renders only when that slice changes. */
export function usePlayground<T>(playground: Playground, select: (state: PlaygroundState) => T): T {
  return useStore(playground, select);
}
