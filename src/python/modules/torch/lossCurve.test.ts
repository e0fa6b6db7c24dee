import { describe, expect, it } from 'vitest';
import type { MetricPoint } from '../../../worker/protocol.ts';
import { LossCurve } from './lossCurve.ts';

function deferred(): { promise: Promise<number>; resolve: (v: number) => void; reject: (e: Error) => void } {
  let resolve!: (v: number) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<number>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('LossCurve', () => {
  it('numbers backward() calls from 1 and emits them in call order even when reads land out of order', async () => {
    const points: MetricPoint[] = [];
    const curve = new LossCurve((p) => points.push(...p));
    const first = deferred();
    const second = deferred();
    curve.record(first.promise);
    curve.record(second.promise);
    second.resolve(0.5);
    await Promise.resolve();
    expect(points).toEqual([]);
    first.resolve(2.5);
    await curve.settled();
    expect(points).toEqual([
      { series: 'loss', step: 1, value: 2.5 },
      { series: 'loss', step: 2, value: 0.5 },
    ]);
  });

  it('does not wait for a read inside record()', () => {
    const points: MetricPoint[] = [];
    const curve = new LossCurve((p) => points.push(...p));
    curve.record(new Promise<number>(() => {}));
    expect(points).toEqual([]);
  });

  it('drops a point whose read fails and keeps the rest', async () => {
    const points: MetricPoint[] = [];
    const curve = new LossCurve((p) => points.push(...p));
    const failing = deferred();
    curve.record(failing.promise);
    curve.record(Promise.resolve(1));
    failing.reject(new Error('released'));
    await curve.settled();
    expect(points).toEqual([{ series: 'loss', step: 2, value: 1 }]);
  });
});
