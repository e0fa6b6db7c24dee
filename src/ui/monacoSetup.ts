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
import 'monaco-editor/features/wordHighlighter/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

// Python needs no language service, so the generic editor worker (diffing, word ranges) is the only one.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

monaco.editor.defineTheme('tandem-light', {
  base: 'vs',
  inherit: true,
  rules: [
    { token: 'comment', foreground: '7a8194', fontStyle: 'italic' },
    { token: 'keyword', foreground: '7c3aed' },
    { token: 'string', foreground: '0f7b5f' },
    { token: 'number', foreground: 'b45309' },
  ],
  colors: {
    'editor.background': '#ffffff',
    'editor.lineHighlightBackground': '#f5f6fa',
    'editor.lineHighlightBorder': '#00000000',
    'editorLineNumber.foreground': '#b8bdc9',
    'editorLineNumber.activeForeground': '#5b6172',
    'editorIndentGuide.background1': '#eef0f4',
    'editorGutter.background': '#ffffff',
  },
});

export { monaco };
