import type { PyErrorInfo } from '../../worker/protocol.ts';
import type { EditorModel, Monaco } from './monaco.ts';

/**
 * Underlines the failing code where Python's traceback points: a SyntaxError's position, or the deepest frame
 * in the learner's file for a runtime error (positions are 1-based, like Monaco's). No error clears the marker.
 */
export function showError(monaco: Monaco, model: EditorModel, error: PyErrorInfo | null): void {
  if (error === null || error.line === null || error.line < 1) {
    monaco.editor.setModelMarkers(model, 'python', []);
    return;
  }
  const line = Math.min(error.line, model.getLineCount());
  const endLine = Math.min(Math.max(error.endLine ?? line, line), model.getLineCount());
  const startColumn = error.col ?? model.getLineFirstNonWhitespaceColumn(line);
  let endColumn = error.endCol ?? model.getLineMaxColumn(endLine);
  // A zero-width range (an error at the end of a line) would draw nothing; mark one character at least.
  if (endLine === line && endColumn <= startColumn) endColumn = Math.min(startColumn + 1, model.getLineMaxColumn(line));
  monaco.editor.setModelMarkers(model, 'python', [
    {
      severity: monaco.MarkerSeverity.Error,
      message: `${error.type}: ${error.message}`,
      startLineNumber: line,
      startColumn: Math.max(1, startColumn),
      endLineNumber: endLine,
      endColumn: Math.max(endColumn, 2),
    },
  ]);
}
