// What Tandem keeps for the learner across reloads, worker crashes and Stop: their code per lesson and pane,
// their progress, and their view preferences. Persisted to localStorage on every change (zustand persist), so an
// edit is on disk before the next keystroke; nothing here depends on a run ending well.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import type { RunOutcome } from '../lessons/checks.ts';
import { lessonProgram, type Lesson } from '../lessons/lesson.ts';
import type { Pane } from '../worker/protocol.ts';
import { recordRun, type LessonProgress } from './progress.ts';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type ChartMetric = 'loss' | 'accuracy';

/** The learner's own version of a lesson's programs: only the panes they changed. */
export type LessonEdits = Partial<Record<Pane, string>>;

export interface KeptData {
  edits: Record<string, LessonEdits>;
  progress: Record<string, LessonProgress>;
  /** The lesson last opened, for "Continue". */
  lastLesson: string | null;
  theme: ThemeChoice;
  metric: ChartMetric;
  logScale: boolean;
}

export interface KeptState extends KeptData {
  setCode(lesson: Lesson, pane: Pane, code: string): void;
  /** Drops the learner's edits of a pane, so it shows the lesson's code again. */
  resetCode(lesson: Lesson, pane: Pane): void;
  recordRun(lesson: Lesson, pane: Pane, outcome: RunOutcome): void;
  visit(lesson: Lesson): void;
  setTheme(theme: ThemeChoice): void;
  setMetric(metric: ChartMetric): void;
  setLogScale(on: boolean): void;
}

export type KeptWork = StoreApi<KeptState>;

/** The localStorage key; bump `version` (and migrate) when KeptData changes shape. */
export const KEPT_WORK_KEY = 'tandem:work';

const fresh: KeptData = { edits: {}, progress: {}, lastLesson: null, theme: 'system', metric: 'loss', logScale: false };

export function createKeptWork(storage: StateStorage): KeptWork {
  return createStore<KeptState>()(
    persist(
      (set) => ({
        ...fresh,
        setCode: (lesson, pane, code) =>
          set((state) => {
            const edits = { ...state.edits[lesson.id] };
            // Code equal to the lesson's is not an edit: the lesson may improve later and the learner should get it.
            if (code === lessonProgram(lesson, pane)) delete edits[pane];
            else edits[pane] = code;
            if (state.edits[lesson.id]?.[pane] === edits[pane]) return state;
            return { edits: { ...state.edits, [lesson.id]: edits } };
          }),
        resetCode: (lesson, pane) =>
          set((state) => {
            const edits = { ...state.edits[lesson.id] };
            delete edits[pane];
            return { edits: { ...state.edits, [lesson.id]: edits } };
          }),
        recordRun: (lesson, pane, outcome) =>
          set((state) => ({
            progress: { ...state.progress, [lesson.id]: recordRun(state.progress[lesson.id], lesson.meta.checks, pane, outcome) },
          })),
        visit: (lesson) => set({ lastLesson: lesson.id }),
        setTheme: (theme) => set({ theme }),
        setMetric: (metric) => set({ metric }),
        setLogScale: (logScale) => set({ logScale }),
      }),
      {
        name: KEPT_WORK_KEY,
        version: 1,
        storage: createJSONStorage(() => storage),
        partialize: ({ edits, progress, lastLesson, theme, metric, logScale }): KeptData => ({
          edits,
          progress,
          lastLesson,
          theme,
          metric,
          logScale,
        }),
      },
    ),
  );
}

/** The code a pane shows: the learner's edit if there is one, else the lesson's. */
export function codeOf(state: KeptData, lesson: Lesson, pane: Pane): string {
  return state.edits[lesson.id]?.[pane] ?? lessonProgram(lesson, pane);
}

/** Storage that lives as long as the page, for tests and for browsers that refuse localStorage. */
export function memoryStorage(): StateStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}
