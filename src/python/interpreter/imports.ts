// `import` and `from ... import`. Modules come from a registry of loaders keyed by dotted name ('torch',
// 'torch.nn', 'matplotlib.pyplot'), built once per run; there is no file system to import from.

import type { Import, ImportFrom } from '../ast.ts';
import { PyBaseException, PyExc, pyError } from '../objects/exception.ts';
import { PyModule } from '../objects/module.ts';
import { PyStr, pyStr } from '../objects/str.ts';
import { getAttrOrUndefined } from '../runtime/attributes.ts';
import { toArray } from '../runtime/iteration.ts';
import { stdlib } from '../stdlib/index.ts';
import { missingAttributeHint, missingModuleHint } from '../upstream/hints.ts';
import { storeName } from './expressions.ts';
import type { Interpreter } from './interpreter.ts';
import type { Scope } from './scope.ts';

function moduleNotFound(name: string) {
  const exc = pyError(PyExc.ModuleNotFoundError, `No module named '${name}'${missingModuleHint(name)}`);
  exc.dict!.set('name', pyStr(name));
  return exc;
}

/** Imports `name` and its parents; submodules become attributes of their parent, as in Python. */
export async function importModule(interp: Interpreter, name: string): Promise<PyModule> {
  const cached = interp.modules.get(name);
  if (cached !== undefined) return cached;
  const dot = name.lastIndexOf('.');
  const parent = dot < 0 ? null : await importModule(interp, name.slice(0, dot));
  const leaf = name.slice(dot + 1);
  const loader = interp.registry[name] ?? stdlib[name];
  let module: PyModule;
  if (loader !== undefined) {
    module = await loader(interp);
  } else {
    // A loader may have built the submodule as an attribute of its parent (tf.keras).
    const attr = parent?.dict.get(leaf);
    if (!(attr instanceof PyModule)) throw moduleNotFound(name);
    module = attr;
  }
  interp.modules.set(name, module);
  if (parent !== null && !parent.dict.has(leaf)) parent.dict.set(leaf, module);
  return module;
}

export async function execImport(interp: Interpreter, s: Import, scope: Scope): Promise<void> {
  for (const alias of s.names) {
    const module = await importModule(interp, alias.name);
    if (alias.asname !== null) storeName(scope, alias.asname, module);
    else storeName(scope, alias.name.split('.')[0]!, interp.modules.get(alias.name.split('.')[0]!)!);
  }
}

export async function execImportFrom(interp: Interpreter, s: ImportFrom, scope: Scope): Promise<void> {
  if (s.level > 0 || s.module === null) {
    throw pyError(PyExc.ImportError, 'attempted relative import with no known parent package');
  }
  const moduleName = s.module;
  const module = await importModule(interp, moduleName);
  for (const alias of s.names) {
    if (alias.name === '*') {
      await importStar(interp, module, scope);
      continue;
    }
    let value = await getAttrOrUndefined(interp, module, alias.name);
    if (value === undefined) {
      try {
        value = await importModule(interp, `${moduleName}.${alias.name}`);
      } catch (e) {
        if (!isModuleNotFound(e)) throw e;
        const hint = missingAttributeHint(module, alias.name);
        throw pyError(PyExc.ImportError, `cannot import name '${alias.name}' from '${moduleName}' (unknown location)${hint}`);
      }
    }
    storeName(scope, alias.asname ?? alias.name, value);
  }
}

function isModuleNotFound(e: unknown): boolean {
  return e instanceof PyBaseException && e.type === PyExc.ModuleNotFoundError;
}

/** `from m import *`: the names in __all__, else every name not starting with an underscore. */
async function importStar(interp: Interpreter, module: PyModule, scope: Scope): Promise<void> {
  const all = module.dict.get('__all__');
  const names =
    all === undefined
      ? [...module.dict.keys()].filter((n) => !n.startsWith('_'))
      : (await toArray(interp, all)).map((n) => (n instanceof PyStr ? n.value : ''));
  for (const n of names) {
    const v = module.dict.get(n);
    if (v !== undefined) storeName(scope, n, v);
  }
}
