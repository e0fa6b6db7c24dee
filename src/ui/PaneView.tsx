import type { RunControls } from '../store/runs.ts';
import { usePlayground, type EditorPane, type Playground } from '../store/playground.ts';
import { CodeEditor } from './CodeEditor.tsx';
import { ConsoleView } from './ConsoleView.tsx';
import { FigureChart } from './FigureChart.tsx';
import { PANE_LOOK, statusText } from './paneLook.ts';

interface Props {
  pane: EditorPane;
  playground: Playground;
  controls: RunControls;
}

/**
 * One framework's side: its editor, run controls, console and plt.show() figures. The pane itself reads no
 * state; each part subscribes to just what it shows, so output streaming in re-renders the console, not the editor.
 */
export function PaneView({ pane, playground, controls }: Props) {
  const { title } = PANE_LOOK[pane];
  return (
    <section className="pane card" aria-label={`${title} program`} data-testid={`pane-${pane}`}>
      <PaneHeader pane={pane} playground={playground} controls={controls} />
      <CodeEditor pane={pane} playground={playground} onRun={controls.run.bind(null, pane)} />
      <div className="pane-output">
        <h3 className="section-label">Console</h3>
        <ConsoleView pane={pane} playground={playground} />
        <Figures pane={pane} playground={playground} />
      </div>
    </section>
  );
}

function PaneHeader({ pane, playground, controls }: Props) {
  const status = usePlayground(playground, (state) => state.panes[pane].status);
  const ms = usePlayground(playground, (state) => state.panes[pane].ms);
  const { title, color } = PANE_LOOK[pane];
  const running = status === 'running';
  return (
    <header className="pane-header">
      <span className="pane-dot" style={{ background: color }} aria-hidden="true" />
      <h2 className="pane-title">{title}</h2>
      <span className="pane-file">{pane}.py</span>
      <span className={`status status-${status}`} data-testid={`status-${pane}`} data-status={status} role="status">
        <span className="visually-hidden">{title}: </span>
        {statusText(status, ms)}
      </span>
      <div className="pane-actions">
        <button
          type="button"
          className="button button-quiet"
          data-testid={`stop-${pane}`}
          aria-label={`Stop the ${title} program`}
          disabled={!running}
          onClick={() => controls.stop(pane)}
        >
          Stop
        </button>
        <button
          type="button"
          className="button button-primary"
          data-testid={`run-${pane}`}
          aria-label={`Run the ${title} program`}
          title="Run (Ctrl/⌘ + Enter in the editor)"
          onClick={() => controls.run(pane)}
        >
          Run
        </button>
      </div>
    </header>
  );
}

function Figures({ pane, playground }: Omit<Props, 'controls'>) {
  const figures = usePlayground(playground, (state) => state.panes[pane].figures);
  if (figures.length === 0) return null;
  return (
    <div className="figures" aria-label={`${PANE_LOOK[pane].title} figures`}>
      <h3 className="section-label">Figures</h3>
      {figures.map((figure, i) => (
        <FigureChart key={i} figure={figure} testId={`figure-${pane}-${i}`} />
      ))}
    </div>
  );
}
