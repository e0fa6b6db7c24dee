import { useStore } from 'zustand';
import type { Lesson } from '../../lessons/lesson.ts';
import { PANE_LOOK } from '../pane/paneLook.ts';
import { useServices } from '../services.ts';

/** What the lesson's runs must show, each ticked once the pane's latest run shows it. */
export function Checks({ lesson }: { lesson: Lesson }) {
  const { kept } = useServices();
  const progress = useStore(kept, (state) => state.progress[lesson.id]);
  const passed = lesson.meta.checks.map((_, i) => progress?.checks[i] === true);
  const count = passed.filter(Boolean).length;
  return (
    <section className="checks card" aria-labelledby="checks-title" data-testid="checks" data-done={progress?.done === true}>
      <h2 id="checks-title" className="section-label">
        {progress?.done ? 'Lesson done' : 'To finish this lesson'}{' '}
        <span className="checks-count" data-testid="checks-count">
          {count} of {passed.length} checks pass
        </span>
      </h2>
      <ul>
        {lesson.meta.checks.map((check, i) => (
          <li key={i} data-testid={`check-${i}`} data-passed={passed[i]}>
            <span className={`tick${passed[i] ? ' tick-done' : ''}`} aria-hidden="true">
              {passed[i] ? '✓' : ''}
            </span>
            <span>
              <span className="check-pane">{PANE_LOOK[check.pane].title}:</span> {check.description}
              <span className="visually-hidden">{passed[i] ? ' (passes)' : ' (not yet)'}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
