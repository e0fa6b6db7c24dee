// Python's scoping rules (LEGB). Which names a function binds is decided when it is compiled, not as it runs:
// a name assigned anywhere in a function body is local to it, unless declared global or nonlocal. We compute
// that once per def/lambda/class/comprehension (ScopeInfo) and consult it at run time (Scope).

import type { Arguments, ClassDef, Comprehension, Expr, FunctionDef, Lambda, Module, Stmt } from '../ast.ts';
import type { ClassCell } from '../objects/function.ts';
import type { PyObject } from '../objects/object.ts';

export type ScopeKind = 'module' | 'function' | 'class' | 'comprehension';

export interface ScopeInfo {
  kind: ScopeKind;
  /** Names bound in this scope. */
  locals: Set<string>;
  /** Names declared `global`. */
  globals: Set<string>;
  /** Names declared `nonlocal`. */
  nonlocals: Set<string>;
}

/** One activation of a scope: its variables and the scopes it can see. */
export class Scope {
  constructor(
    readonly info: ScopeInfo,
    /** The scope's own variables (a module's are its globals; a class body's become the class namespace). */
    readonly vars: Map<string, PyObject>,
    /** The enclosing function scope for free variables (class bodies are skipped, as in Python). */
    readonly parent: Scope | null,
    readonly globals: Map<string, PyObject>,
    readonly builtins: Map<string, PyObject>,
    /** The class cell that zero-argument super() in functions defined here will use. */
    readonly classCell: ClassCell | null,
    /** The prefix for __qualname__ of functions and classes defined here ('Model.', 'outer.<locals>.'). */
    readonly qualPrefix: string,
  ) {}

  /** The scope that nested functions see as their parent: class bodies are transparent. */
  get enclosingForNested(): Scope {
    return this.info.kind === 'class' && this.parent !== null ? this.parent : this;
  }
}

const cache = new WeakMap<object, ScopeInfo>();

export function moduleScopeInfo(module: Module): ScopeInfo {
  let info = cache.get(module);
  if (info === undefined) {
    info = { kind: 'module', locals: new Set(), globals: new Set(), nonlocals: new Set() };
    cache.set(module, info);
  }
  return info;
}

export function functionScopeInfo(node: FunctionDef | Lambda): ScopeInfo {
  let info = cache.get(node);
  if (info === undefined) {
    info = newInfo('function');
    for (const name of parameterNames(node.args)) info.locals.add(name);
    if (node.kind === 'Lambda') collectExpr(node.body, info);
    else collectBlock(node.body, info);
    finish(info);
    cache.set(node, info);
  }
  return info;
}

export function classScopeInfo(node: ClassDef): ScopeInfo {
  let info = cache.get(node);
  if (info === undefined) {
    info = newInfo('class');
    collectBlock(node.body, info);
    finish(info);
    cache.set(node, info);
  }
  return info;
}

/** A comprehension's own scope: its loop variables. */
export function comprehensionScopeInfo(node: object, generators: Comprehension[]): ScopeInfo {
  let info = cache.get(node);
  if (info === undefined) {
    info = newInfo('comprehension');
    for (const g of generators) collectTarget(g.target, info);
    cache.set(node, info);
  }
  return info;
}

export function parameterNames(args: Arguments): string[] {
  const names = [...args.posonlyargs, ...args.args].map((a) => a.arg);
  if (args.vararg !== null) names.push(args.vararg.arg);
  names.push(...args.kwonlyargs.map((a) => a.arg));
  if (args.kwarg !== null) names.push(args.kwarg.arg);
  return names;
}

function newInfo(kind: ScopeKind): ScopeInfo {
  return { kind, locals: new Set(), globals: new Set(), nonlocals: new Set() };
}

function finish(info: ScopeInfo): void {
  for (const name of info.globals) info.locals.delete(name);
  for (const name of info.nonlocals) info.locals.delete(name);
}

function collectBlock(body: Stmt[], info: ScopeInfo): void {
  for (const stmt of body) collectStmt(stmt, info);
}

