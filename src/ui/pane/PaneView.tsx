import { useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { Lesson } from '../../lessons/lesson.ts';
import { codeOf } from '../../store/keptWork.ts';
import { usePlayground } from '../../store/playground.ts';
import type { Pane } from '../../worker/protocol.ts';
import { FigureChart } from '../chart/FigureChart.tsx';
import { useConfirm } from '../dialog.tsx';
import { CodeEditor } from '../editor/CodeEditor.tsx';
import { downloadText } from '../export/download.ts';
import { notebookFile, paneNotebook } from '../export/notebook.ts';
import { LookInsidePanel } from '../lookInside/LookInsidePanel.tsx';
import { useServices } from '../services.ts';
import { ConsoleView } from './ConsoleView.tsx';
import { backendLabel, PANE_LOOK, statusText } from './paneLook.ts';

interface Props {
  lesson: Lesson;
  pane: Pane;
}

/**
 * One framework's side: its editor, run controls, console and plt.show() figures; the Keras pane can also look
 * inside fit(). Each part subscribes to just what it shows, so output streaming in re-renders the console, not
 * the editor.
 */
export function PaneView({ lesson, pane }: Props) {
  const { title } = PANE_LOOK[pane];
  const [lookingInside, setLookingInside] = useState(false);
  return (
    <section className="pane card" aria-label={`${title} program`} data-testid={`pane-${pane}`} data-pane={pane}>
      <PaneHeader lesson={lesson} pane={pane} lookingInside={lookingInside} onLookInside={pane === 'keras' ? setLookingInside : null} />
      <CodeEditor lesson={lesson} pane={pane} />
      {lookingInside && <LookInsidePanel lesson={lesson} />}
      <div className="pane-output">
        <h3 className="section-label">Console</h3>
        <ConsoleView pane={pane} />
        <Figures pane={pane} />
      </div>
    </section>
  );
}

interface HeaderProps extends Props {
  lookingInside: boolean;
  onLookInside: ((on: boolean) => void) | null;
}

function PaneHeader({ lesson, pane, lookingInside, onLookInside }: HeaderProps) {
  const { playground, controls, kept } = useServices();
  const confirm = useConfirm();
  const status = usePlayground(playground, (state) => state.panes[pane].status);
  const ms = usePlayground(playground, (state) => state.panes[pane].ms);
  const backend = usePlayground(playground, (state) => state.panes[pane].backend);
  const edited = useStore(kept, (state) => state.edits[lesson.id]?.[pane] !== undefined);
  const { title, color } = PANE_LOOK[pane];
  const running = status === 'running';

  const reset = async () => {
    const yes = await confirm({
      title: `Restore the lesson’s ${title} code?`,
      message: `Your changes to ${pane}.py in this lesson will be discarded. Export or share them first if you want to keep them.`,
      confirmLabel: 'Discard my changes',
      cancelLabel: 'Keep my changes',
    });
    if (yes) kept.getState().resetCode(lesson, pane);
  };

  return (
    <header className="pane-header">
      <span className="pane-dot" style={{ background: color }} aria-hidden="true" />
      <h2 className="pane-title">{title}</h2>
      <span className="pane-file">
        {pane}.py{edited && <span className="edited" title="You have changed this program"> · edited</span>}
      </span>
      <span className={`status status-${status}`} data-testid={`status-${pane}`} data-status={status} role="status">
        <span className="visually-hidden">{title}: </span>
        {statusText(status, ms)}
      </span>
      {backend !== null && (
        <span className="backend" data-testid={`backend-${pane}`} title="The engine backend this run trains on">
          <span className="visually-hidden">runs on </span>
          {backendLabel(backend)}
        </span>
      )}
      <div className="pane-actions">
        {onLookInside !== null && (
          <button
            type="button"
            className="toggle"
            data-testid="look-inside-toggle"
            aria-pressed={lookingInside}
            title="Step through what fit() does for this model"
            onClick={() => onLookInside(!lookingInside)}
          >
            Look inside fit()
          </button>
        )}
        <ExportMenu lesson={lesson} pane={pane} />
        <button
          type="button"
          className="button button-quiet"
          data-testid={`reset-${pane}`}
          aria-label={`Restore the lesson’s ${title} code`}
          disabled={!edited}
          onClick={() => void reset()}
        >
          Reset
        </button>
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

function ExportMenu({ lesson, pane }: Props) {
  const { kept } = useServices();
  const menu = useRef<HTMLDetailsElement>(null);
  const code = () => codeOf(kept.getState(), lesson, pane);
  const done = () => menu.current?.removeAttribute('open');
  return (
    <details className="menu" ref={menu}>
      <summary className="button button-quiet" data-testid={`export-${pane}`} aria-label={`Export the ${PANE_LOOK[pane].title} program`}>
        Export
      </summary>
      <div className="menu-items">
        <button
          type="button"
          data-testid={`export-${pane}-py`}
          onClick={() => {
            downloadText(`${pane}.py`, code(), 'text/x-python');
            done();
          }}
        >
          Script ({pane}.py)
        </button>
        <button
          type="button"
          data-testid={`export-${pane}-ipynb`}
          onClick={() => {
            downloadText(`${pane}.ipynb`, notebookFile(paneNotebook(lesson, pane, code())), 'application/x-ipynb+json');
            done();
          }}
        >
          Notebook ({pane}.ipynb)
        </button>
      </div>
    </details>
  );
}

function Figures({ pane }: { pane: Pane }) {
  const { playground } = useServices();
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
