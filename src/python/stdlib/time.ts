// Python's `time` module, the part learners use to time training: time(), perf_counter(), monotonic(), sleep().
// sleep() awaits a timer, so the worker stays responsive (and Stop works) while a program sleeps.

import { None } from '../objects/constants.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import { pyFloat } from '../objects/float.ts';
import { pyInt } from '../objects/int.ts';
import type { PyModule } from '../objects/module.ts';
import { asNumber } from '../runtime/convert.ts';
import { defineModule, method } from '../runtime/native.ts';

export function loadTime(): PyModule {
  const seconds = () => pyFloat(performance.now() / 1000);
  return defineModule('time', {
    time: method([], () => pyFloat(Date.now() / 1000)),
    time_ns: method([], () => pyInt(BigInt(Date.now()) * 1_000_000n)),
    perf_counter: method([], seconds),
    monotonic: method([], seconds),
    process_time: method([], seconds),
    sleep: method(['secs'], async (_ctx, [secs]) => {
      const s = asNumber(secs);
      if (s < 0) throw pyError(PyExc.ValueError, 'sleep length must be non-negative');
      await new Promise((resolve) => setTimeout(resolve, s * 1000));
      return None;
    }),
  });
}
