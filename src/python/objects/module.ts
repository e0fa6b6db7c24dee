// Python modules: a name and a namespace. Native modules (torch, numpy, math) are built per run by a loader in
// a registry, so each run starts from fresh module state (seeds, figures).

import type { Context } from './context.ts';
import { PyObject, PyType, objectType } from './object.ts';

export const moduleType = new PyType('module', [objectType]);

export class PyModule extends PyObject {
  readonly name: string;
  declare dict: Map<string, PyObject>;
  constructor(name: string, attributes: Iterable<[string, PyObject]> = []) {
    super(moduleType, new Map(attributes));
    this.name = name;
  }
}

/** Builds a module for one run. Submodules are registered under their dotted name ('torch.nn'). */
export type ModuleLoader = (ctx: Context) => PyModule | Promise<PyModule>;

export type ModuleRegistry = Readonly<Record<string, ModuleLoader>>;
