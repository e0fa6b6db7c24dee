// Python's `random` module on CPython's Mersenne Twister, with CPython's algorithms for each function so that
// seeded programs print the same numbers as real Python.

import { None } from '../objects/constants.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import { pyFloat } from '../objects/float.ts';
import { PyInt, pyInt } from '../objects/int.ts';
import { PyList } from '../objects/list.ts';
import type { PyModule } from '../objects/module.ts';
import type { PyObject } from '../objects/object.ts';
import { PyStr } from '../objects/str.ts';
import { asInt, asNumber, given } from '../runtime/convert.ts';
import { toArray } from '../runtime/iteration.ts';
import { defineModule, method } from '../runtime/native.ts';
import { getItem, setItem } from '../runtime/subscript.ts';
import { length } from '../runtime/truth.ts';
import { hashNumber } from '../objects/numberHash.ts';
import { MersenneTwister } from './mt19937.ts';

interface RandomState {
  mt: MersenneTwister;
  gaussNext: number | null;
}

export function loadRandom(): PyModule {
  const state: RandomState = { mt: new MersenneTwister(), gaussNext: null };
  state.mt.seedWithInt(BigInt(Date.now()));
  const below = (n: number | bigint) => state.mt.below(BigInt(n));

  const randrange = (start: bigint, stop: bigint | null, step: bigint): PyInt => {
    if (stop === null) {
      if (start <= 0n) throw pyError(PyExc.ValueError, 'empty range for randrange()');
      return pyInt(below(start));
    }
    const width = stop - start;
    if (step === 1n) {
      if (width <= 0n) throw pyError(PyExc.ValueError, `empty range for randrange() (${start}, ${stop}, ${width})`);
      return pyInt(start + below(width));
    }
    if (step === 0n) throw pyError(PyExc.ValueError, 'zero step for randrange()');
    const n = step > 0n ? (width + step - 1n) / step : (width + step + 1n) / step;
    if (n <= 0n) throw pyError(PyExc.ValueError, 'empty range for randrange()');
    return pyInt(start + step * below(n));
  };

  return defineModule('random', {
    seed: method(['a?', 'version?'], (_ctx, [a]) => {
      if (!given(a)) state.mt.seedWithInt(BigInt(Date.now()));
      else if (a instanceof PyInt) state.mt.seedWithInt(BigInt(a.value));
      else if (a instanceof PyStr) {
        // CPython hashes str seeds with SHA-512; we fold the text into an int instead.
        let n = 0n;
        for (const ch of a.value) n = (n * 1114112n + BigInt(ch.codePointAt(0)!)) % (1n << 512n);
        state.mt.seedWithInt(n);
      } else state.mt.seedWithInt(BigInt(hashNumber(a)));
      state.gaussNext = null;
      return None;
    }),
    random: method([], () => pyFloat(state.mt.random())),
    getrandbits: method(['k'], (_ctx, [k]) => pyInt(state.mt.bits(Number(asInt(k))))),
    randrange: method(['start', 'stop?', 'step?'], (_ctx, [start, stop, step]) =>
      randrange(BigInt(asInt(start)), given(stop) ? BigInt(asInt(stop)) : null, step === undefined ? 1n : BigInt(asInt(step))),
    ),
    randint: method(['a', 'b'], (_ctx, [a, b]) => randrange(BigInt(asInt(a)), BigInt(asInt(b)) + 1n, 1n)),
    uniform: method(['a', 'b'], (_ctx, [a, b]) => {
      const lo = asNumber(a);
      return pyFloat(lo + (asNumber(b) - lo) * state.mt.random());
    }),
    choice: method(['seq'], async (c, [seq]) => {
      const n = await length(c, seq);
      if (n === 0) throw pyError(PyExc.IndexError, 'Cannot choose from an empty sequence');
      return getItem(c, seq, pyInt(below(n)));
    }),
    choices: method(['population', 'weights?', '*', 'cum_weights?', 'k?'], async (c, [population, weights, , cumWeights, k]) => {
      const pop = await toArray(c, population);
      const count = k === undefined ? 1 : Number(asInt(k));
      const out: PyObject[] = [];
      let cum: number[] | null = null;
      if (given(cumWeights)) cum = (await toArray(c, cumWeights)).map((w) => asNumber(w));
      else if (given(weights)) {
        let acc = 0;
        cum = (await toArray(c, weights)).map((w) => (acc += asNumber(w)));
      }
      for (let i = 0; i < count; i++) {
        if (cum === null) {
          out.push(pop[Math.floor(state.mt.random() * pop.length)]!);
        } else {
          const total = cum[cum.length - 1]!;
          const x = state.mt.random() * total;
          let lo = 0;
          let hi = cum.length - 1;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (x < cum[mid]!) hi = mid;
            else lo = mid + 1;
          }
          out.push(pop[lo]!);
        }
      }
      return new PyList(out);
    }),
    shuffle: method(['x'], async (c, [x]) => {
      for (let i = (await length(c, x)) - 1; i > 0; i--) {
        const j = Number(below(i + 1));
        const a = await getItem(c, x, pyInt(i));
        const b = await getItem(c, x, pyInt(j));
        await setItem(c, x, pyInt(i), b);
        await setItem(c, x, pyInt(j), a);
      }
      return None;
    }),
    sample: method(['population', 'k'], async (c, [population, kObj]) => {
      const pop = await toArray(c, population);
      const n = pop.length;
      const k = Number(asInt(kObj));
      if (k < 0 || k > n) throw pyError(PyExc.ValueError, 'Sample larger than population or is negative');
      const result: PyObject[] = new Array(k);
      let setsize = 21;
      if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
      if (n <= setsize) {
        const pool = [...pop];
        for (let i = 0; i < k; i++) {
          const j = Number(below(n - i));
          result[i] = pool[j]!;
          pool[j] = pool[n - i - 1]!;
        }
      } else {
        const selected = new Set<number>();
        for (let i = 0; i < k; i++) {
          let j = Number(below(n));
          while (selected.has(j)) j = Number(below(n));
          selected.add(j);
          result[i] = pop[j]!;
        }
      }
      return new PyList(result);
    }),
    gauss: method(['mu?', 'sigma?'], (_ctx, [mu, sigma]) => {
      let z = state.gaussNext;
      state.gaussNext = null;
      if (z === null) {
        const x2pi = state.mt.random() * 2 * Math.PI;
        const g2rad = Math.sqrt(-2.0 * Math.log(1.0 - state.mt.random()));
        z = Math.cos(x2pi) * g2rad;
        state.gaussNext = Math.sin(x2pi) * g2rad;
      }
      return pyFloat((mu === undefined ? 0 : asNumber(mu)) + z * (sigma === undefined ? 1 : asNumber(sigma)));
    }),
  });
}
