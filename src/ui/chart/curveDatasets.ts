import type { ChartMetric } from '../../store/keptWork.ts';
import type { PaneState } from '../../store/paneState.ts';
import type { Pane } from '../../worker/protocol.ts';
import { PANE_LOOK } from '../pane/paneLook.ts';

/** One curve on the shared training chart: a metric series from one pane. */
export interface CurveDataset {
  /** Stable identity across updates, e.g. 'keras/loss'. */
  key: string;
  pane: Pane;
  series: string;
  /** What the legend says, e.g. 'Keras loss'. */
  label: string;
  color: string;
  /** Validation series are drawn dashed, next to their training series. */
  validation: boolean;
  points: { x: number; y: number }[];
}

/** Which chart a series belongs on: accuracy-like series on the accuracy chart, the rest on the loss chart. */
export function metricOf(series: string): ChartMetric {
  return series.includes('acc') ? 'accuracy' : 'loss';
}

/** The curves of one metric: every matching series of every pane shown, in pane order, then in arrival order. */
export function curveDatasets(panes: readonly Pane[], states: Record<Pane, PaneState>, metric: ChartMetric): CurveDataset[] {
  return panes.flatMap((pane) =>
    Object.entries(states[pane].curves)
      .filter(([series]) => metricOf(series) === metric)
      .map(([series, curve]) => ({
        key: `${pane}/${series}`,
        pane,
        series,
        label: `${PANE_LOOK[pane].title} ${series}`,
        color: PANE_LOOK[pane].color,
        validation: series.startsWith('val_'),
        points: curve.map(({ step, value }) => ({ x: step, y: value })),
      })),
  );
}

/** True when the two lists hold the same curves in the same order, so only their points need replacing. */
export function sameCurves(a: readonly CurveDataset[], b: readonly CurveDataset[]): boolean {
  return a.length === b.length && a.every((curve, i) => curve.key === b[i]!.key);
}
