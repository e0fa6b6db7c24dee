import { useEffect, useRef } from 'react';
import type { Figure } from '../../worker/protocol.ts';
import { figureConfig } from './figureConfig.ts';
import { loadCharts } from './loadCharts.ts';

/** One plt.show() figure, drawn once: a figure is final when it arrives. */
export function FigureChart({ figure, testId }: { figure: Figure; testId: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let destroy = (): void => {};
    let current = true;
    void loadCharts().then(({ Chart }) => {
      if (!current || canvas.current === null) return;
      const chart = new Chart(canvas.current, figureConfig(figure));
      destroy = () => chart.destroy();
    });
    return () => {
      current = false;
      destroy();
    };
  }, [figure]);
  return (
    <figure className="figure">
      <div className="chart-frame figure-frame">
        <canvas ref={canvas} data-testid={testId} role="img" aria-label={figure.title ?? 'matplotlib figure'} />
      </div>
    </figure>
  );
}
