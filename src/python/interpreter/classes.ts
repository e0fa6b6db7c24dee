// `class` statements: run the body in its own namespace, then build the type from it. Methods defined in the
// body share a class cell that is filled once the class exists, which is what zero-argument super() reads.

import type { ClassDef } from '../ast.ts';
import { allocationMark } from '../../engine/index.ts';
import { None } from '../objects/constants.ts';
import type { Frame } from '../objects/context.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import type { ClassCell } from '../objects/function.ts';
import { linearize, objectType, PyObject, PyType } from '../objects/object.ts';
import { PyStr, pyStr } from '../objects/str.ts';
import { callObject } from '../runtime/call.ts';
import { atStatement } from './exceptions.ts';
import { evalExpr, storeName } from './expressions.ts';
import type { Interpreter } from './interpreter.ts';
import { classScopeInfo, Scope } from './scope.ts';
import { execBlock } from './statements.ts';
import { unsupported } from './unsupported.ts';

export async function execClassDef(interp: Interpreter, node: ClassDef, scope: Scope): Promise<void> {
  const decorators: PyObject[] = [];
  for (const d of node.decorators) decorators.push(await evalExpr(interp, d, scope));
  const bases: PyType[] = [];
  for (const b of node.bases) {
    if (b.kind === 'Starred') throw unsupported('*bases');
    const base = await evalExpr(interp, b, scope);
    if (!(base instanceof PyType)) throw pyError(PyExc.TypeError, 'bases must be types');
    bases.push(base);
  }
  if (node.keywords.length > 0) throw unsupported('class keyword arguments (metaclasses)');

  const moduleName = scope.globals.get('__name__');
  const module = moduleName instanceof PyStr ? moduleName.value : '__main__';
  const qualname = scope.qualPrefix + node.name;
  const namespace = new Map<string, PyObject>([
    ['__module__', pyStr(module)],
    ['__qualname__', pyStr(qualname)],
  ]);
  if (node.docstring !== null) namespace.set('__doc__', pyStr(node.docstring));
  const cell: ClassCell = { value: null };
  const bodyScope = new Scope(
    classScopeInfo(node),
    namespace,
    scope.enclosingForNested,
    scope.globals,
    scope.builtins,
    cell,
    qualname + '.',
  );
  const frame: Frame = { filename: interp.filename, name: node.name, pos: node, fn: null, locals: namespace, entryMark: allocationMark() };
  await runClassBody(interp, node, bodyScope, frame);

  let cls: PyObject = createClass(node.name, qualname, module, bases, namespace);
  cell.value = cls as PyType;
  for (const d of decorators.reverse()) cls = await callObject(interp, d, [cls]);
  storeName(scope, node.name, cls);
}

async function runClassBody(interp: Interpreter, node: ClassDef, scope: Scope, frame: Frame): Promise<void> {
  interp.pushFrame(frame);
  try {
    await execBlock(interp, node.body, scope, frame);
  } catch (e) {
    throw atStatement(e, frame, node);
  } finally {
    interp.popFrame();
  }
}

/** type(name, bases, namespace) for a class statement. */
export function createClass(
  name: string,
  qualname: string,
  module: string,
  bases: PyType[],
  namespace: Map<string, PyObject>,
): PyType {
  const effectiveBases = bases.length === 0 ? [objectType] : bases;
  const probe = new PyType('probe', []);
  if (linearize(probe, effectiveBases) === null) {
    throw pyError(
      PyExc.TypeError,
      `Cannot create a consistent method resolution order (MRO) for bases ${effectiveBases.map((b) => b.name).join(', ')}`,
    );
  }
  const cls = new PyType(name, effectiveBases, { heap: true, module });
  cls.qualname = qualname;
  for (const [k, v] of namespace) cls.dict.set(k, v);
  // A class that defines __eq__ but not __hash__ is unhashable, as in Python 3.
  if (namespace.has('__eq__') && !namespace.has('__hash__')) cls.dict.set('__hash__', None);
  return cls;
}
