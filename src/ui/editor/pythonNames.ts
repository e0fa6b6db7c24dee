// The torch / numpy / keras / pyplot names Tandem supports, read from the Python modules themselves: the module
// registry the interpreter imports from is loaded and walked, so the editor's completions and hover docs list
// exactly what runs, and a name added to (or dropped from) a module shows up (or goes) with no list to update.
import { PyBuiltinFunction, PyClassMethod, PyFunction, PyProperty, PyStaticMethod } from '../../python/objects/function.ts';
import type { Context } from '../../python/objects/context.ts';
import { PyModule, type ModuleRegistry } from '../../python/objects/module.ts';
import { objectType, PyType, type PyObject } from '../../python/objects/object.ts';

export type NameKind = 'module' | 'class' | 'function' | 'method' | 'property' | 'value';

export interface PythonName {
  /** The dotted name a program reaches it by: 'torch.nn.Linear', 'torch.Tensor.backward'. */
  path: string;
  kind: NameKind;
  /** One line on what it is: 'class torch.nn.Linear', 'function torch.manual_seed(seed)'. */
  detail: string;
  /** How a class is called, when its constructor declares its parameters: 'torch.nn.Linear(in_features, …)'. */
  signature: string | null;
  /** The library's own documentation page for it, when its address follows from the name. */
  docs: string | null;
}

export interface NameTable {
  /** Every name, by path. */
  names: ReadonlyMap<string, PythonName>;
  /** The attributes of a module or class, by the module's or class's path, in definition order. */
  members: ReadonlyMap<string, readonly PythonName[]>;
}

/** How deep the walk follows submodules and classes (torch → nn → Linear → forward is 4). */
const MAX_DEPTH = 5;

/** Loads every module in the registry (not the ones only reachable as attributes) and lists their names. */
export async function supportedNames(registry: ModuleRegistry): Promise<NameTable> {
  const ctx = loadingContext(registry);
  const names = new Map<string, PythonName>();
  const members = new Map<string, PythonName[]>();

  const visit = (path: string, value: PyObject, depth: number, ancestors: readonly PyObject[]): void => {
    const name = describe(path, value, ancestors.at(-1));
    names.set(path, name);
    if (depth >= MAX_DEPTH || ancestors.includes(value)) return;
    const attributes = value instanceof PyModule ? [...value.dict] : value instanceof PyType ? classMembers(value) : [];
    const listed: PythonName[] = [];
    for (const [key, attribute] of attributes) {
      if (key.startsWith('_')) continue;
      visit(`${path}.${key}`, attribute, depth + 1, [...ancestors, value]);
      listed.push(names.get(`${path}.${key}`)!);
    }
    if (listed.length > 0) members.set(path, listed);
  };

  for (const moduleName of Object.keys(registry).sort()) {
    const module = await ctx.importModule(moduleName);
    if (module.dict.size > 0) visit(moduleName, module, moduleName.split('.').length, []);
  }
  return { names, members };
}

/** A class's own and inherited attributes, nearest first, leaving out what every object has. */
function classMembers(type: PyType): [string, PyObject][] {
  const seen = new Map<string, PyObject>();
  for (const base of type.mro) {
    if (base === objectType) continue;
    for (const [key, value] of base.dict) if (!seen.has(key)) seen.set(key, value);
  }
  return [...seen];
}

function describe(path: string, value: PyObject, owner: PyObject | undefined): PythonName {
  const inClass = owner instanceof PyType;
  const named = (kind: NameKind, detail: string, signature: string | null = null): PythonName => ({
    path,
    kind,
    detail,
    signature,
    docs: docsFor(path, kind),
  });
  if (value instanceof PyModule) return named('module', `module ${path}`);
  if (value instanceof PyType) {
    const bases = value.bases.filter((base) => base !== objectType).map((base) => base.name);
    const params = value.params === null ? null : `${path}(${formatSpec(value.params)})`;
    return named('class', `class ${path}${bases.length > 0 ? `(${bases.join(', ')})` : ''}`, params);
  }
  if (value instanceof PyProperty) return named('property', `property ${path}`);
  const fn = value instanceof PyStaticMethod || value instanceof PyClassMethod ? value.func : value;
  if (fn instanceof PyBuiltinFunction || fn instanceof PyFunction) {
    const kind = inClass ? 'method' : 'function';
    // A method's `self` (a class method's `cls`) is passed by Python, not written by the caller.
    const dropFirst = inClass && !(value instanceof PyStaticMethod);
    return named(kind, `${kind} ${path}(${parametersOf(fn, dropFirst) ?? ''})`);
  }
  const type = value.type.module === 'builtins' ? value.type.name : `${value.type.module}.${value.type.name}`;
  return named('value', `${path}: ${type}`);
}

