// numpy.random: the legacy RandomState class and the module functions, which are bound methods of one hidden
// RandomState per run (as NumPy's np.random.rand is `_rand.rand`). Argument handling and return types follow
// mtrand.pyx: no size gives a Python float or int, a size gives a float64 or int64 array.

import * as E from '../../../engine/index.ts';
import type { Tensor } from '../../../engine/index.ts';
import { None } from '../../objects/constants.ts';
import type { Context } from '../../objects/context.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { PyBoundMethod } from '../../objects/function.ts';
import { pyFloat } from '../../objects/float.ts';
import { intType, PyBool, PyInt, pyInt } from '../../objects/int.ts';
import { PyList } from '../../objects/list.ts';
import type { PyModule } from '../../objects/module.ts';
import { PyObject, type PyType } from '../../objects/object.ts';
import { PyStr } from '../../objects/str.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { asIndex, asNumber, given } from '../../runtime/convert.ts';
import { defineClass, defineModule, method } from '../../runtime/native.ts';
import { engine } from '../engineErrors.ts';
import { asShape, flag } from '../torch/args.ts';
import { arrayLike, PyNDArray, scalarKind, wrapArray } from './ndarray.ts';
import { choose, populationOf, populationSize, probabilities } from './randomChoice.ts';
import { RandomState } from './randomState.ts';
import { asNumpyDType, numpyScalar, strScalarType } from './scalars.ts';

class PyRandomState extends PyObject {
  constructor(
    type: PyType,
    readonly state: RandomState,
  ) {
    super(type);
  }
}

const stateOf = (obj: PyObject | undefined): RandomState => {
  if (obj instanceof PyRandomState) return obj.state;
  throw pyError(PyExc.TypeError, `descriptor requires a 'numpy.random.mtrand.RandomState' object but received a '${obj?.type.name ?? 'None'}'`);
};

/** `seed(n)`: an int in [0, 2**32); no seed starts the unseeded state again (NumPy would read the OS). */
function seedValue(obj: PyObject | undefined): number {
  if (!given(obj)) return 0;
  if (!(obj instanceof PyInt)) {
    if (obj instanceof PyNDArray || obj instanceof PyList || obj instanceof PyTuple) {
      throw pyError(PyExc.NotImplementedError, 'seeding NumPy with a sequence is not supported in Tandem; use one int');
    }
    throw pyError(PyExc.TypeError, `Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'`);
  }
  const n = Number(obj.value);
  if (n < 0 || n > 2 ** 32 - 1) throw pyError(PyExc.ValueError, 'Seed must be between 0 and 2**32 - 1');
  return n;
}

/** size=: None, an int, or a tuple of ints. */
const sizeOf = (obj: PyObject | undefined): number[] | null => (given(obj) ? asShape([obj]) : null);

const count = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

function floats(shape: number[] | null, draw: () => number): PyObject {
  if (shape === null) return pyFloat(draw());
  const values = Float64Array.from({ length: count(shape) }, draw);
  return wrapArray(engine(() => E.fromValues(values, shape, 'float64')));
}

/** rand(2, 3) takes dims as separate ints. */
const dims = (args: PyObject[]): number[] | null => (args.length === 0 ? null : asShape(args));

/** A distribution parameter: a Python number, or an array-like NumPy broadcasts against the others. */
async function parameter(obj: PyObject): Promise<number | Tensor> {
  if (scalarKind(obj) !== null) return asNumber(obj);
  const t = await arrayLike(obj, 'float64');
  return t.ndim === 0 ? (await t.data())[0]! : t;
}

/**
 * NumPy's `cont()`: one draw per output element, each with its own broadcast parameters, in C order. Scalar
 * parameters and no size give one Python float.
 */
async function continuous(
  size: number[] | null,
  params: PyObject[],
  check: (values: number[]) => void,
  draw: (values: number[]) => number,
): Promise<PyObject> {
  const read = await Promise.all(params.map(parameter));
  const arrays = read.filter((p): p is Tensor => typeof p !== 'number');
  if (arrays.length === 0) {
    check(read as number[]);
    return floats(size, () => draw(read as number[]));
  }
  const shape = size ?? arrays.map((t) => t.shape).reduce<number[]>((a, b) => E.broadcastShapes(a, b), []);
  if (size !== null) {
    const joint = arrays.map((t) => t.shape).reduce<number[]>((a, b) => E.broadcastShapes(a, b), size);
    if (joint.join() !== size.join()) {
      throw pyError(PyExc.ValueError, 'shape mismatch: objects cannot be broadcast to a single shape');
    }
  }
  const columns = await Promise.all(
    read.map(async (p) => (typeof p === 'number' ? null : await engine(() => E.contiguous(E.expand(p, shape))).data())),
  );
  const n = count(shape);
  const rows = Array.from({ length: n }, (_, i) => read.map((p, k) => (typeof p === 'number' ? p : columns[k]![i]!)));
  for (const row of rows) check(row);
  let i = 0;
  return floats(shape, () => draw(rows[i++]!));
}

