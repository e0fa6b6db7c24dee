// The checks CPython's symbol table makes before compiling: duplicate parameters, `global`/`nonlocal` after a name
// was already used or bound, `nonlocal` names with nothing to refer to, `yield` inside a comprehension.
import type { Arguments, Comprehension, Expr, Nonlocal, Stmt } from '../ast.ts';
import type { PySyntaxError, SourceFile, Span } from './errors.ts';
import { allParameters, forEachChild, parameterAnnotations, parameterDefaults, visitAll, type AnyNode } from './walk.ts';

const BOUND = 1; // assigned, defined or deleted here
const PARAMETER = 2;
const USED = 4;
const GLOBAL = 8;
const NONLOCAL = 16;
const IMPORTED = 32;
const ANNOTATED = 64;

type ScopeKind = 'module' | 'function' | 'class' | 'list comprehension' | 'set comprehension' | 'dict comprehension'
  | 'generator expression';

class Scope {
  readonly names = new Map<string, number>();
  readonly nonlocals: { name: string; statement: Nonlocal }[] = [];
  readonly children: Scope[] = [];

  constructor(
    readonly kind: ScopeKind,
    readonly parent: Scope | null,
  ) {
    parent?.children.push(this);
  }

  flags(name: string): number {
    return this.names.get(name) ?? 0;
  }

  add(name: string, flag: number): void {
    this.names.set(name, this.flags(name) | flag);
  }

  /** Functions, lambdas and comprehensions: the scopes whose names a nested `nonlocal` can refer to. */
  get isFunctionLike(): boolean {
    return this.kind !== 'module' && this.kind !== 'class';
  }

  /** Whether a nested scope's `nonlocal name` finds a binding here or further out. */
  binds(name: string): boolean {
    const flags = this.flags(name);
    if (this.isFunctionLike && flags & (BOUND | PARAMETER | IMPORTED) && !(flags & GLOBAL)) return true;
    return this.parent !== null && this.parent.kind !== 'module' && this.parent.binds(name);
  }
}

export function checkScopes(body: readonly Stmt[], file: SourceFile): void {
  new ScopeBuilder(file).module(body);
}

class ScopeBuilder {
  constructor(private readonly file: SourceFile) {}

  private readonly visitChild = (child: AnyNode, scope: Scope): void => this.visit(child, scope);

  private error(msg: string, span: Span): PySyntaxError {
    return this.file.error('SyntaxError', msg, span);
  }

  module(body: readonly Stmt[]): void {
    const module = new Scope('module', null);
    visitAll(body, this.visitChild, module);
    this.analyze(module);
  }

  /** After all scopes are known: does each `nonlocal` refer to something? */
  private analyze(scope: Scope): void {
    for (const { name, statement } of scope.nonlocals) {
      if (scope.kind === 'module') throw this.error('nonlocal declaration not allowed at module level', statement);
      const outer = enclosingFunction(scope);
      if (outer === null || !outer.binds(name)) throw this.error(`no binding for nonlocal '${name}' found`, statement);
    }
    for (const child of scope.children) this.analyze(child);
  }

