/** Monaco's API, once loaded. */
export type Monaco = typeof import('./monacoSetup.ts')['monaco'];

let loading: Promise<Monaco> | null = null;

/** Loads the editor once, on first use; both panes share the promise. */
export function loadMonaco(): Promise<Monaco> {
  loading ??= import('./monacoSetup.ts').then((module) => module.monaco);
  return loading;
}
