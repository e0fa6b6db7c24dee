import { useEffect, useRef, useState } from 'react';
import type { ChartDataset } from 'chart.js';
import { useStore } from 'zustand';
import type { Pane } from '../../worker/protocol.ts';
import type { ChartMetric } from '../../store/keptWork.ts';
import type { Playground, PlaygroundState } from '../../store/playground.ts';
import { formatNumber } from '../formatNumber.ts';
import { useServices } from '../services.ts';
import { exposeCurves } from '../testHooks.ts';
import { useResolvedTheme, type Theme } from '../theme.ts';
import { CHART_INK, loadCharts, type ChartModule } from './loadCharts.ts';
import { curveDatasets, sameCurves, type CurveDataset } from './curveDatasets.ts';

type Point = { x: number; y: number };

/**
 * The one chart every pane's curves grow on, loss or accuracy. It is driven imperatively from a store
 * subscription: React renders the frame once, and thirty metric batches a second touch only the canvas.
 */
export function TrainingChart({ panes }: { panes: readonly Pane[] }) {
  const { playground, kept } = useServices();
  const canvas = useRef<HTMLCanvasElement>(null);
  const metric = useStore(kept, (state) => state.metric);
  const logScale = useStore(kept, (state) => state.logScale);
  const theme = useResolvedTheme();
  const [hasCurves, setHasCurves] = useState(false);

  useEffect(() => {
    let current = true;
    let teardown = (): void => {};
    void loadCharts().then((charts) => {
      if (!current || canvas.current === null) return;
      teardown = liveChart(charts, canvas.current, { playground, panes, metric, logScale, theme, onCurves: setHasCurves });
    });
    return () => {
      current = false;
      teardown();
    };
  }, [playground, panes, metric, logScale, theme]);

  const title = metric === 'loss' ? 'Training loss' : 'Accuracy';
  return (
    <section className="card training-chart" aria-labelledby="training-chart-title">
      <header className="card-header">
        <h2 id="training-chart-title">{title}</h2>
        <p className="card-subtitle">Every program, live, on one chart</p>
        <div className="chart-controls">
          <div className="segmented" role="radiogroup" aria-label="Curve to show">
            {(['loss', 'accuracy'] as const).map((choice) => (
              <button
                key={choice}
                type="button"
                role="radio"
                aria-checked={metric === choice}
                data-testid={`metric-${choice}`}
                onClick={() => kept.getState().setMetric(choice)}
              >
                {choice === 'loss' ? 'Loss' : 'Accuracy'}
              </button>
            ))}
          </div>
          <button
            type="button"
            className="toggle"
            data-testid="log-scale"
            aria-pressed={logScale}
            disabled={metric !== 'loss'}
            title="Plot the loss on a logarithmic axis"
            onClick={() => kept.getState().setLogScale(!logScale)}
          >
            Log scale
          </button>
        </div>
      </header>
      <div className="chart-frame">
        <canvas ref={canvas} data-testid="training-chart" role="img" aria-label={`${title} of every program in this lesson`} />
        {!hasCurves && (
          <p className="chart-empty">
            {metric === 'loss'
              ? 'Run the programs to watch their losses fall side by side.'
              : 'Accuracy appears for Keras models compiled with metrics=["accuracy"].'}
          </p>
        )}
      </div>
    </section>
  );
}

interface LiveChartOptions {
  playground: Playground;
  panes: readonly Pane[];
  metric: ChartMetric;
  logScale: boolean;
  theme: Theme;
  /** Told whether any curve has a point, so the empty chart can say what to do. */
  onCurves(any: boolean): void;
}

/** Creates the chart on `element` and keeps it in step with the runs; returns what tears it down. */
function liveChart({ Chart }: ChartModule, element: HTMLCanvasElement, options: LiveChartOptions): () => void {
  const { playground, panes, metric, logScale, theme, onCurves } = options;
  const ink = CHART_INK[theme];
  const axis = { ticks: { color: ink.text }, grid: { color: ink.grid }, border: { color: ink.grid } };
  const instance = new Chart<'line', Point[]>(element, {
    type: 'line',
    data: { datasets: [] },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      parsing: false,
      normalized: true,
      color: ink.text,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      plugins: {
        legend: { position: 'top', align: 'end', labels: { boxWidth: 18, boxHeight: 2, padding: 14, color: ink.text } },
        tooltip: {
          callbacks: {
            title: (items) => `step ${items[0]?.parsed.x ?? ''}`,
            label: (item) => `${item.dataset.label}: ${formatNumber(item.parsed.y ?? Number.NaN)}`,
          },
        },
      },
      scales: {
        x: { type: 'linear', ...axis, title: { display: true, text: 'step (Keras: epoch · PyTorch: backward call)', color: ink.text }, grid: { display: false } },
        y: {
          type: logScale && metric === 'loss' ? 'logarithmic' : 'linear',
          ...axis,
          ...(metric === 'accuracy' ? { min: 0, max: 1 } : {}),
          title: { display: true, text: metric, color: ink.text },
        },
      },
    },
  });

  let shown: CurveDataset[] = [];
  const draw = (state: PlaygroundState) => {
    const curves = curveDatasets(panes, state.panes, metric);
    if (sameCurves(shown, curves)) {
      curves.forEach((curve, i) => (instance.data.datasets[i]!.data = curve.points));
    } else {
      instance.data.datasets = curves.map(toDataset);
    }
    if (shown.every((curve) => curve.points.length === 0) && curves.some((curve) => curve.points.length > 0)) {
      performance.mark('tandem:first-point');
    }
    shown = curves;
    instance.update('none');
    onCurves(curves.some((curve) => curve.points.length > 0));
  };
  draw(playground.getState());
  const unsubscribe = playground.subscribe((state, previous) => {
    if (panes.some((pane) => state.panes[pane].curves !== previous.panes[pane].curves)) draw(state);
  });
  const withdraw = exposeCurves(() => shown);
  return () => {
    withdraw();
    unsubscribe();
    instance.destroy();
  };
}

function toDataset(curve: CurveDataset): ChartDataset<'line', Point[]> {
  return {
    label: curve.label,
    data: curve.points,
    borderColor: curve.color,
    backgroundColor: curve.color,
    borderWidth: 2,
    borderDash: curve.validation ? [6, 4] : [],
    pointRadius: 0,
    pointHoverRadius: 4,
    tension: 0,
  };
}
