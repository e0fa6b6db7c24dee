// A narrow, read-only window onto what the training chart shows, for the e2e test (e2e/skeleton.spec.ts):
// the test asserts on the curves the learner sees without scraping canvas pixels. It changes no behaviour.
import type { CurveDataset } from './curveDatasets.ts';

export interface SeriesView {
  label: string;
  length: number;
  values: number[];
}

export interface TandemView {
  series(): SeriesView[];
}

declare global {
  interface Window {
    __tandem?: TandemView;
  }
}

/** Publishes the chart's current curves; returns a function that withdraws them. */
export function exposeCurves(current: () => readonly CurveDataset[]): () => void {
  const view: TandemView = {
    series: () => current().map((curve) => ({ label: curve.label, length: curve.points.length, values: curve.points.map((p) => p.y) })),
  };
  window.__tandem = view;
  return () => {
    if (window.__tandem === view) delete window.__tandem;
  };
}
