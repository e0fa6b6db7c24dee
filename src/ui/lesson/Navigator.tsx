import { useStore } from 'zustand';
import { lessonNumber } from '../../lessons/lesson.ts';
import { lessonHash } from '../route.ts';
import { useServices } from '../services.ts';

/** Every lesson in order, with a tick for each one done; the current one marked. */
export function Navigator({ current }: { current: string | null }) {
  const { lessons, kept } = useServices();
  const progress = useStore(kept, (state) => state.progress);
  const done = lessons.filter((lesson) => progress[lesson.id]?.done).length;
  return (
    <nav className="navigator card" aria-label="Lessons">
      <h2 className="section-label">
        Lessons <span className="navigator-count">{done} of {lessons.length} done</span>
      </h2>
      <ol>
        {lessons.map((lesson) => {
          const complete = progress[lesson.id]?.done === true;
          return (
            <li key={lesson.id}>
              <a href={lessonHash(lesson.id)} aria-current={lesson.id === current ? 'page' : undefined} data-testid={`nav-${lesson.id}`} data-done={complete}>
                <span className={`tick${complete ? ' tick-done' : ''}`} aria-hidden="true">
                  {complete ? '✓' : lessonNumber(lesson)}
                </span>
                <span className="navigator-title">{lesson.title}</span>
                {complete && <span className="visually-hidden"> (done)</span>}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
