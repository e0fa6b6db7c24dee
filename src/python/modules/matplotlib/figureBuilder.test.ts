// pyplot's current figure, checked against what matplotlib 3.6 does with the same calls.

import { describe, expect, it } from 'vitest';
import { FigureBuilder, parseFormat } from './figureBuilder.ts';

describe('FigureBuilder', () => {
  it('plots y against 0, 1, 2, … when x is not given', () => {
    const plt = new FigureBuilder();
    plt.plot(null, [3, 1, 2]);
    expect(plt.show()!.lines[0]).toEqual({
      x: [0, 1, 2], y: [3, 1, 2], label: null, color: null, linestyle: null, marker: null, kind: 'line',
    });
  });

  it('collects labels, title, legend, grid and limits into one figure', () => {
    const plt = new FigureBuilder();
    plt.plot([1, 2], [3, 4], { label: 'loss', color: 'red', linestyle: '--', marker: 'o' });
    plt.scatter([1], [2], { label: 'data' });
    plt.set('title', 'Training Loss Curve');
    plt.set('xlabel', 'Epochs');
    plt.set('ylabel', 'Loss');
    plt.legend();
    plt.grid(true);
    plt.limits('xlim', [0, 10]);
    const figure = plt.show()!;
    expect(figure.title).toBe('Training Loss Curve');
    expect([figure.xlabel, figure.ylabel]).toEqual(['Epochs', 'Loss']);
    expect(figure.lines.map((l) => [l.kind, l.label])).toEqual([['line', 'loss'], ['scatter', 'data']]);
    expect(figure.lines[0]).toMatchObject({ color: 'red', linestyle: '--', marker: 'o' });
    expect([figure.legend, figure.grid, figure.xlim, figure.ylim]).toEqual([true, true, [0, 10], null]);
  });

  it('show() hands over the figure once and starts afresh', () => {
    const plt = new FigureBuilder();
    expect(plt.show()).toBeNull();
    plt.plot(null, [1]);
    expect(plt.show()).not.toBeNull();
    expect(plt.show()).toBeNull();
    plt.newFigure();
    expect(plt.show()!.lines).toEqual([]);
  });

  it('grid() without an argument toggles', () => {
    const plt = new FigureBuilder();
    plt.grid(null);
    plt.grid(null);
    plt.grid(null);
    expect(plt.show()!.grid).toBe(true);
  });

  it('returns matplotlib\'s autoscaled limits: 5% margins, singular ranges widened first', () => {
    // matplotlib: plot([1,4,2]) → xlim (-0.1, 2.1), ylim (0.85, 4.15); plot([3,3,3]) → ylim (2.835, 3.165);
    // plot([0.5]) → xlim (-0.055, 0.055)
    const a = new FigureBuilder();
    a.plot(null, [1, 4, 2]);
    expect(a.limits('xlim', null)).toEqual([expect.closeTo(-0.1), expect.closeTo(2.1)]);
    expect(a.limits('ylim', null)).toEqual([expect.closeTo(0.85), expect.closeTo(4.15)]);
    const b = new FigureBuilder();
    b.plot(null, [3, 3, 3]);
    expect(b.limits('ylim', null)).toEqual([expect.closeTo(2.835), expect.closeTo(3.165)]);
    const c = new FigureBuilder();
    c.plot(null, [0.5]);
    expect(c.limits('xlim', null)).toEqual([expect.closeTo(-0.055), expect.closeTo(0.055)]);
    expect(new FigureBuilder().limits('ylim', null)).toEqual([0, 1]);
  });

  it('refuses x and y of different lengths with matplotlib\'s message', () => {
    expect(() => new FigureBuilder().plot([1, 2], [1])).toThrow(
      'x and y must have same first dimension, but have shapes (2,) and (1,)',
    );
  });
});

describe('parseFormat', () => {
  it('reads color, marker and linestyle from a format string', () => {
    expect(parseFormat('ro--')).toEqual({ color: 'red', marker: 'o', linestyle: '--' });
    expect(parseFormat('b')).toEqual({ color: 'blue' });
    expect(parseFormat('-.')).toEqual({ linestyle: '-.' });
  });

  it('means markers only when a marker comes without a linestyle', () => {
    expect(parseFormat('x')).toEqual({ marker: 'x', linestyle: 'None' });
  });

  it('rejects strings that are not formats', () => {
    expect(parseFormat('loss')).toBeNull();
  });
});
