import type { PaneState } from '../store/paneState.ts';
import { EDITOR_PANES, type EditorPane } from '../store/playground.ts';
import { PANE_LOOK } from './paneLook.ts';

/** One curve on the shared training chart: a metric series from one pane. */
export interface CurveDataset {
  /** Stable identity across updates, e.g. 'keras/loss'. */
  key: string;
  pane: EditorPane;
  series: string;
  /** What the legend says, e.g. 'Keras loss'. */
  label: string;
  color: string;
  /** Accuracy-like series live on their own 0–1 axis, losses on the main one. */
  axis: 'loss' | 'accuracy';
  points: { x: number; y: number }[];
}

/** The training chart's curves: every metric series of every pane, Keras first, in the order series appeared. */
export function curveDatasets(panes: Record<EditorPane, PaneState>): CurveDataset[] {
  return EDITOR_PANES.flatMap((pane) =>
    Object.entries(panes[pane].curves).map(([series, curve]) => ({
      key: `${pane}/${series}`,
      pane,
      series,
      label: `${PANE_LOOK[pane].title} ${series}`,
      color: PANE_LOOK[pane].color,
      axis: series.includes('acc') ? ('accuracy' as const) : ('loss' as const),
      points: curve.map(({ step, value }) => ({ x: step, y: value })),
    })),
  );
}

/** True when the two lists hold the same curves in the same order, so only their points need replacing. */
export function sameCurves(a: readonly CurveDataset[], b: readonly CurveDataset[]): boolean {
  return a.length === b.length && a.every((curve, i) => curve.key === b[i]!.key);
}
