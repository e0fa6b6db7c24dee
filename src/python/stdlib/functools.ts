// `functools`: reduce, partial, lru_cache/cache, wraps/update_wrapper, cmp_to_key and total_ordering.

import { None } from '../objects/constants.ts';
import type { Context, Kwargs } from '../objects/context.ts';
import { PyDict } from '../objects/dict.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import { PyBoundMethod } from '../objects/function.ts';
import { PyInt, pyBool, pyInt } from '../objects/int.ts';
import type { PyModule } from '../objects/module.ts';
import { objectType, PyObject, PyType } from '../objects/object.ts';
import { pyStr } from '../objects/str.ts';
import { pyTuple } from '../objects/tuple.ts';
import { getAttrOrUndefined, setAttr } from '../runtime/attributes.ts';
import { callObject, isCallable } from '../runtime/call.ts';
import { getIterator, nextItem } from '../runtime/iteration.ts';
import { keyReady } from '../runtime/keys.ts';
import { defineClass, defineModule, getter, method, nativeFunction } from '../runtime/native.ts';
import { pyEquals, richCompare, type RichOp } from '../runtime/operators.ts';
import { repr } from '../runtime/text.ts';
import { isTruthy } from '../runtime/truth.ts';
import { namedtuple } from './collections/namedtuple.ts';

const reduce = nativeFunction('reduce', ['function', 'iterable', 'initial?'], async (ctx, [fn, iterable, initial]) => {
  const it = await getIterator(ctx, iterable);
  let acc = initial ?? (await nextItem(ctx, it));
  if (acc === undefined) throw pyError(PyExc.TypeError, 'reduce() of empty iterable with no initial value');
  for (let x = await nextItem(ctx, it); x !== undefined; x = await nextItem(ctx, it)) acc = await callObject(ctx, fn, [acc, x]);
  return acc;
});

// functools.partial: a callable that remembers leading arguments and keywords.
class PyPartial extends PyObject {
  constructor(
    type: PyType,
    readonly func: PyObject,
    readonly args: PyObject[],
    readonly keywords: Map<string, PyObject>,
  ) {
    super(type, new Map());
  }
}

const partialOf = (obj: PyObject | undefined): PyPartial => {
  if (obj instanceof PyPartial) return obj;
  throw pyError(PyExc.TypeError, 'descriptor requires a functools.partial object');
};

const partialType: PyType = defineClass({
  name: 'partial',
  module: 'functools',
  construct: (_ctx, type, args, kwargs) => {
    const [func, ...rest] = args;
    if (func === undefined) throw pyError(PyExc.TypeError, "type 'partial' takes at least one argument");
    if (!isCallable(func)) throw pyError(PyExc.TypeError, 'the first argument must be callable');
    // partial(partial(f, 1), 2) flattens, as CPython does.
    if (func instanceof PyPartial) return new PyPartial(type, func.func, [...func.args, ...rest], new Map([...func.keywords, ...kwargs]));
    return new PyPartial(type, func, rest, new Map(kwargs));
  },
  members: {
    __call__: method(['self', '*args', '**kwargs'], (ctx, [self, args, kwargs]) => {
      const p = partialOf(self);
      return callObject(ctx, p.func, [...p.args, ...args], new Map([...p.keywords, ...kwargs]));
    }),
    func: getter((_ctx, self) => partialOf(self).func),
    args: getter((_ctx, self) => pyTuple(partialOf(self).args)),
    keywords: getter((_ctx, self) => {
      const d = new PyDict();
      for (const [k, v] of partialOf(self).keywords) d.set(pyStr(k), v);
      return d;
    }),
    __repr__: method(['self'], async (ctx, [self]) => {
      const p = partialOf(self);
      const parts = [await repr(ctx, p.func)];
      for (const a of p.args) parts.push(await repr(ctx, a));
      for (const [k, v] of p.keywords) parts.push(`${k}=${await repr(ctx, v)}`);
      return pyStr(`functools.partial(${parts.join(', ')})`);
    }),
  },
});

// lru_cache: results by arguments; the least recently used entry goes first once maxsize is reached.
class PyCacheWrapper extends PyObject {
  readonly cache = new PyDict();
  hits = 0;
  misses = 0;
  constructor(
    type: PyType,
    readonly func: PyObject,
    readonly maxsize: number | null,
    readonly cacheInfo: PyObject,
  ) {
    super(type, new Map());
  }
}

const wrapperOf = (obj: PyObject | undefined): PyCacheWrapper => {
  if (obj instanceof PyCacheWrapper) return obj;
  throw pyError(PyExc.TypeError, 'descriptor requires a functools._lru_cache_wrapper object');
};