/** The parameter list as Python documentation writes it; a default shows as `=…` (natives apply their own). */
function parametersOf(fn: PyBuiltinFunction | PyFunction, dropFirst: boolean): string | null {
  if (fn instanceof PyBuiltinFunction) {
    if (fn.params === null) return null;
    return formatSpec(dropFirst ? fn.params.slice(1) : fn.params);
  }
  if (fn.node.kind === 'Lambda') return null;
  const a = fn.node.args;
  const positional = [...a.posonlyargs, ...a.args];
  const firstDefault = positional.length - a.defaults.length;
  const parts = positional.map((arg, i) => (i >= firstDefault ? `${arg.arg}=…` : arg.arg));
  if (a.posonlyargs.length > 0) parts.splice(a.posonlyargs.length, 0, '/');
  if (a.vararg !== null) parts.push(`*${a.vararg.arg}`);
  else if (a.kwonlyargs.length > 0) parts.push('*');
  a.kwonlyargs.forEach((arg, i) => parts.push(a.kwDefaults[i] !== null ? `${arg.arg}=…` : arg.arg));
  if (a.kwarg !== null) parts.push(`**${a.kwarg.arg}`);
  return (dropFirst ? parts.slice(1) : parts).join(', ');
}

/** A native parameter spec ('x', 'x?', '*', '*args', '**kw') as a Python parameter list. */
function formatSpec(params: readonly string[]): string {
  return params.map((p) => (p.endsWith('?') ? `${p.slice(0, -1)}=…` : p)).join(', ');
}

/**
 * Where each library documents a name. The addresses follow the libraries' own schemes: PyTorch, NumPy and
 * matplotlib generate one page per function and class; TensorFlow one per symbol under tf/.
 */
export function docsFor(path: string, kind: NameKind): string | null {
  const [root] = path.split('.');
  // A method documented on its own page only for tensors and arrays; other methods point at their class.
  const page = kind === 'method' || kind === 'property' ? (/^(torch\.Tensor|numpy\.ndarray)\./.test(path) ? path : parent(path)) : path;
  switch (root) {
    case 'torch':
      // torch.utils.data is documented on one page, a name per anchor.
      if (path === 'torch.utils' || path.startsWith('torch.utils.data')) {
        return `https://pytorch.org/docs/stable/data.html${kind === 'module' ? '' : `#${page}`}`;
      }
      if (kind === 'module') return `https://pytorch.org/docs/stable/${path === 'torch' ? 'torch' : path.slice('torch.'.length)}.html`;
      return `https://pytorch.org/docs/stable/generated/${page}.html`;
    case 'numpy':
      if (kind === 'module') return 'https://numpy.org/doc/stable/reference/';
      return `https://numpy.org/doc/stable/reference/generated/${page}.html`;
    case 'matplotlib':
      if (kind === 'module') return 'https://matplotlib.org/stable/api/pyplot_summary.html';
      return `https://matplotlib.org/stable/api/_as_gen/${page}.html`;
    case 'tensorflow':
    case 'keras': {
      const symbol = root === 'keras' ? `tf/keras${page.slice('keras'.length)}` : `tf${page.slice('tensorflow'.length)}`;
      return `https://www.tensorflow.org/api_docs/python/${symbol.replaceAll('.', '/')}`;
    }
    default:
      return null;
  }
}

function parent(path: string): string {
  return path.slice(0, path.lastIndexOf('.'));
}

/**
 * Just enough of a running program's Context to build modules: loaders read their per-run state through
 * `local` and import each other; nothing runs Python.
 */
function loadingContext(registry: ModuleRegistry): Context {
  const state = new Map<object, unknown>();
  const modules = new Map<string, PyModule | Promise<PyModule>>();
  const ctx: Context = {
    host: { stdout: () => {}, metric: () => {}, figure: () => {} },
    filename: '<names>',
    callFunction: () => Promise.reject(new Error('listing names runs no Python')),
    importModule: async (name) => {
      const loader = registry[name];
      if (loader === undefined) throw new Error(`no module named ${name}`);
      if (!modules.has(name)) modules.set(name, loader(ctx));
      return modules.get(name)!;
    },
    currentFrame: () => null,
    local: <T>(key: object, create: () => T): T => {
      if (!state.has(key)) state.set(key, create());
      return state.get(key) as T;
    },
    onStatementEnd: () => {},
    onRunEnd: () => {},
  };
  return ctx;
}