  private visit(node: AnyNode, scope: Scope): void {
    switch (node.kind) {
      case 'Name':
        scope.add(node.id, USED);
        return;
      case 'FunctionDef':
        visitAll(node.decorators, this.visitChild, scope);
        parameterDefaults(node.args, this.visitChild, scope);
        parameterAnnotations(node.args, this.visitChild, scope);
        visitAll([node.returns], this.visitChild, scope);
        scope.add(node.name, BOUND);
        this.function(node.args, node.body, scope);
        return;
      case 'Lambda':
        parameterDefaults(node.args, this.visitChild, scope);
        this.function(node.args, [node.body], scope);
        return;
      case 'ClassDef': {
        visitAll([...node.decorators, ...node.bases, ...node.keywords.map((k) => k.value)], this.visitChild, scope);
        scope.add(node.name, BOUND);
        visitAll(node.body, this.visitChild, new Scope('class', scope));
        return;
      }
      case 'ListComp':
        return this.comprehension('list comprehension', node.generators, [node.elt], scope);
      case 'SetComp':
        return this.comprehension('set comprehension', node.generators, [node.elt], scope);
      case 'DictComp':
        return this.comprehension('dict comprehension', node.generators, [node.key, node.value], scope);
      case 'GeneratorExp':
        return this.comprehension('generator expression', node.generators, [node.elt], scope);
      case 'Yield':
        if (scope.kind.endsWith('comprehension') || scope.kind === 'generator expression') {
          throw this.error(`'yield' inside ${scope.kind}`, node);
        }
        break;
      case 'NamedExpr': {
        this.visit(node.value, scope);
        // A walrus in a comprehension binds in the enclosing function or module.
        let target = scope;
        while (target.kind.endsWith('comprehension') || target.kind === 'generator expression') target = target.parent ?? target;
        target.add(node.target.id, BOUND);
        return;
      }
      case 'Assign':
        this.visit(node.value, scope);
        for (const target of node.targets) this.store(target, scope);
        return;
      case 'AugAssign':
        this.visit(node.value, scope);
        this.store(node.target, scope);
        return;
      case 'AnnAssign':
        this.visit(node.annotation, scope);
        if (node.value !== null) this.visit(node.value, scope);
        if (node.target.kind === 'Name') scope.add(node.target.id, BOUND | ANNOTATED);
        else this.store(node.target, scope);
        return;
      case 'For':
        this.visit(node.iter, scope);
        this.store(node.target, scope);
        visitAll([...node.body, ...node.orelse], this.visitChild, scope);
        return;
      case 'With':
        for (const item of node.items) {
          this.visit(item.contextExpr, scope);
          if (item.optionalVars !== null) this.store(item.optionalVars, scope);
        }
        visitAll(node.body, this.visitChild, scope);
        return;
      case 'Delete':
        for (const target of node.targets) this.store(target, scope);
        return;
      case 'Try':
        visitAll(node.body, this.visitChild, scope);
        for (const handler of node.handlers) {
          visitAll([handler.type], this.visitChild, scope);
          if (handler.name !== null) scope.add(handler.name, BOUND);
          visitAll(handler.body, this.visitChild, scope);
        }
        visitAll([...node.orelse, ...node.finalbody], this.visitChild, scope);
        return;
      case 'Import':
      case 'ImportFrom':
        for (const alias of node.names) {
          if (alias.name !== '*') scope.add(alias.asname ?? alias.name.split('.')[0], IMPORTED);
        }
        return;
      case 'Global':
      case 'Nonlocal':
        for (const name of node.names) this.declare(name, node, scope);
        return;
    }
    forEachChild(node, this.visitChild, scope);
  }

  /** `global x` / `nonlocal x`: only before any other use of x in the scope. */
  private declare(name: string, statement: Stmt & { kind: 'Global' | 'Nonlocal' }, scope: Scope): void {
    const word = statement.kind === 'Global' ? 'global' : 'nonlocal';
    const flags = scope.flags(name);
    if (flags & PARAMETER) throw this.error(`name '${name}' is parameter and ${word}`, statement);
    if (flags & USED) throw this.error(`name '${name}' is used prior to ${word} declaration`, statement);
    if (flags & ANNOTATED) throw this.error(`annotated name '${name}' can't be ${word}`, statement);
    if (flags & BOUND) throw this.error(`name '${name}' is assigned to before ${word} declaration`, statement);
    if (statement.kind === 'Global') {
      scope.add(name, GLOBAL);
    } else {
      scope.add(name, NONLOCAL);
      scope.nonlocals.push({ name, statement });
    }
  }

  /** A target: names in it are bound here; anything inside (a[i], obj.attr) is read. */
  private store(target: Expr, scope: Scope): void {
    switch (target.kind) {
      case 'Name':
        scope.add(target.id, BOUND);
        return;
      case 'Tuple':
      case 'List':
        for (const element of target.elts) this.store(element, scope);
        return;
      case 'Starred':
        this.store(target.value, scope);
        return;
      default:
        this.visit(target, scope);
    }
  }

  private function(args: Arguments, body: readonly AnyNode[], outer: Scope): void {
    const scope = new Scope('function', outer);
    for (const arg of allParameters(args)) {
      if (scope.flags(arg.arg) & PARAMETER) {
        throw this.error(`duplicate argument '${arg.arg}' in function definition`, arg);
      }
      scope.add(arg.arg, PARAMETER);
    }
    visitAll(body, this.visitChild, scope);
  }

  /** The first iterable is evaluated outside the comprehension; everything else inside it. */
  private comprehension(kind: ScopeKind, generators: readonly Comprehension[], results: Expr[], outer: Scope): void {
    this.visit(generators[0].iter, outer);
    const scope = new Scope(kind, outer);
    generators.forEach((g, i) => {
      if (i > 0) this.visit(g.iter, scope);
      this.store(g.target, scope);
      for (const condition of g.ifs) this.visit(condition, scope);
    });
    for (const result of results) this.visit(result, scope);
  }
}

function enclosingFunction(scope: Scope): Scope | null {
  let outer = scope.parent;
  while (outer !== null && outer.kind === 'class') outer = outer.parent;
  return outer !== null && outer.isFunctionLike ? outer : null;
}
