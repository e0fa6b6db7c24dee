import { memo, useEffect, useRef, useState } from 'react';
import { lessonProgram, type Lesson } from '../../lessons/lesson.ts';
import { codeOf } from '../../store/keptWork.ts';
import type { Pane } from '../../worker/protocol.ts';
import { PANE_LOOK } from '../pane/paneLook.ts';
import { useServices } from '../services.ts';
import { useResolvedTheme } from '../theme.ts';
import { showError } from './errorMarkers.ts';
import { PlainEditor } from './PlainEditor.tsx';
import { attachLineHighlights } from './lineHighlights.ts';
import { loadMonaco, monacoTheme } from './monaco.ts';

interface Props {
  lesson: Lesson;
  pane: Pane;
}

/** Escape stops the runs, unless Monaco has something of its own open that Escape should close. */
const ESCAPE_STOPS = '!suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible && !markersNavigationVisible';

/**
 * A Monaco editor for one pane. It owns its text: edits flow into the kept work, and only a change made elsewhere
 * (Reset, a share link) flows back, so a run's stream of updates never re-renders or re-lays out the editor.
 * Until Monaco has loaded, a plain text editor (PlainEditor) holds the code in the same place.
 */
export const CodeEditor = memo(function CodeEditor({ lesson, pane }: Props) {
  const { kept, playground, controls, highlights } = useServices();
  const host = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const plain = useRef<HTMLTextAreaElement>(null);
  const theme = useResolvedTheme();
  const themeRef = useRef(theme);
  themeRef.current = theme;

  useEffect(() => {
    let disposed = false;
    let teardown = (): void => {};
    void loadMonaco().then((monaco) => {
      if (disposed || host.current === null) return;
      const uri = monaco.Uri.parse(`file:///${lesson.id}/${pane}.py`);
      monaco.editor.getModel(uri)?.dispose();
      const model = monaco.editor.createModel(codeOf(kept.getState(), lesson, pane), 'python', uri);
      const editor = monaco.editor.create(host.current, {
        model,
        theme: monacoTheme(themeRef.current),
        ariaLabel: `${PANE_LOOK[pane].title} code editor. Ctrl+Enter runs this program, Shift+Enter runs all, Escape stops.`,
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
      editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => controls.run(pane));
      editor.addCommand(monaco.KeyMod.Shift | monaco.KeyCode.Enter, () => controls.runAll());
      editor.addCommand(monaco.KeyCode.Escape, () => controls.stopAll(), ESCAPE_STOPS);

      const lines = attachLineHighlights({
        monaco,
        editor,
        pane,
        links: lesson.meta.links,
        lessonCode: lessonProgram(lesson, pane),
        highlights,
      });
      const changes = editor.onDidChangeModelContent(() => kept.getState().setCode(lesson, pane, model.getValue()));
      // Reset and share links change the kept code; anything else that differs from the editor came from it.
      const replaced = kept.subscribe((state) => {
        const code = codeOf(state, lesson, pane);
        if (code === model.getValue()) return;
        model.pushEditOperations([], [{ range: model.getFullModelRange(), text: code }], () => null);
        lines.refresh();
      });
      showError(monaco, model, playground.getState().panes[pane].error);
      const markErrors = playground.subscribe((state, previous) => {
        const error = state.panes[pane].error;
        if (error !== previous.panes[pane].error) showError(monaco, model, error);
      });
      // Carry on where the learner was in the plain editor, if they were typing in it.
      const typing = plain.current !== null && document.activeElement === plain.current;
      if (typing) {
        editor.setPosition(model.getPositionAt(plain.current!.selectionStart));
        editor.focus();
      }
      setReady(true);
      performance.mark(`tandem:editor-ready:${pane}`);
      teardown = () => {
        markErrors();
        replaced();
        changes.dispose();
        lines.dispose();
        editor.dispose();
        model.dispose();
      };
    });
    return () => {
      disposed = true;
      teardown();
    };
  }, [lesson, pane, kept, playground, controls, highlights]);

  useEffect(() => {
    if (ready) void loadMonaco().then((monaco) => monaco.editor.setTheme(monacoTheme(theme)));
  }, [ready, theme]);

  return (
    <div className="editor" data-testid={`editor-${pane}`} data-ready={ready}>
      {!ready && <PlainEditor lesson={lesson} pane={pane} area={plain} />}
      <div ref={host} className="editor-host" />
    </div>
  );
});
