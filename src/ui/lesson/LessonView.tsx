import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { Lesson } from '../../lessons/lesson.ts';
import { ALL_PANES } from '../../store/playground.ts';
import { TrainingChart } from '../chart/TrainingChart.tsx';
import { loadMonaco } from '../editor/monaco.ts';
import { PaneView } from '../pane/PaneView.tsx';
import { useServices } from '../services.ts';
import { Checks } from './Checks.tsx';
import { LessonText } from './LessonText.tsx';
import { LessonToolbar } from './LessonToolbar.tsx';
import { Navigator } from './Navigator.tsx';

/** A lesson: the navigator, its text and checks beside the chart and the panes. */
export function LessonView({ lesson }: { lesson: Lesson }) {
  const { playground, client, kept, highlights } = useServices();
  const panes = lesson.meta.panes;

  useEffect(() => {
    playground.getState().open(lesson);
    kept.getState().visit(lesson);
    document.title = `${lesson.title} · Tandem`;
    // The Python workers start once the editors have loaded: both parse hundreds of kilobytes of JavaScript,
    // and on a two-core machine starting them together would delay the editors the learner is waiting for.
    let current = true;
    void loadMonaco()
      .catch(() => {})
      .then(() => afterIdle(() => current && client.warm(panes)));
    return () => {
      current = false;
      // Leaving the lesson stops its programs: their output belongs to panes that are no longer on screen.
      ALL_PANES.forEach((pane) => client.stop(pane));
    };
  }, [lesson, panes, playground, client, kept]);

  const linkNote = useStore(highlights, (state) => (state.link === null ? null : lesson.meta.links[state.link.index]?.note ?? null));

  return (
    <div className="lesson-layout">
      <aside className="lesson-aside" aria-label="Lesson">
        <Navigator current={lesson.id} />
        <LessonText lesson={lesson} />
        <Checks lesson={lesson} />
      </aside>
      <main className="workspace" id="main">
        <LessonToolbar lesson={lesson} />
        <TrainingChart panes={panes} />
        <p className="visually-hidden" aria-live="polite">
          {linkNote ?? ''}
        </p>
        <div className={`panes panes-${panes.length}`}>
          {panes.map((pane) => (
            <PaneView key={`${lesson.id}/${pane}`} lesson={lesson} pane={pane} />
          ))}
        </div>
      </main>
    </div>
  );
}

/** Runs `task` when the page is next idle (soon, at the latest). */
function afterIdle(task: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 500 });
  else setTimeout(task, 50);
}
