// pyplot's "current figure": plot(), scatter(), labels and limits accumulate into it and show() hands it over as
// a Figure (src/worker/protocol.ts) for the UI to draw, then starts afresh, as plt.show() does.

import type { Figure, FigureLine } from '../../../worker/protocol.ts';
import { maxOf, minOf } from '../extremes.ts';

export interface LineStyle {
  label?: string | null;
  color?: string | null;
  linestyle?: string | null;
  marker?: string | null;
}

const COLORS: Record<string, string> = {
  b: 'blue', g: 'green', r: 'red', c: 'cyan', m: 'magenta', y: 'yellow', k: 'black', w: 'white',
};
const LINESTYLES = ['--', '-.', '-', ':'];
const MARKERS = new Set('.,ov^<>12348spP*hH+xXDd|_'.split(''));

/**
 * Splits a format string such as 'ro--' or 'b' into color, marker and linestyle, as matplotlib's
 * _process_plot_format does. A marker without a linestyle means "markers only" (linestyle 'None').
 * Returns null when the string is not a format.
 */
export function parseFormat(fmt: string): LineStyle | null {
  const style: LineStyle = {};
  let rest = fmt;
  while (rest.length > 0) {
    const dash = LINESTYLES.find((l) => rest.startsWith(l));
    if (dash !== undefined && style.linestyle === undefined) {
      style.linestyle = dash;
      rest = rest.slice(dash.length);
    } else if (COLORS[rest[0]!] !== undefined && style.color === undefined) {
      style.color = COLORS[rest[0]!]!;
      rest = rest.slice(1);
    } else if (MARKERS.has(rest[0]!) && style.marker === undefined) {
      style.marker = rest[0]!;
      rest = rest.slice(1);
    } else {
      return null;
    }
  }
  if (style.marker !== undefined && style.linestyle === undefined) style.linestyle = 'None';
  return style;
}

export class FigureBuilder {
  private figure: Figure | null = null;

  /** plt.figure(): a new, empty current figure. */
  newFigure(): void {
    this.figure = emptyFigure();
  }

  /** plt.plot(y) draws y against 0, 1, 2, …; plt.plot(x, y) against x. */
  plot(x: number[] | null, y: number[], style: LineStyle = {}): void {
    this.add(x, y, style, 'line');
  }

  scatter(x: number[], y: number[], style: LineStyle = {}): void {
    this.add(x, y, style, 'scatter');
  }

  set(field: 'title' | 'xlabel' | 'ylabel', text: string): void {
    this.current()[field] = text;
  }

  legend(): void {
    this.current().legend = true;
  }

  /** plt.grid() toggles; plt.grid(True/False) sets. */
  grid(visible: boolean | null): void {
    const figure = this.current();
    figure.grid = visible ?? !figure.grid;
  }

  /** Sets the axis limits when given, and returns them (matplotlib returns the current ones either way). */
  limits(axis: 'xlim' | 'ylim', range: [number, number] | null): [number, number] {
    const figure = this.current();
    if (range !== null) figure[axis] = range;
    return figure[axis] ?? this.dataRange(axis === 'xlim' ? 'x' : 'y');
  }

  /** plt.show(): the figure to draw, or null when nothing was started; the next call starts a new one. */
  show(): Figure | null {
    const figure = this.figure;
    this.figure = null;
    return figure;
  }

  private add(x: number[] | null, y: number[], style: LineStyle, kind: FigureLine['kind']): void {
    if (x !== null && x.length !== y.length) {
      throw new RangeError(`x and y must have same first dimension, but have shapes (${x.length},) and (${y.length},)`);
    }
    this.current().lines.push({
      x: x ?? y.map((_, i) => i),
      y,
      label: style.label ?? null,
      color: style.color ?? null,
      linestyle: style.linestyle ?? null,
      marker: style.marker ?? null,
      kind,
    });
  }

  private current(): Figure {
    this.figure ??= emptyFigure();
    return this.figure;
  }

  /** Matplotlib's autoscaled limits: the data's range widened by 5% margins (a single value by ±5% first). */
  private dataRange(axis: 'x' | 'y'): [number, number] {
    const values = this.current().lines.flatMap((line) => line[axis]);
    if (values.length === 0) return [0, 1];
    let low = minOf(values);
    let high = maxOf(values);
    if (high - low < 1e-12 * Math.max(Math.abs(low), Math.abs(high), 1)) {
      // matplotlib.transforms.nonsingular with expander 0.05
      [low, high] = high === 0 ? [-0.05, 0.05] : [low - 0.05 * Math.abs(low), high + 0.05 * Math.abs(high)];
    }
    const margin = 0.05 * (high - low);
    return [low - margin, high + margin];
  }
}

function emptyFigure(): Figure {
  return { title: null, xlabel: null, ylabel: null, lines: [], legend: false, grid: false, xlim: null, ylim: null };
}
