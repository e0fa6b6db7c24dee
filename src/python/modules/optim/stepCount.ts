// optimizer._step_count: PyTorch's learning-rate schedulers wrap optimizer.step() to count its calls, so that
// scheduler.step() can warn when it runs first. Tandem's optimizers count in step() once a scheduler has set the
// counter (to 0, at the scheduler's construction), which is when PyTorch's wrapper starts counting.

import type { PyObject } from '../../objects/object.ts';
import { PyInt, pyInt } from '../../objects/int.ts';

const KEY = '_step_count';

/** Called by every optimizer's step(). */
export function countStep(optimizer: PyObject): void {
  const count = optimizer.dict?.get(KEY);
  if (count instanceof PyInt) optimizer.dict!.set(KEY, pyInt(Number(count.value) + 1));
}

export function resetStepCount(optimizer: PyObject): void {
  optimizer.dict?.set(KEY, pyInt(0));
}

/** Steps since the last reset; 0 when no scheduler ever reset it. */
export function stepCount(optimizer: PyObject): number {
  const count = optimizer.dict?.get(KEY);
  return count instanceof PyInt ? Number(count.value) : 0;
}
