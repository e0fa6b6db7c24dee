// Python modules: a name and a namespace. Native modules (torch, numpy, math) are built per run by a loader in
// a registry, so each run starts from fresh module state (seeds, figures).

import type { Context } from './context.ts';
import { None } from './constants.ts';
import { PyObject, PyType, objectType } from './object.ts';
import { pyStr } from './str.ts';

export const moduleType = new PyType('module', [objectType]);

export class PyModule extends PyObject {
  readonly name: string;
  declare dict: Map<string, PyObject>;
  constructor(name: string, attributes: Iterable<[string, PyObject]> = []) {
    super(moduleType, new Map(attributes));
    this.name = name;
    // Every Python module knows its name (`torch.__name__`) and has a docstring slot.
    if (!this.dict.has('__name__')) this.dict.set('__name__', pyStr(name));
    if (!this.dict.has('__doc__')) this.dict.set('__doc__', None);
  }
}

/** Builds a module for one run. Submodules are registered under their dotted name ('torch.nn'). */
export type ModuleLoader = (ctx: Context) => PyModule | Promise<PyModule>;

export type ModuleRegistry = Readonly<Record<string, ModuleLoader>>;
