import { afterFirstPaint } from '../firstPaint.ts';
import type { Theme } from '../theme.ts';

export type ChartModule = typeof import('./charts.ts');

let loading: Promise<ChartModule> | null = null;

/** Chart.js, loaded once on first use, after the first paint; every chart shares the promise. */
export function loadCharts(): Promise<ChartModule> {
  loading ??= afterFirstPaint().then(() => import('./charts.ts'));
  return loading;
}

/** Text and grid colours of the page's charts, readable (WCAG AA) on each theme's card background. */
export const CHART_INK: Record<Theme, { text: string; grid: string }> = {
  light: { text: '#4f5568', grid: '#eceef3' },
  dark: { text: '#b9c0d0', grid: '#2a2f40' },
};
