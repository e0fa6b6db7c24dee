import { memo, useEffect, useRef, useState } from 'react';
import type { Playground, EditorPane } from '../store/playground.ts';
import type { PyErrorInfo } from '../worker/protocol.ts';
import { loadMonaco, type Monaco } from './monaco.ts';
import { PANE_LOOK } from './paneLook.ts';

interface Props {
  pane: EditorPane;
  playground: Playground;
  /** Ctrl/Cmd+Enter runs the pane's program. */
  onRun(): void;
}

/**
 * A Monaco editor for one pane. It owns its text: edits flow into the store, but nothing flows back through
 * React, so a run's stream of updates never re-renders (or re-lays out) the editor. Until Monaco has loaded,
 * the code shows as plain text in the same place.
 */
export const CodeEditor = memo(function CodeEditor({ pane, playground, onRun }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const runRef = useRef(onRun);
  runRef.current = onRun;

  useEffect(() => {
    let disposed = false;
    let teardown = (): void => {};
    void loadMonaco().then((monaco) => {
      if (disposed || host.current === null) return;
      const model = monaco.editor.createModel(playground.getState().panes[pane].code, 'python', monaco.Uri.parse(`file:///${pane}.py`));
      const editor = monaco.editor.create(host.current, {
        model,
        theme: 'tandem-light',
        ariaLabel: `${PANE_LOOK[pane].title} code`,
        automaticLayout: true,
        minimap: { enabled: false },
        fontFamily: getComputedStyle(document.documentElement).getPropertyValue('--font-code').trim(),
        fontSize: 13.5,
        lineHeight: 21,
        tabSize: 4,
        insertSpaces: true,
        scrollBeyondLastLine: false,
        overviewRulerLanes: 0,
        hideCursorInOverviewRuler: true,
        renderLineHighlight: 'line',
        padding: { top: 12, bottom: 12 },
        scrollbar: { verticalScrollbarSize: 10, horizontalScrollbarSize: 10, useShadows: false },
        fixedOverflowWidgets: true,
      });
      editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => runRef.current());
      const changes = editor.onDidChangeModelContent(() => playground.getState().setCode(pane, model.getValue()));
      const markErrors = playground.subscribe((state, previous) => {
        const error = state.panes[pane].error;
        if (error !== previous.panes[pane].error) showError(monaco, model, error);
      });
      setReady(true);
      teardown = () => {
        markErrors();
        changes.dispose();
        editor.dispose();
        model.dispose();
      };
    });
    return () => {
      disposed = true;
      teardown();
    };
  }, [pane, playground]);

  return (
    <div className="editor" data-testid={`editor-${pane}`}>
      {!ready && <pre className="editor-fallback">{playground.getState().panes[pane].code}</pre>}
      <div ref={host} className="editor-host" />
    </div>
  );
});

/** Underlines the failing code the way Python's traceback points at it (positions are 1-based, like Monaco's). */
function showError(monaco: Monaco, model: ReturnType<Monaco['editor']['createModel']>, error: PyErrorInfo | null): void {
  if (error === null || error.line === null) {
    monaco.editor.setModelMarkers(model, 'python', []);
    return;
  }
  const line = Math.min(error.line, model.getLineCount());
  const endLine = Math.min(error.endLine ?? line, model.getLineCount());
  monaco.editor.setModelMarkers(model, 'python', [
    {
      severity: monaco.MarkerSeverity.Error,
      message: `${error.type}: ${error.message}`,
      startLineNumber: line,
      startColumn: error.col ?? model.getLineFirstNonWhitespaceColumn(line),
      endLineNumber: endLine,
      endColumn: error.endCol ?? model.getLineMaxColumn(endLine),
    },
  ]);
}
