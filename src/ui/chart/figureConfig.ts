import type { ChartConfiguration } from 'chart.js';
import type { Figure, FigureLine } from '../../worker/protocol.ts';

type Point = { x: number; y: number };
export type FigureChartConfig = ChartConfiguration<'line', Point[]>;

/** matplotlib's default colour cycle ('tab10'), so a figure's lines keep the colours a learner expects. */
export const MATPLOTLIB_CYCLE = [
  '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf',
];

/** matplotlib's one-letter colour codes; CSS already understands its colour names and hex strings. */
const LETTER_COLORS: Record<string, string> = {
  b: '#0000ff', g: '#008000', r: '#ff0000', c: '#00bfbf', m: '#bf00bf', y: '#bfbf00', k: '#000000', w: '#ffffff',
};

const DASHES: Record<string, number[]> = {
  '--': [6, 4],
  dashed: [6, 4],
  ':': [2, 3],
  dotted: [2, 3],
  '-.': [6, 3, 2, 3],
  dashdot: [6, 3, 2, 3],
};

/** A matplotlib colour spec as CSS: 'r', 'C1', 'tab:orange', 'red', '#ff0000'. */
export function cssColor(spec: string | null, index: number): string {
  if (spec === null) return MATPLOTLIB_CYCLE[index % MATPLOTLIB_CYCLE.length]!;
  const cycle = /^C(\d)$/.exec(spec);
  if (cycle) return MATPLOTLIB_CYCLE[Number(cycle[1])]!;
  if (spec.startsWith('tab:')) return spec.slice(4);
  return LETTER_COLORS[spec] ?? spec;
}

/** Figures are drawn on white "paper" in both themes, as matplotlib draws them; these inks suit that paper. */
const PAPER_INK = { text: '#3c4254', grid: '#e6e8ee' };

/** The Chart.js configuration that draws a plt.show() figure the way matplotlib would lay it out. */
export function figureConfig(figure: Figure): FigureChartConfig {
  return {
    type: 'line',
    data: { datasets: figure.lines.map(lineDataset) },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      parsing: false,
      plugins: {
        title: { display: figure.title !== null, text: figure.title ?? '', font: { size: 13, weight: 600 }, color: '#1f2330' },
        legend: { display: figure.legend, labels: { boxWidth: 14, boxHeight: 2, color: PAPER_INK.text } },
        tooltip: { intersect: false, mode: 'nearest' },
      },
      scales: {
        x: axis(figure.xlabel, figure.xlim, figure.grid),
        y: axis(figure.ylabel, figure.ylim, figure.grid),
      },
    },
  };
}

function lineDataset(line: FigureLine, index: number) {
  const color = cssColor(line.color, index);
  const scatter = line.kind === 'scatter';
  const marked = scatter || (line.marker !== null && line.marker !== '' && line.marker !== 'None');
  return {
    label: line.label ?? `line ${index + 1}`,
    data: line.x.map((x, i) => ({ x, y: line.y[i]! })),
    borderColor: color,
    backgroundColor: color,
    borderWidth: 1.75,
    borderDash: DASHES[line.linestyle ?? ''] ?? [],
    showLine: !scatter && line.linestyle !== 'None' && line.linestyle !== '',
    pointRadius: marked ? 3 : 0,
    pointHoverRadius: 4,
  };
}

function axis(label: string | null, limits: [number, number] | null, grid: boolean) {
  return {
    type: 'linear' as const,
    title: { display: label !== null, text: label ?? '', color: PAPER_INK.text },
    ticks: { color: PAPER_INK.text },
    grid: { display: grid, color: PAPER_INK.grid },
    border: { color: PAPER_INK.grid },
    ...(limits === null ? {} : { min: limits[0], max: limits[1] }),
  };
}
