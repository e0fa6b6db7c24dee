import { useEffect, useRef, useState } from 'react';
import type { ChartDataset } from 'chart.js';
import type { Playground, PlaygroundState } from '../store/playground.ts';
import { Chart } from './charts.ts';
import { curveDatasets, sameCurves, type CurveDataset } from './curveDatasets.ts';
import { exposeCurves } from './testHooks.ts';

type Point = { x: number; y: number };

/**
 * The one chart both panes' losses grow on. It is driven imperatively from a store subscription: React renders
 * the frame once, and thirty metric batches a second touch only the canvas, never the editors.
 */
export function TrainingChart({ playground }: { playground: Playground }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'line', Point[]> | null>(null);
  const [hasCurves, setHasCurves] = useState(false);
  const [logScale, setLogScale] = useState(false);

  useEffect(() => {
    const instance = new Chart<'line', Point[]>(canvas.current!, {
      type: 'line',
      data: { datasets: [] },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        parsing: false,
        normalized: true,
        interaction: { mode: 'nearest', axis: 'x', intersect: false },
        plugins: {
          legend: { position: 'top', align: 'end', labels: { boxWidth: 18, boxHeight: 2, padding: 14 } },
          tooltip: { callbacks: { title: (items) => `step ${items[0]?.parsed.x ?? ''}` } },
        },
        scales: {
          x: { type: 'linear', title: { display: true, text: 'step (Keras: epoch · PyTorch: backward call)' }, grid: { display: false } },
          y: { type: 'linear', title: { display: true, text: 'loss' } },
          accuracy: { type: 'linear', position: 'right', display: 'auto', min: 0, max: 1, title: { display: true, text: 'accuracy' }, grid: { display: false } },
        },
      },
    });
    chart.current = instance;

    let shown: CurveDataset[] = [];
    const draw = (state: PlaygroundState) => {
      const curves = curveDatasets(state.panes);
      if (sameCurves(shown, curves)) {
        curves.forEach((curve, i) => (instance.data.datasets[i]!.data = curve.points));
      } else {
        instance.data.datasets = curves.map(toDataset);
      }
      shown = curves;
      instance.update('none');
      setHasCurves(curves.some((curve) => curve.points.length > 0));
    };
    draw(playground.getState());
    const unsubscribe = playground.subscribe((state, previous) => {
      if (state.panes.keras.curves !== previous.panes.keras.curves || state.panes.pytorch.curves !== previous.panes.pytorch.curves) {
        draw(state);
      }
    });
    const withdraw = exposeCurves(() => shown);
    return () => {
      withdraw();
      unsubscribe();
      instance.destroy();
      chart.current = null;
    };
  }, [playground]);

  useEffect(() => {
    const instance = chart.current;
    if (instance === null) return;
    instance.options.scales!.y!.type = logScale ? 'logarithmic' : 'linear';
    instance.update('none');
  }, [logScale]);

  return (
    <section className="card training-chart" aria-labelledby="training-chart-title">
      <header className="card-header">
        <h2 id="training-chart-title">Training loss</h2>
        <p className="card-subtitle">Both programs, live, on one chart</p>
        <button
          type="button"
          className="toggle"
          data-testid="log-scale"
          aria-pressed={logScale}
          onClick={() => setLogScale((on) => !on)}
        >
          Log scale
        </button>
      </header>
      <div className="chart-frame">
        <canvas ref={canvas} data-testid="training-chart" role="img" aria-label="Training loss of the Keras and PyTorch programs" />
        {!hasCurves && <p className="chart-empty">Run both programs to watch their losses fall side by side.</p>}
      </div>
    </section>
  );
}

function toDataset(curve: CurveDataset): ChartDataset<'line', Point[]> {
  return {
    label: curve.label,
    data: curve.points,
    yAxisID: curve.axis === 'accuracy' ? 'accuracy' : 'y',
    borderColor: curve.color,
    backgroundColor: curve.color,
    borderWidth: 2,
    borderDash: curve.series.startsWith('val_') ? [6, 4] : [],
    pointRadius: 0,
    pointHoverRadius: 3,
    tension: 0,
  };
}
