import { afterFirstPaint } from '../firstPaint.ts';

/** Monaco's API, once loaded. */
export type Monaco = typeof import('./monacoSetup.ts')['monaco'];
export type EditorModel = ReturnType<Monaco['editor']['createModel']>;
export type CodeEditorInstance = ReturnType<Monaco['editor']['create']>;

let loading: Promise<Monaco> | null = null;

/** Loads the editor once, after the first paint; every pane shares the promise. */
export function loadMonaco(): Promise<Monaco> {
  loading ??= afterFirstPaint()
    .then(() => import('./monacoSetup.ts'))
    .then((module) => module.monaco);
  return loading;
}

/** The Monaco theme for the page's theme. */
export const monacoTheme = (theme: 'light' | 'dark'): string => `tandem-${theme}`;