/** The cache key of a call: the positional arguments, then a marker and the keyword items (CPython's _make_key). */
const kwdMark = new PyObject(new PyType('_kwd_mark', []));
function cacheKey(args: PyObject[], kwargs: Kwargs): PyObject {
  const parts = [...args];
  if (kwargs.size > 0) {
    parts.push(kwdMark);
    for (const [k, v] of kwargs) parts.push(pyStr(k), v);
  }
  return pyTuple(parts);
}

const cacheWrapperType: PyType = defineClass({
  name: '_lru_cache_wrapper',
  module: 'functools',
  members: {
    __call__: method(['self', '*args', '**kwargs'], async (ctx, [self, args, kwargs]) => {
      const w = wrapperOf(self);
      const key = cacheKey(args, kwargs);
      await keyReady(ctx, key);
      const hit = w.cache.get(key);
      if (hit !== undefined) {
        w.hits++;
        // Most recently used goes last.
        w.cache.delete(key);
        w.cache.set(key, hit);
        return hit;
      }
      w.misses++;
      const result = await callObject(ctx, w.func, args, kwargs);
      if (w.maxsize !== 0) {
        w.cache.set(key, result);
        if (w.maxsize !== null && w.cache.size > w.maxsize) w.cache.delete(w.cache.keys()[0]!);
      }
      return result;
    }),
    __get__: method(['self', 'obj', 'type?'], (_ctx, [self, obj]) => (obj === None ? self : new PyBoundMethod(obj, self))),
    cache_info: method(['self'], (ctx, [self]) => {
      const w = wrapperOf(self);
      const maxsize = w.maxsize === null ? None : pyInt(w.maxsize);
      return callObject(ctx, w.cacheInfo, [pyInt(w.hits), pyInt(w.misses), maxsize, pyInt(w.cache.size)]);
    }),
    cache_clear: method(['self'], (_ctx, [self]) => {
      const w = wrapperOf(self);
      w.cache.entries.clear();
      w.hits = 0;
      w.misses = 0;
      return None;
    }),
    __wrapped__: getter((_ctx, self) => wrapperOf(self).func),
    __repr__: method(['self'], async (ctx, [self]) => pyStr(`<functools._lru_cache_wrapper object at ${await repr(ctx, wrapperOf(self).func)}>`)),
  },
});

const WRAPPER_ASSIGNMENTS = ['__module__', '__name__', '__qualname__', '__doc__'];

/** update_wrapper(wrapper, wrapped): the wrapper takes the wrapped function's name, docstring and __dict__. */
async function updateWrapper(ctx: Context, wrapper: PyObject, wrapped: PyObject): Promise<PyObject> {
  for (const name of WRAPPER_ASSIGNMENTS) {
    const value = await getAttrOrUndefined(ctx, wrapped, name);
    if (value === undefined) continue;
    try {
      await setAttr(ctx, wrapper, name, value);
    } catch (e) {
      // CPython skips attributes the wrapper cannot take.
      if (!(e instanceof PyObject && e.type.isSubtypeOf(PyExc.AttributeError))) throw e;
    }
  }
  if (wrapper.dict !== null && wrapped.dict !== null) {
    for (const [k, v] of wrapped.dict) if (!WRAPPER_ASSIGNMENTS.includes(k)) wrapper.dict.set(k, v);
    wrapper.dict.set('__wrapped__', wrapped);
  }
  return wrapper;
}

function makeCache(ctx: Context, func: PyObject, maxsize: number | null, cacheInfo: PyObject): Promise<PyObject> {
  return updateWrapper(ctx, new PyCacheWrapper(cacheWrapperType, func, maxsize, cacheInfo), func);
}

/** Reads lru_cache's maxsize: None for unbounded, negative counts as 0. */
function maxsizeOf(value: PyObject): number | null {
  if (value === None) return null;
  if (value instanceof PyInt) return Math.max(0, Number(value.value));
  throw pyError(PyExc.TypeError, 'Expected first argument to be an integer, a callable, or None');
}

const cmpOps: [string, RichOp, (c: number) => boolean][] = [
  ['__lt__', 'Lt', (c) => c < 0],
  ['__le__', 'LtE', (c) => c <= 0],
  ['__gt__', 'Gt', (c) => c > 0],
  ['__ge__', 'GtE', (c) => c >= 0],
  ['__eq__', 'Eq', (c) => c === 0],
  ['__ne__', 'NotEq', (c) => c !== 0],
];

