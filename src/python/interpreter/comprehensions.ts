// List, set and dict comprehensions and generator expressions. Each runs in its own scope (its loop variables
// do not leak), and the first iterable is evaluated in the enclosing scope, as in Python 3. A generator
// expression is lazy: `any(f(x) for x in xs)` stops calling f at the first true result.

import type { Comprehension, DictComp, GeneratorExp, ListComp, SetComp } from '../ast.ts';
import type { Frame } from '../objects/context.ts';
import { PyDict } from '../objects/dict.ts';
import { PyIterator } from '../objects/iterator.ts';
import { PyList } from '../objects/list.ts';
import type { PyObject } from '../objects/object.ts';
import { PySet } from '../objects/set.ts';
import { getIterator, nextItem } from '../runtime/iteration.ts';
import { isTruthy } from '../runtime/truth.ts';
import { atStatement } from './exceptions.ts';
import { assignTarget, evalExpr } from './expressions.ts';
import type { Interpreter } from './interpreter.ts';
import { comprehensionScopeInfo, Scope } from './scope.ts';
import { keyReady } from '../runtime/keys.ts';

type ComprehensionNode = ListComp | SetComp | DictComp | GeneratorExp;

export async function evalComprehension(interp: Interpreter, node: ComprehensionNode, scope: Scope): Promise<PyObject> {
  const outer = scope.info.kind === 'class' && scope.parent !== null ? scope.parent : scope;
  const inner = new Scope(
    comprehensionScopeInfo(node, node.generators),
    new Map(),
    outer,
    scope.globals,
    scope.builtins,
    scope.classCell,
    scope.qualPrefix,
  );
  const first = await getIterator(interp, await evalExpr(interp, node.generators[0]!.iter, scope));
  // The iterator of each `for` clause in progress (the runtime's reachability walk cannot see into the
  // async generator that drives them).
  const iterators: PyObject[] = [];
  const bindings = iterate(interp, node.generators, 0, first, inner, iterators);
  // Like CPython 3.11, a comprehension runs as its own function, with its own traceback frame.
  // No loop runs in this frame itself; functions it calls get their own entry marks.
  const entryMark = interp.currentFrame()?.entryMark ?? 0;
  const frame: Frame = { filename: interp.filename, name: frameNames[node.kind], pos: node, fn: null, locals: inner.vars, entryMark };
  const inFrame = async <T>(body: () => Promise<T>): Promise<T> => {
    interp.pushFrame(frame);
    try {
      return await body();
    } catch (e) {
      throw atStatement(e, frame, node);
    } finally {
      interp.popFrame();
    }
  };
  switch (node.kind) {
    case 'ListComp':
      return inFrame(async () => {
        const items: PyObject[] = [];
        for await (const _ of bindings) items.push(await evalExpr(interp, node.elt, inner));
        return new PyList(items);
      });
    case 'SetComp':
      return inFrame(async () => {
        const set = new PySet();
        for await (const _ of bindings) {
          const item = await evalExpr(interp, node.elt, inner);
          await keyReady(interp, item);
          set.add(item);
        }
        return set;
      });
    case 'DictComp':
      return inFrame(async () => {
        const d = new PyDict();
        for await (const _ of bindings) {
          const key = await evalExpr(interp, node.key, inner);
          const value = await evalExpr(interp, node.value, inner);
          await keyReady(interp, key);
          d.set(key, value);
        }
        return d;
      });
    case 'GeneratorExp':
      return new PyIterator(
        'generator',
        () =>
          inFrame(async () => {
            const r = await bindings.next();
            return r.done === true ? undefined : evalExpr(interp, node.elt, inner);
          }),
        // The loop variables and enclosing scopes, and the iterator the generator consumes.
        [inner, iterators],
      );
  }
}

const frameNames = {
  ListComp: '<listcomp>',
  SetComp: '<setcomp>',
  DictComp: '<dictcomp>',
  GeneratorExp: '<genexpr>',
} as const;

/** Binds the loop variables of each combination in turn (nested `for`s and their `if`s), yielding after each. */
async function* iterate(
  interp: Interpreter,
  generators: Comprehension[],
  level: number,
  it: PyObject,
  scope: Scope,
  iterators: PyObject[],
): AsyncGenerator<void> {
  const g = generators[level]!;
  iterators[level] = it;
  for (let item = await nextItem(interp, it); item !== undefined; item = await nextItem(interp, it)) {
    const pause = interp.tick();
    if (pause !== undefined) await pause;
    await assignTarget(interp, g.target, item, scope);
    let keep = true;
    for (const cond of g.ifs) {
      if (!(await isTruthy(interp, await evalExpr(interp, cond, scope)))) {
        keep = false;
        break;
      }
    }
    if (!keep) continue;
    if (level + 1 === generators.length) {
      yield;
    } else {
      const next = await getIterator(interp, await evalExpr(interp, generators[level + 1]!.iter, scope));
      yield* iterate(interp, generators, level + 1, next, scope, iterators);
    }
  }
}
