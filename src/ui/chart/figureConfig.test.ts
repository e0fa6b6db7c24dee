import { describe, expect, it } from 'vitest';
import type { Figure, FigureLine } from '../../worker/protocol.ts';
import { cssColor, figureConfig, MATPLOTLIB_CYCLE } from './figureConfig.ts';

const line: FigureLine = { x: [0, 1, 2], y: [4, 2, 1], label: null, color: null, linestyle: null, marker: null, kind: 'line' };
const lossCurve: Figure = {
  title: 'Training Loss Curve', xlabel: 'Epochs', ylabel: 'Loss', lines: [line],
  legend: false, grid: false, xlim: null, ylim: null,
};

describe('figureConfig', () => {
  it('draws plt.plot(losses) as a line with the title and axis labels the program set', () => {
    const config = figureConfig(lossCurve);
    expect(config.data.datasets[0]!.data).toEqual([{ x: 0, y: 4 }, { x: 1, y: 2 }, { x: 2, y: 1 }]);
    expect(config.data.datasets[0]).toMatchObject({ borderColor: MATPLOTLIB_CYCLE[0], showLine: true, pointRadius: 0 });
    expect(config.options?.plugins?.title).toMatchObject({ display: true, text: 'Training Loss Curve' });
    expect(config.options?.scales?.x).toMatchObject({ title: { display: true, text: 'Epochs' } });
    expect(config.options?.scales?.y).toMatchObject({ title: { display: true, text: 'Loss' } });
    expect(config.options?.plugins?.legend?.display).toBe(false);
  });

  it('draws plt.scatter as points without a line', () => {
    const config = figureConfig({ ...lossCurve, lines: [{ ...line, kind: 'scatter' }] });
    expect(config.data.datasets[0]).toMatchObject({ showLine: false, pointRadius: 3 });
  });

  it('follows matplotlib’s colour cycle, line styles, limits, legend and grid', () => {
    const config = figureConfig({
      ...lossCurve,
      lines: [line, { ...line, linestyle: '--', label: 'val' }],
      legend: true,
      grid: true,
      xlim: [0, 10],
      ylim: [-1, 1],
    });
    expect(config.data.datasets.map((d) => d.borderColor)).toEqual([MATPLOTLIB_CYCLE[0], MATPLOTLIB_CYCLE[1]]);
    expect(config.data.datasets[1]).toMatchObject({ borderDash: [6, 4], label: 'val' });
    expect(config.options?.scales?.x).toMatchObject({ min: 0, max: 10, grid: { display: true } });
    expect(config.options?.scales?.y).toMatchObject({ min: -1, max: 1 });
    expect(config.options?.plugins?.legend?.display).toBe(true);
  });

  it('reads matplotlib colour specs', () => {
    expect(cssColor('r', 0)).toBe('#ff0000');
    expect(cssColor('C2', 0)).toBe(MATPLOTLIB_CYCLE[2]);
    expect(cssColor('tab:orange', 0)).toBe('orange');
    expect(cssColor('#123456', 0)).toBe('#123456');
    expect(cssColor(null, 11)).toBe(MATPLOTLIB_CYCLE[1]);
  });
});