function collectStmt(s: Stmt, info: ScopeInfo): void {
  switch (s.kind) {
    case 'FunctionDef':
      info.locals.add(s.name);
      s.decorators.forEach((d) => collectExpr(d, info));
      [...s.args.defaults, ...s.args.kwDefaults].forEach((d) => d !== null && collectExpr(d, info));
      return;
    case 'ClassDef':
      info.locals.add(s.name);
      s.decorators.forEach((d) => collectExpr(d, info));
      s.bases.forEach((b) => collectExpr(b, info));
      return;
    case 'Assign':
      s.targets.forEach((t) => collectTarget(t, info));
      collectExpr(s.value, info);
      return;
    case 'AugAssign':
      collectTarget(s.target, info);
      collectExpr(s.value, info);
      return;
    case 'AnnAssign':
      if (s.value !== null || s.target.kind === 'Name') collectTarget(s.target, info);
      if (s.value !== null) collectExpr(s.value, info);
      return;
    case 'For':
      collectTarget(s.target, info);
      collectExpr(s.iter, info);
      collectBlock(s.body, info);
      collectBlock(s.orelse, info);
      return;
    case 'While':
    case 'If':
      collectExpr(s.test, info);
      collectBlock(s.body, info);
      collectBlock(s.orelse, info);
      return;
    case 'With':
      for (const item of s.items) {
        collectExpr(item.contextExpr, info);
        if (item.optionalVars !== null) collectTarget(item.optionalVars, info);
      }
      collectBlock(s.body, info);
      return;
    case 'Try':
      collectBlock(s.body, info);
      for (const h of s.handlers) {
        if (h.name !== null) info.locals.add(h.name);
        collectBlock(h.body, info);
      }
      collectBlock(s.orelse, info);
      collectBlock(s.finalbody, info);
      return;
    case 'Import':
    case 'ImportFrom':
      for (const alias of s.names) {
        if (alias.name === '*') continue;
        info.locals.add(alias.asname ?? (s.kind === 'Import' ? alias.name.split('.')[0]! : alias.name));
      }
      return;
    case 'Global':
      s.names.forEach((n) => info.globals.add(n));
      return;
    case 'Nonlocal':
      s.names.forEach((n) => info.nonlocals.add(n));
      return;
    case 'Delete':
      s.targets.forEach((t) => collectTarget(t, info));
      return;
    case 'Expr':
      collectExpr(s.value, info);
      return;
    case 'Return':
      if (s.value !== null) collectExpr(s.value, info);
      return;
    case 'Assert':
    case 'Raise':
    case 'Break':
    case 'Continue':
    case 'Pass':
    case 'Match':
      return;
  }
}

function collectTarget(t: Expr, info: ScopeInfo): void {
  if (t.kind === 'Name') info.locals.add(t.id);
  else if (t.kind === 'Tuple' || t.kind === 'List') t.elts.forEach((e) => collectTarget(e, info));
  else if (t.kind === 'Starred') collectTarget(t.value, info);
  else collectExpr(t, info);
}

/** Expressions bind names only through the walrus (which binds in the enclosing function, even in a comprehension). */
function collectExpr(e: Expr, info: ScopeInfo): void {
  walkExpr(e, (node) => {
    if (node.kind === 'NamedExpr') info.locals.add(node.target.id);
  });
}

/** Visits e and its subexpressions, not descending into lambdas (their own scope). */
function walkExpr(e: Expr, visit: (e: Expr) => void): void {
  visit(e);
  const go = (x: Expr | null) => x !== null && walkExpr(x, visit);
  switch (e.kind) {
    case 'NamedExpr':
      go(e.value);
      return;
    case 'BinOp':
      go(e.left);
      go(e.right);
      return;
    case 'BoolOp':
      e.values.forEach(go);
      return;
    case 'UnaryOp':
      go(e.operand);
      return;
    case 'Compare':
      go(e.left);
      e.comparators.forEach(go);
      return;
    case 'IfExp':
      go(e.test);
      go(e.body);
      go(e.orelse);
      return;
    case 'Call':
      go(e.func);
      e.args.forEach(go);
      e.keywords.forEach((k) => go(k.value));
      return;
    case 'Attribute':
      go(e.value);
      return;
    case 'Subscript':
      go(e.value);
      go(e.slice);
      return;
    case 'Slice':
      go(e.lower);
      go(e.upper);
      go(e.step);
      return;
    case 'Starred':
      go(e.value);
      return;
    case 'List':
    case 'Tuple':
    case 'Set':
      e.elts.forEach(go);
      return;
    case 'Dict':
      e.keys.forEach(go);
      e.values.forEach(go);
      return;
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
      go(e.elt);
      e.generators.forEach((g) => (go(g.iter), g.ifs.forEach(go)));
      return;
    case 'DictComp':
      go(e.key);
      go(e.value);
      e.generators.forEach((g) => (go(g.iter), g.ifs.forEach(go)));
      return;
    case 'JoinedStr':
      e.values.forEach(go);
      return;
    case 'FormattedValue':
      go(e.value);
      go(e.formatSpec);
      return;
    case 'Yield':
      go(e.value);
      return;
    case 'Await':
      go(e.value);
      return;
    case 'Lambda':
    case 'Name':
    case 'Constant':
      return;
  }
}