export async function loadFunctools(ctx: Context): Promise<PyModule> {
  const cacheInfo = await callObject(ctx, namedtuple, [pyStr('CacheInfo'), pyStr('hits misses maxsize currsize')], new Map([['module', pyStr('functools')]]));

  const lruCache = nativeFunction('lru_cache', ['maxsize?', 'typed?'], async (ctx, [maxsize, typed]) => {
    void typed;
    // @lru_cache without parentheses passes the function itself.
    if (maxsize !== undefined && maxsize !== None && isCallable(maxsize) && !(maxsize instanceof PyInt)) {
      return makeCache(ctx, maxsize, 128, cacheInfo);
    }
    const size = maxsize === undefined ? 128 : maxsizeOf(maxsize);
    return nativeFunction('decorating_function', ['user_function'], (c, [fn]) => makeCache(c, fn, size, cacheInfo));
  });

  const cache = nativeFunction('cache', ['user_function'], (ctx, [fn]) => makeCache(ctx, fn, null, cacheInfo));

  const wraps = nativeFunction('wraps', ['wrapped', 'assigned?', 'updated?'], (_ctx, [wrapped]) =>
    nativeFunction('decorator', ['wrapper'], (c, [wrapper]) => updateWrapper(c, wrapper, wrapped)),
  );

  const updateWrapperFn = nativeFunction('update_wrapper', ['wrapper', 'wrapped', 'assigned?', 'updated?'], (ctx, [wrapper, wrapped]) =>
    updateWrapper(ctx, wrapper, wrapped),
  );

  // cmp_to_key(mycmp): a key class whose comparisons ask mycmp.
  const cmpToKey = nativeFunction('cmp_to_key', ['mycmp'], (_ctx, [mycmp]) => {
    const members: Record<string, PyObject> = {};
    for (const [name, , test] of cmpOps) {
      members[name] = method(['self', 'other'], async (c, [self, other]) => {
        const r = await callObject(c, mycmp, [self.dict!.get('obj')!, other.dict!.get('obj')!]);
        if (!(r instanceof PyInt)) throw pyError(PyExc.TypeError, 'comparison function must return int');
        return pyBool(test(Number(r.value)));
      });
    }
    members.__init__ = method(['self', 'obj'], (_c, [self, obj]) => {
      self.dict!.set('obj', obj);
      return None;
    });
    members.__hash__ = None;
    return defineClass({ name: 'K', module: 'functools', construct: (_c, type) => new PyObject(type, new Map()), members });
  });

  // total_ordering(cls): the comparisons a class lacks, from __eq__ and the one it defines.
  const totalOrdering = nativeFunction('total_ordering', ['cls'], (_ctx, [cls]) => {
    if (!(cls instanceof PyType)) throw pyError(PyExc.TypeError, 'total_ordering expects a class');
    const own = (name: string) => {
      const f = cls.lookup(name);
      return f !== undefined && f !== objectType.dict.get(name) ? f : undefined;
    };
    const root = ['__lt__', '__le__', '__gt__', '__ge__'].find((n) => own(n) !== undefined);
    if (root === undefined) throw pyError(PyExc.ValueError, 'must define at least one ordering operation: < > <= >=');
    // CPython's table (functools._convert): each missing comparison from the root one and ==.
    type Derive = (c: Context, a: PyObject, b: PyObject) => Promise<boolean>;
    const r = (op: RichOp): Derive => (c, a, b) => richTruth(c, op, a, b);
    const eq: Derive = (c, a, b) => pyEquals(c, a, b);
    const not = (f: Derive): Derive => async (c, a, b) => !(await f(c, a, b));
    const and = (f: Derive, g: Derive): Derive => async (c, a, b) => (await f(c, a, b)) && (await g(c, a, b));
    const or = (f: Derive, g: Derive): Derive => async (c, a, b) => (await f(c, a, b)) || (await g(c, a, b));
    const table: Record<string, Record<string, Derive>> = {
      __lt__: { __gt__: and(not(r('Lt')), not(eq)), __le__: or(r('Lt'), eq), __ge__: not(r('Lt')) },
      __le__: { __ge__: or(not(r('LtE')), eq), __lt__: and(r('LtE'), not(eq)), __gt__: not(r('LtE')) },
      __gt__: { __lt__: and(not(r('Gt')), not(eq)), __ge__: or(r('Gt'), eq), __le__: not(r('Gt')) },
      __ge__: { __le__: or(not(r('GtE')), eq), __gt__: and(r('GtE'), not(eq)), __lt__: not(r('GtE')) },
    };
    for (const [name, derive] of Object.entries(table[root]!)) {
      if (own(name) !== undefined) continue;
      cls.dict.set(name, method(['self', 'other'], async (c, [self, other]) => pyBool(await derive(c, self, other))));
    }
    return cls;
  });

  return defineModule('functools', {
    reduce,
    partial: partialType,
    lru_cache: lruCache,
    cache,
    wraps,
    update_wrapper: updateWrapperFn,
    cmp_to_key: cmpToKey,
    total_ordering: totalOrdering,
  });
}

async function richTruth(ctx: Context, op: RichOp, a: PyObject, b: PyObject): Promise<boolean> {
  return isTruthy(ctx, await richCompare(ctx, op, a, b));
}
