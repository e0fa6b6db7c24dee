import { useStore } from 'zustand';
import { lessonNumber } from '../../lessons/lesson.ts';
import { lessonHash } from '../route.ts';
import { useServices } from '../services.ts';

/** The lesson list: where a visit starts, with progress and a way back to the last lesson. */
export function HomeView() {
  const { lessons, kept } = useServices();
  const progress = useStore(kept, (state) => state.progress);
  const last = useStore(kept, (state) => lessons.find((lesson) => lesson.id === state.lastLesson) ?? null);
  const done = lessons.filter((lesson) => progress[lesson.id]?.done).length;
  return (
    <main className="home" id="main">
      <section className="home-intro">
        <h2>Learn deep learning in two styles at once</h2>
        <p>
          Each lesson puts a Keras program next to a PyTorch program that does the same job. Edit either one, run both, and
          watch their losses fall on one chart. Everything runs in your browser, and your code is kept as you type.
        </p>
        {last !== null && (
          <a className="button button-primary button-large" href={lessonHash(last.id)} data-testid="continue">
            Continue: Lesson {lessonNumber(last)}, {last.title}
          </a>
        )}
      </section>
      <section aria-labelledby="lesson-list-title">
        <h2 id="lesson-list-title" className="section-label">
          Lessons <span className="navigator-count">{done} of {lessons.length} done</span>
        </h2>
        <ol className="lesson-list" data-testid="lesson-list">
          {lessons.map((lesson) => {
            const complete = progress[lesson.id]?.done === true;
            return (
              <li key={lesson.id}>
                <a className="lesson-card card" href={lessonHash(lesson.id)} data-testid={`lesson-${lesson.id}`} data-done={complete}>
                  <span className={`tick${complete ? ' tick-done' : ''}`} aria-hidden="true">
                    {complete ? '✓' : lessonNumber(lesson)}
                  </span>
                  <span className="lesson-card-text">
                    <span className="lesson-card-title">{lesson.title}</span>
                    <span className="lesson-card-summary">{lesson.meta.summary}</span>
                  </span>
                  <span className="lesson-card-panes">
                    {complete && <span className="visually-hidden">Done. </span>}
                    {lesson.meta.panes.map((pane) => `${pane}.py`).join(' · ')}
                  </span>
                </a>
              </li>
            );
          })}
        </ol>
      </section>
    </main>
  );
}
