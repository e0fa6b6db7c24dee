// Tensor lifetime in the engine: while a run owns memory, buffers are recorded; a collection releases the ones
// allocated after a mark that no root reaches; a tensor keeps its grad, its graph's saved tensors and its
// view's base; fit releases each step's and each epoch's leftovers itself; a released buffer fails loudly.

import { afterEach, describe, expect, it } from 'vitest';
import { backward } from '../autograd/backward.ts';
import { Dense } from '../keras/layers/dense.ts';
import { clearSession } from '../keras/naming.ts';
import { Sequential } from '../keras/sequential.ts';
import { add, mul } from '../ops/arithmetic.ts';
import { fromValues, tensor } from '../ops/creation.ts';
import { sum } from '../ops/reduce.ts';
import { exp } from '../ops/unary.ts';
import { view } from '../ops/views.ts';
import type { Tensor } from '../tensor.ts';
import { addRootSource, releaseUnreachable } from './collect.ts';
import { allocationMark, beginOwnership, liveStorage } from './ownership.ts';
import { keepAliveWith } from './reachability.ts';
import { StepReleases } from './steps.ts';

let endOwnership: (() => void) | null = null;
function own(): void {
  endOwnership = beginOwnership();
}
afterEach(() => {
  endOwnership?.();
  endOwnership = null;
});

const values = async (t: Tensor): Promise<number[]> => Array.from(await t.data());

describe('ownership', () => {
  it('records nothing outside a run', () => {
    tensor([1, 2, 3]);
    expect(liveStorage()).toEqual({ count: 0, bytes: 0 });
  });

  it('records each buffer with its size while a run owns memory, and releases all when the run ends', () => {
    own();
    const a = tensor([1, 2, 3]);
    fromValues([1, 2], [2], 'float64');
    expect(liveStorage()).toEqual({ count: 2, bytes: 3 * 4 + 2 * 8 });
    endOwnership?.();
    endOwnership = null;
    expect(liveStorage()).toEqual({ count: 0, bytes: 0 });
    expect(() => a.view).toThrow('internal error: a tensor was used after Tandem released its memory');
  });

  it('counts a view as its base: one buffer', () => {
    own();
    const a = tensor([1, 2, 3, 4]);
    view(a, [2, 2]);
    expect(liveStorage().count).toBe(1);
  });
});

describe('releaseUnreachable', () => {
  it('releases what no root reaches and keeps what one does', async () => {
    own();
    const kept = tensor([1, 2]);
    const lost = mul(kept, kept);
    void lost;
    expect(releaseUnreachable(0, [kept])).toBe(1);
    expect(liveStorage().count).toBe(1);
    expect(await values(kept)).toEqual([1, 2]);
  });

  it('keeps a tensor\'s grad, the tensors its autograd graph saved, and the base of a view', async () => {
    own();
    const w = tensor([1, 2]).setRequiresGrad(true);
    const y = sum(exp(mul(w, w))); // ExpBackward saves its output, MulBackward its inputs
    const base = tensor([1, 2, 3, 4]);
    const row = view(base, [2, 2]);
    releaseUnreachable(0, [y, row, w]);
    backward(y);
    const grad = await values(w.grad as Tensor);
    expect(grad[0]).toBeCloseTo(2 * Math.exp(1), 5);
    releaseUnreachable(0, [w, row]);
    expect(await values(w.grad as Tensor)).toEqual(grad);
    expect(await values(row)).toEqual([1, 2, 3, 4]);
  });

  it('only considers buffers allocated after the mark', () => {
    own();
    tensor([1]);
    const mark = allocationMark();
    tensor([2]);
    expect(releaseUnreachable(mark)).toBe(1);
    expect(liveStorage().count).toBe(1);
  });

  it('marks from every registered root source', () => {
    own();
    const held = tensor([5]);
    const remove = addRootSource({ roots: () => [{ field: [held] }] });
    try {
      expect(releaseUnreachable(0)).toBe(0);
    } finally {
      remove();
    }
    expect(releaseUnreachable(0)).toBe(1);
  });

  it('follows objects into their fields, Maps and Sets, and asks Traceable objects', () => {
    own();
    const inMap = tensor([1]);
    const inSet = tensor([2]);
    const declared = tensor([3]);
    const roots = [{ a: new Map([['k', inMap]]), b: new Set([inSet]) }, { traceTensors: (visit: (v: unknown) => void) => visit(declared) }];
    expect(releaseUnreachable(0, roots)).toBe(0);
  });

  it('keeps a value attached with keepAliveWith while its owner lives', () => {
    own();
    const output = tensor([1]);
    keepAliveWith(output, tensor([2]));
    expect(releaseUnreachable(0, [output])).toBe(0);
    expect(releaseUnreachable(0)).toBe(2);
  });

  it('releases nothing while two runs own memory (either could hold the other\'s temporaries)', () => {
    own();
    const second = beginOwnership();
    try {
      tensor([1]);
      expect(releaseUnreachable(0)).toBe(0);
    } finally {
      second();
    }
    expect(releaseUnreachable(0)).toBe(1);
  });
});