/** randint's bounds for dtype int (int64): [low, high). */
function integerBounds(low: PyObject, high: PyObject | undefined): [number, number] {
  const [lo, hi] = given(high) ? [asIndex(low), asIndex(high)] : [0, asIndex(low)];
  if (lo >= hi) throw pyError(PyExc.ValueError, 'low >= high');
  return [lo, hi];
}

/** The integer dtypes randint can make here: int (a Python int when no size) and int64. */
function integerDType(obj: PyObject | undefined): 'int' | 'int64' {
  if (!given(obj) || obj === intType) return 'int';
  if (asNumpyDType(obj) === 'int64') return 'int64';
  throw pyError(PyExc.NotImplementedError, 'randint: only dtype=int and np.int64 are supported in Tandem');
}

function intArray(shape: number[], values: number[]): PyNDArray {
  return wrapArray(engine(() => E.fromValues(values, shape, 'int64')));
}

/** Rows of `t` in the given order (arr[idx]). */
const gather = (t: Tensor, order: number[]) =>
  engine(() => E.index(t, [{ kind: 'tensor', tensor: E.fromValues(order, [order.length], 'int64') }]));

export const randomStateType: PyType = defineClass({
  name: 'RandomState',
  module: 'numpy.random.mtrand',
  construct: (_ctx, type, args, kwargs) => new PyRandomState(type, new RandomState(seedValue(args[0] ?? kwargs.get('seed')))),
  members: {
    __init__: method(['self', 'seed?'], () => None),
    seed: method(['self', 'seed?'], (_ctx, [self, seed]) => {
      stateOf(self).seed(seedValue(seed));
      return None;
    }),
    rand: method(['self', '*args'], (_ctx, [self, args]) => {
      const s = stateOf(self);
      return floats(dims(args), () => s.double());
    }),
    random_sample: method(['self', 'size?'], (_ctx, [self, size]) => {
      const s = stateOf(self);
      return floats(sizeOf(size), () => s.double());
    }),
    randn: method(['self', '*args'], (_ctx, [self, args]) => {
      const s = stateOf(self);
      return floats(dims(args), () => s.gaussian());
    }),
    standard_normal: method(['self', 'size?'], (_ctx, [self, size]) => {
      const s = stateOf(self);
      return floats(sizeOf(size), () => s.gaussian());
    }),
    normal: method(['self', 'loc?', 'scale?', 'size?'], (_ctx, [self, loc, scale, size]) => {
      const s = stateOf(self);
      return continuous(
        sizeOf(size),
        [loc ?? pyFloat(0), scale ?? pyFloat(1)],
        ([, sd]) => {
          if (sd! < 0) throw pyError(PyExc.ValueError, 'scale < 0');
        },
        ([mean, sd]) => mean! + sd! * s.gaussian(),
      );
    }),
    uniform: method(['self', 'low?', 'high?', 'size?'], (_ctx, [self, low, high, size]) => {
      const s = stateOf(self);
      return continuous(
        sizeOf(size),
        [low ?? pyFloat(0), high ?? pyFloat(1)],
        ([lo, hi]) => {
          if (!Number.isFinite(hi! - lo!)) throw pyError(PyExc.OverflowError, 'Range exceeds valid bounds');
        },
        ([lo, hi]) => lo! + (hi! - lo!) * s.double(),
      );
    }),
    randint: method(['self', 'low', 'high?', 'size?', 'dtype?'], (_ctx, [self, low, high, size, dtype]) => {
      const s = stateOf(self);
      const kind = integerDType(dtype);
      const shape = sizeOf(size);
      if (shape !== null && count(shape) === 0) return intArray(shape, []);
      const [lo, hi] = integerBounds(low, high);
      const values = s.boundedIntegers(lo, hi - 1 - lo, shape === null ? 1 : count(shape));
      if (shape !== null) return intArray(shape, values);
      return kind === 'int' ? pyInt(values[0]!) : numpyScalar(values[0]!, 'int64');
    }),
    permutation: method(['self', 'x'], async (_ctx, [self, x]) => {
      const s = stateOf(self);
      if (x instanceof PyInt && !(x instanceof PyBool)) {
        const n = asIndex(x);
        return intArray([Math.max(n, 0)], s.permutation(Math.max(n, 0)));
      }
      const t = await arrayLike(x);
      if (t.ndim < 1) throw pyError(PyExc.IndexError, 'x must be an integer or at least 1-dimensional');
      return wrapArray(gather(t, s.permutation(t.shape[0]!)));
    }),
    shuffle: method(['self', 'x'], (_ctx, [self, x]) => {
      const s = stateOf(self);
      if (x instanceof PyList) {
        for (const [i, j] of s.shuffleSwaps(x.items.length)) [x.items[i], x.items[j]] = [x.items[j]!, x.items[i]!];
        return None;
      }
      if (!(x instanceof PyNDArray)) {
        throw pyError(PyExc.NotImplementedError, `np.random.shuffle of a ${x.type.name} is not supported in Tandem; shuffle a list or an array`);
      }
      const t = x.tensor;
      if (t.ndim === 0) throw pyError(PyExc.TypeError, 'len() of unsized object');
      const order = s.permutation(t.shape[0]!);
      engine(() => E.commit(t, gather(t, order)));
      return None;
    }),
    choice: method(['self', 'a', 'size?', 'replace?', 'p?'], async (_ctx, [self, a, size, replace, p]) => {
      const s = stateOf(self);
      const population = await populationOf(a);
      const n = populationSize(population);
      const shape = sizeOf(size);
      const draws = shape === null ? 1 : count(shape);
      if (n <= 0 && draws !== 0) {
        const message = population.kind === 'range' ? 'a must be greater than 0 unless no samples are taken' : "'a' cannot be empty unless no samples are taken";
        throw pyError(PyExc.ValueError, message);
      }
      const weights = given(p) ? await probabilities(p, n) : null;
      const picked = choose(s, n, draws, flag(replace, true), weights);
      switch (population.kind) {
        case 'range':
          return shape === null ? pyInt(picked[0]!) : intArray(shape, picked);
        case 'items':
          if (shape === null) return new PyStr((population.items[picked[0]!] as PyStr).value, strScalarType);
          throw pyError(PyExc.NotImplementedError, 'np.random.choice with size= from a list of non-numbers is not supported in Tandem');
        case 'array': {
          const t = population.tensor;
          if (shape === null) return numpyScalar((await t.data())[picked[0]!]!, t.dtype);
          return wrapArray(engine(() => E.reshape(gather(t, picked), shape)));
        }
      }
    }),
  },
});

