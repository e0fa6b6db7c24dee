// Draws concept links and line marks (highlights.ts) in one pane's editor. Link ranges are Monaco decorations,
// so they follow the code as the learner types above them. When the pane opens with edited code (work kept from
// an earlier visit), each range is carried over to where its lines went (lineMap.ts); a link whose lines are all
// gone is left out, since the lesson's line numbers no longer mean anything there.
import type { editor as MonacoEditor } from 'monaco-editor/editor/editor.api';
import type { ConceptLink } from '../../lessons/meta.ts';
import type { Pane } from '../../worker/protocol.ts';
import type { Highlights } from './highlights.ts';
import { lineMapping, mapRange } from './lineMap.ts';
import type { CodeEditorInstance, Monaco } from './monaco.ts';

interface Options {
  monaco: Monaco;
  editor: CodeEditorInstance;
  pane: Pane;
  links: readonly ConceptLink[];
  /** The lesson's own program for this pane: the code the links' line numbers refer to. */
  lessonCode: string;
  highlights: Highlights;
}

export interface LineHighlighter {
  /** Places the links again from the pane's code (after Reset or a share link replaced the text). */
  refresh(): void;
  dispose(): void;
}

export function attachLineHighlights({ monaco, editor, pane, links, lessonCode, highlights }: Options): LineHighlighter {
  const model = editor.getModel()!;
  const linked = pane === 'keras' || pane === 'pytorch';
  let decorationIds: string[] = [];
  /** Each link's decoration, by link index; null for a link whose lines the edits removed. */
  let linkIds: (string | null)[] = [];
  let litIds: string[] = [];
  let note: { line: number; text: string } | null = null;

  const noteNode = document.createElement('div');
  noteNode.className = 'line-note';
  const noteWidget: MonacoEditor.IContentWidget = {
    getId: () => `tandem.line-note.${pane}`,
    getDomNode: () => noteNode,
    // Above the first lit line, like a tooltip; below it when that line is at the top of the editor.
    getPosition: () =>
      note === null
        ? null
        : {
            position: { lineNumber: note.line, column: 1 },
            preference: [monaco.editor.ContentWidgetPositionPreference.ABOVE, monaco.editor.ContentWidgetPositionPreference.BELOW],
          },
  };
  editor.addContentWidget(noteWidget);

  const rangeOf = (index: number) => {
    const id = linkIds[index];
    return id === undefined || id === null ? null : model.getDecorationRange(id);
  };

  const linkAt = (line: number): number | null => {
    for (let i = 0; i < linkIds.length; i++) {
      const range = rangeOf(i);
      if (range !== null && line >= range.startLineNumber && line <= range.endLineNumber) return i;
    }
    return null;
  };

  const point = (line: number | null) => {
    const index = line === null ? null : linkAt(line);
    const current = highlights.getState().link;
    if (index !== null) highlights.getState().focusLink({ index, from: pane });
    else if (current?.from === pane) highlights.getState().focusLink(null);
  };

  const refresh = () => {
    const code = model.getValue();
    const mapping = code === lessonCode ? null : lineMapping(lessonCode, code);
    const ranges = linked
      ? links.map((link) => {
          const lines = link[pane as 'keras' | 'pytorch'];
          return mapping === null ? lines : mapRange(mapping, lines);
        })
      : [];
    const placed = ranges.filter((range) => range !== null);
    decorationIds = model.deltaDecorations(
      decorationIds,
      placed.map(([first, last]) => ({
        range: new monaco.Range(first, 1, last, 1),
        options: {
          isWholeLine: true,
          linesDecorationsClassName: 'concept-link-gutter',
          stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
        },
      })),
    );
    let next = 0;
    linkIds = ranges.map((range) => (range === null ? null : decorationIds[next++]!));
    draw();
  };

  const draw = () => {
    const { link, marks } = highlights.getState();
    const lit: MonacoEditor.IModelDeltaDecoration[] = [];
    let nextNote: typeof note = null;
    const linkRange = link === null ? null : rangeOf(link.index);
    if (link !== null && linkRange !== null) {
      lit.push({ range: linkRange, options: { isWholeLine: true, className: 'concept-link-lit', linesDecorationsClassName: 'concept-link-gutter-lit' } });
      if (link.from !== pane) {
        nextNote = { line: linkRange.startLineNumber, text: links[link.index]!.note };
        editor.revealLinesInCenterIfOutsideViewport(linkRange.startLineNumber, linkRange.endLineNumber);
      }
    }
    for (const mark of marks) {
      if (mark.pane !== pane) continue;
      const last = Math.min(mark.lines[1], model.getLineCount());
      const range = new monaco.Range(mark.lines[0], 1, last, 1);
      lit.push({ range, options: { isWholeLine: true, className: 'line-mark-lit', linesDecorationsClassName: 'concept-link-gutter-lit' } });
      nextNote ??= { line: mark.lines[0], text: mark.note };
      editor.revealLinesInCenterIfOutsideViewport(mark.lines[0], last);
    }
    litIds = model.deltaDecorations(litIds, lit);
    note = nextNote;
    noteNode.textContent = note === null ? '' : `↔ ${note.text}`;
    noteNode.hidden = note === null;
    editor.layoutContentWidget(noteWidget);
  };

  const subscriptions = [
    editor.onMouseMove((event) => point(event.target.position?.lineNumber ?? null)),
    editor.onMouseLeave(() => point(null)),
    editor.onDidChangeCursorPosition((event) => {
      if (editor.hasTextFocus()) point(event.position.lineNumber);
    }),
    editor.onDidFocusEditorText(() => point(editor.getPosition()?.lineNumber ?? null)),
    editor.onDidBlurEditorText(() => point(null)),
  ];
  const unsubscribe = highlights.subscribe((state, previous) => {
    if (state.link !== previous.link || state.marks !== previous.marks) draw();
  });
  refresh();

  return {
    refresh,
    dispose: () => {
      unsubscribe();
      subscriptions.forEach((subscription) => subscription.dispose());
      editor.removeContentWidget(noteWidget);
      if (highlights.getState().link?.from === pane) highlights.getState().focusLink(null);
    },
  };
}
