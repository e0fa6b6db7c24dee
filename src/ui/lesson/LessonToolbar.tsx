import { useState } from 'react';
import { usePlayground } from '../../store/playground.ts';
import { codeOf } from '../../store/keptWork.ts';
import { shareLink } from '../../store/share.ts';
import { lessonNumber, type Lesson } from '../../lessons/lesson.ts';
import { downloadText } from '../export/download.ts';
import { lessonNotebook, notebookFile } from '../export/notebook.ts';
import { useServices } from '../services.ts';
import { lessonHash } from '../route.ts';

/** The lesson's own controls: run or stop every pane, share the code, export the lesson, step between lessons. */
export function LessonToolbar({ lesson }: { lesson: Lesson }) {
  const { lessons, playground, controls, kept } = useServices();
  const panes = lesson.meta.panes;
  const anyRunning = usePlayground(playground, (state) => panes.some((pane) => state.panes[pane].status === 'running'));
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const index = lessons.indexOf(lesson);
  const previous = lessons[index - 1];
  const next = lessons[index + 1];

  const share = async () => {
    const state = kept.getState();
    const code = Object.fromEntries(panes.map((pane) => [pane, codeOf(state, lesson, pane)]));
    const url = await shareLink(window.location.href, { lessonId: lesson.id, code });
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // Clipboard access can be refused (permissions, insecure origins); the link is shown to copy by hand.
      setCopied(false);
    }
  };

  const exportLesson = () => {
    const state = kept.getState();
    const notebook = lessonNotebook(lesson, panes, (pane) => codeOf(state, lesson, pane));
    downloadText(`${lesson.id}.ipynb`, notebookFile(notebook), 'application/x-ipynb+json');
  };

  return (
    <div className="lesson-toolbar" role="toolbar" aria-label="Lesson actions">
      <div className="lesson-heading">
        <span className="lesson-number">
          Lesson {lessonNumber(lesson)} of {lessons.length}
        </span>
        <h2 className="lesson-title" data-testid="lesson-title">
          {lesson.title}
        </h2>
      </div>
      <div className="toolbar-group">
        {previous !== undefined && (
          <a className="button button-quiet" href={lessonHash(previous.id)} aria-label={`Previous lesson: ${previous.title}`}>
            ← Previous
          </a>
        )}
        {next !== undefined && (
          <a className="button button-quiet" href={lessonHash(next.id)} aria-label={`Next lesson: ${next.title}`}>
            Next →
          </a>
        )}
      </div>
      <div className="toolbar-group">
        <button type="button" className="button button-quiet" data-testid="share" onClick={() => void share()}>
          Share
        </button>
        <button type="button" className="button button-quiet" data-testid="export-lesson" onClick={exportLesson} title="Download the lesson and every pane as a Jupyter notebook">
          Export lesson (.ipynb)
        </button>
        <button type="button" className="button button-quiet" data-testid="stop-all" disabled={!anyRunning} onClick={controls.stopAll} title="Stop (Escape)">
          Stop
        </button>
        <button type="button" className="button button-primary button-large" data-testid="run-both" onClick={controls.runAll} title="Run every pane (Shift + Enter)">
          {panes.length === 2 ? 'Run both' : 'Run all'}
        </button>
      </div>
      {link !== null && (
        <div className="share-box" role="status">
          <label htmlFor="share-link">{copied ? 'Link copied. It holds your code; opening it runs nothing:' : 'Copy this link. It holds your code; opening it runs nothing:'}</label>
          <input id="share-link" data-testid="share-link" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
          <button type="button" className="button button-quiet" onClick={() => setLink(null)} aria-label="Close the share link">
            Close
          </button>
        </div>
      )}
    </div>
  );
}
