// Lines lit up across panes: a concept link the learner is pointing at (hover or cursor in one pane lights its
// twin in the other), and the PyTorch lines "Look inside fit()" is explaining. Page state only; nothing is kept.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Pane } from '../../worker/protocol.ts';

/** The concept link (by its index in lesson.json) the learner is on, and the pane they are pointing from. */
export interface LinkFocus {
  index: number;
  from: Pane;
}

/** Lines of a pane to light, with a one-line note shown beside them. */
export interface LineMark {
  pane: Pane;
  lines: readonly [number, number];
  note: string;
}

export interface HighlightState {
  link: LinkFocus | null;
  marks: readonly LineMark[];
  focusLink(focus: LinkFocus | null): void;
  setMarks(marks: readonly LineMark[]): void;
}

export type Highlights = StoreApi<HighlightState>;

export function createHighlights(): Highlights {
  return createStore<HighlightState>()((set, get) => ({
    link: null,
    marks: [],
    focusLink: (focus) => {
      const current = get().link;
      if (current?.index === focus?.index && current?.from === focus?.from) return;
      set({ link: focus });
    },
    setMarks: (marks) => set({ marks }),
  }));
}
