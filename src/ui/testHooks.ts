// A narrow, read-only window onto what the learner sees, for the e2e tests: the curves the chart holds and the
// error markers the editors show, so tests assert on them without scraping canvas pixels or Monaco's DOM.
// It changes no behaviour.
import type { CurveDataset } from './chart/curveDatasets.ts';

export interface SeriesView {
  label: string;
  length: number;
  values: number[];
}

/** An error marker in a pane's editor: its line (1-based) and message. */
export interface MarkerView {
  pane: string;
  line: number;
  message: string;
}

export interface TandemView {
  series(): SeriesView[];
  markers(): MarkerView[];
}

declare global {
  interface Window {
    __tandem?: Partial<TandemView>;
  }
}

function publish<K extends keyof TandemView>(key: K, view: TandemView[K]): () => void {
  window.__tandem = { ...window.__tandem, [key]: view };
  return () => {
    if (window.__tandem?.[key] === view) delete window.__tandem[key];
  };
}

/** Publishes the chart's current curves; returns a function that withdraws them. */
export function exposeCurves(current: () => readonly CurveDataset[]): () => void {
  return publish('series', () =>
    current().map((curve) => ({ label: curve.label, length: curve.points.length, values: curve.points.map((p) => p.y) })),
  );
}

/** Publishes the editors' error markers; returns a function that withdraws them. */
export function exposeMarkers(current: () => MarkerView[]): () => void {
  return publish('markers', current);
}
