// The editor, loaded lazily (monaco.ts) so the page paints before Monaco's megabytes arrive. Only the editor API,
// Python highlighting and the handful of editing features a learner reaches for; not the whole monaco-editor
// package with its dozens of languages and TypeScript service.
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/snippet/register';
// The suggest feature's register file brings only inline completions; the completion widget is its controller.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/wordHighlighter/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { exposeMarkers } from '../testHooks.ts';
import { registerPythonNames } from './pythonLanguage.ts';

// Python needs no language service, so the generic editor worker (diffing, word ranges) is the only one.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

// Token colours meet WCAG AA contrast (4.5:1) on their backgrounds in both themes.
monaco.editor.defineTheme('tandem-light', {
  base: 'vs',
  inherit: true,
  rules: [
    { token: 'comment', foreground: '5f6678', fontStyle: 'italic' },
    { token: 'keyword', foreground: '6d28d9' },
    { token: 'string', foreground: '0b6b52' },
    { token: 'number', foreground: '9a4a06' },
  ],
  colors: {
    'editor.background': '#ffffff',
    'editor.lineHighlightBackground': '#f5f6fa',
    'editor.lineHighlightBorder': '#00000000',
    'editorLineNumber.foreground': '#646a7c',
    'editorLineNumber.activeForeground': '#2b3040',
    'editorIndentGuide.background1': '#eef0f4',
    'editorGutter.background': '#ffffff',
  },
});

monaco.editor.defineTheme('tandem-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [
    { token: 'comment', foreground: '9aa3b8', fontStyle: 'italic' },
    { token: 'keyword', foreground: 'c4b5fd' },
    { token: 'string', foreground: '7ee2b8' },
    { token: 'number', foreground: 'fbbf77' },
  ],
  colors: {
    'editor.background': '#151821',
    'editor.lineHighlightBackground': '#1d2130',
    'editor.lineHighlightBorder': '#00000000',
    'editorLineNumber.foreground': '#8a92a8',
    'editorLineNumber.activeForeground': '#e6e8ef',
    'editorIndentGuide.background1': '#242838',
    'editorGutter.background': '#151821',
  },
});

registerPythonNames(monaco);

// Model URIs are file:///<lesson>/<pane>.py (CodeEditor.tsx), so a marker names its pane.
exposeMarkers(() =>
  monaco.editor.getModelMarkers({ owner: 'python' }).map((marker) => ({
    pane: marker.resource.path.split('/').at(-1)!.replace(/\.py$/, ''),
    line: marker.startLineNumber,
    message: marker.message,
  })),
);

export { monaco };
