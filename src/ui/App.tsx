import type { RunControls } from '../store/runs.ts';
import { EDITOR_PANES, usePlayground, type Playground } from '../store/playground.ts';
import { PaneView } from './PaneView.tsx';
import { TrainingChart } from './TrainingChart.tsx';

interface Props {
  playground: Playground;
  controls: RunControls;
}

export function App({ playground, controls }: Props) {
  const lesson = usePlayground(playground, (state) => state.lesson);
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            <span />
            <span />
          </span>
          <h1>Tandem</h1>
        </div>
        <p className="tagline">Keras and PyTorch, side by side, trained in your browser</p>
        <div className="lesson-title" aria-label="Lesson">
          <span className="lesson-number">Lesson {Number.parseInt(lesson.id, 10)}</span>
          {lesson.title}
        </div>
        <button type="button" className="button button-primary button-large" data-testid="run-both" aria-label="Run both programs" onClick={controls.runBoth}>
          Run both
        </button>
      </header>
      <main className="workspace">
        <TrainingChart playground={playground} />
        <div className="panes">
          {EDITOR_PANES.map((pane) => (
            <PaneView key={pane} pane={pane} playground={playground} controls={controls} />
          ))}
        </div>
      </main>
    </div>
  );
}