/** The run's hidden RandomState behind np.random.seed, np.random.rand and the rest. */
export function globalRandomState(ctx: Context): PyRandomState {
  return ctx.local(globalRandomState, () => new PyRandomState(randomStateType, new RandomState()));
}

/** The module-level names and the RandomState method each one is. */
const MODULE_FUNCTIONS: Record<string, string> = {
  seed: 'seed',
  rand: 'rand',
  random: 'random_sample',
  random_sample: 'random_sample',
  sample: 'random_sample',
  ranf: 'random_sample',
  randn: 'randn',
  standard_normal: 'standard_normal',
  normal: 'normal',
  uniform: 'uniform',
  randint: 'randint',
  permutation: 'permutation',
  shuffle: 'shuffle',
  choice: 'choice',
};

export function loadNumpyRandom(ctx: Context): PyModule {
  const global = globalRandomState(ctx);
  const bound = Object.fromEntries(
    Object.entries(MODULE_FUNCTIONS).map(([name, member]) => [name, new PyBoundMethod(global, randomStateType.dict.get(member)!)]),
  );
  return defineModule('numpy.random', {
    ...bound,
    RandomState: randomStateType,
    // NumPy's newer Generator draws from PCG64 with other algorithms; Tandem has only the legacy streams.
    default_rng: method(['seed?'], () => {
      throw pyError(
        PyExc.NotImplementedError,
        'np.random.default_rng is not supported in Tandem; use np.random.seed(n) with np.random.rand, randn, ... or np.random.RandomState(n)',
      );
    }),
  });
}
