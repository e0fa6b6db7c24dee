import { useEffect, useRef } from 'react';
import type { Figure } from '../worker/protocol.ts';
import { Chart } from './charts.ts';
import { figureConfig } from './figureConfig.ts';

/** One plt.show() figure, drawn once: a figure is final when it arrives. */
export function FigureChart({ figure, testId }: { figure: Figure; testId: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const chart = new Chart(canvas.current!, figureConfig(figure));
    return () => chart.destroy();
  }, [figure]);
  return (
    <figure className="figure">
      <div className="chart-frame figure-frame">
        <canvas ref={canvas} data-testid={testId} role="img" aria-label={figure.title ?? 'matplotlib figure'} />
      </div>
    </figure>
  );
}