describe('StepReleases', () => {
  it('releases what the steps allocated except what keep() reaches, once the window is full', async () => {
    own();
    const state = { total: tensor([0]) };
    const steps = new StepReleases(() => [state]);
    const before = liveStorage().count;
    const start = allocationMark();
    const step = () => steps.step(() => void (state.total = add(state.total, sum(add(tensor([1, 2]), tensor([3, 4]))))));
    // Nothing goes until the steps have allocated 64 buffers; then all but the last running total.
    let taken = 0;
    for (;;) {
      step();
      taken++;
      if (liveStorage().count === before + 1) break;
      expect(allocationMark() - start).toBeLessThan(64);
      expect(liveStorage().count).toBe(before + (allocationMark() - start));
    }
    expect(allocationMark() - start).toBeGreaterThanOrEqual(64);
    expect(liveStorage().count).toBe(before + 1);
    expect(await values(state.total)).toEqual([10 * taken]);
  });

  it('releases a window early on request, and never what was allocated between steps', async () => {
    own();
    const state: { last: Tensor | null } = { last: null };
    const steps = new StepReleases(() => [state]);
    steps.step(() => void (state.last = mul(tensor([1, 2]), 2)));
    const between = tensor([5]); // allocated outside a step (fit's epoch-end code, another run): not a candidate
    const count = liveStorage().count;
    const mark = allocationMark();
    steps.step(() => void (state.last = mul(tensor([3, 4]), 2)));
    const allocated = allocationMark() - mark;
    expect(liveStorage().count).toBe(count + allocated);
    steps.release();
    // Of both steps' buffers only the last product stays; `between` too.
    expect(liveStorage().count).toBe(count - allocated + 1);
    expect(await values(state.last!)).toEqual([6, 8]);
    expect(await values(between)).toEqual([5]);
  });

  it('runs the steps untouched outside a run', () => {
    const steps = new StepReleases(() => []);
    let ran = 0;
    steps.step(() => void ran++);
    steps.release();
    expect(ran).toBe(1);
  });
});

describe('Keras fit releases each step\'s and each epoch\'s tensors itself', () => {
  it('keeps the live count flat over 40 epochs of 8 batches', async () => {
    clearSession();
    own();
    const x = fromValues(Array.from({ length: 64 * 3 }, (_, i) => (i % 7) / 7), [64, 3], 'float32');
    const y = fromValues(Array.from({ length: 64 }, (_, i) => i % 2), [64], 'float32');
    const model = new Sequential([new Dense(8, { activation: 'relu' }), new Dense(1, { activation: 'sigmoid' })]);
    model.compile({ optimizer: 'adam', loss: 'binary_crossentropy', metrics: ['accuracy'] });
    const counts: number[] = [];
    const history = await model.fit(x, y, { epochs: 40, batchSize: 8, verbose: 0 }, { onEpochEnd: () => void counts.push(liveStorage().count) });
    expect(history.history.loss.length).toBe(40);
    // Each step frees its own tensors; what epochs leave (batches, replaced totals: over 100 an epoch here) is
    // collected once it has grown by the budget's floor (256 buffers), so the count saws between bounds.
    const floor = Math.min(...counts);
    expect(floor).toBeLessThan(30); // x, y, 4 weights, 8 Adam slots, 2 trackers' totals and counts
    expect(Math.max(...counts) - floor).toBeLessThanOrEqual(256 + 200);
    expect(Math.max(...counts.slice(-10))).toBeLessThanOrEqual(Math.max(...counts.slice(0, 10)));
    expect((await model.predict(x, { verbose: 0 }, {})).shape).toEqual([64, 1]);
  });
});
