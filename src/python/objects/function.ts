// Callables: functions defined in Python, functions written in TS (natives), methods bound to an object,
// and the descriptors that change binding (staticmethod, classmethod, property).

import type { FunctionDef, Lambda } from '../ast.ts';
import type { Scope } from '../interpreter/scope.ts';
import type { Context, Kwargs } from './context.ts';
import { PyObject, PyType, objectType } from './object.ts';

export const functionType = new PyType('function', [objectType]);
export const builtinFunctionType = new PyType('builtin_function_or_method', [objectType]);
export const methodType = new PyType('method', [objectType]);
export const staticmethodType = new PyType('staticmethod', [objectType]);
export const classmethodType = new PyType('classmethod', [objectType]);
export const propertyType = new PyType('property', [objectType]);

/** The cell behind zero-argument super(): the class a method's body was written in, set once it exists. */
export interface ClassCell {
  value: PyType | null;
}

/** A `def` or `lambda`, closed over the scope it was created in. */
export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  readonly node: FunctionDef | Lambda;
  /** Values of the trailing positional defaults, evaluated when `def` ran. */
  readonly defaults: PyObject[];
  readonly kwDefaults: Map<string, PyObject>;
  readonly closure: Scope;
  readonly globals: Map<string, PyObject>;
  readonly module: string;
  readonly classCell: ClassCell | null;

  constructor(init: {
    name: string;
    qualname: string;
    node: FunctionDef | Lambda;
    defaults: PyObject[];
    kwDefaults: Map<string, PyObject>;
    closure: Scope;
    globals: Map<string, PyObject>;
    module: string;
    classCell: ClassCell | null;
  }) {
    super(functionType, new Map());
    this.name = init.name;
    this.qualname = init.qualname;
    this.node = init.node;
    this.defaults = init.defaults;
    this.kwDefaults = init.kwDefaults;
    this.closure = init.closure;
    this.globals = init.globals;
    this.module = init.module;
    this.classCell = init.classCell;
  }

  /** Defaults, attributes and the closure; not the syntax tree, which holds no values. */
  override traceTensors(visit: (value: unknown) => void): void {
    visit(this.dict);
    visit(this.defaults);
    visit(this.kwDefaults);
    visit(this.closure);
    visit(this.globals);
    visit(this.classCell);
  }
}

/** A native implementation: positional args (self first for methods) and keyword args. */
export type NativeImpl = (ctx: Context, args: PyObject[], kwargs: Kwargs) => PyObject | Promise<PyObject>;

/** A function implemented in TypeScript. In a class namespace it binds like a Python function. */
export class PyBuiltinFunction extends PyObject {
  name: string;
  /** 'Tensor.view' for error messages; defaults to the name. */
  qualname: string;
  readonly impl: NativeImpl;
  /** The parameter spec it was declared with (runtime/native.ts), for signatures in the editor. */
  params: readonly string[] | null;

  constructor(name: string, impl: NativeImpl) {
    super(builtinFunctionType);
    this.name = name;
    this.qualname = name;
    this.impl = impl;
    this.params = null;
  }

  /** A native keeps nothing a program made (per-run state lives in ctx.local, which is traced). */
  override traceTensors(): void {}
}

/** `obj.method`: the function with obj as its first argument. */
export class PyBoundMethod extends PyObject {
  declare readonly self: PyObject;
  declare readonly func: PyObject;
  constructor(self: PyObject, func: PyObject) {
    // A native bound to its object is still a 'builtin_function_or_method' to Python ([].append).
    super(func instanceof PyBuiltinFunction ? builtinFunctionType : methodType);
    this.self = self;
    this.func = func;
  }
}

export class PyStaticMethod extends PyObject {
  readonly func: PyObject;
  constructor(func: PyObject) {
    super(staticmethodType);
    this.func = func;
  }
}

export class PyClassMethod extends PyObject {
  readonly func: PyObject;
  constructor(func: PyObject) {
    super(classmethodType);
    this.func = func;
  }
}

/** A data descriptor: attribute reads call fget, writes call fset (read-only without one). */
export class PyProperty extends PyObject {
  fget: PyObject | null;
  fset: PyObject | null;
  fdel: PyObject | null;
  readonly doc: PyObject | null;
  constructor(fget: PyObject | null, fset: PyObject | null = null, fdel: PyObject | null = null, doc: PyObject | null = null) {
    super(propertyType);
    this.fget = fget;
    this.fset = fset;
    this.fdel = fdel;
    this.doc = doc;
  }
}
