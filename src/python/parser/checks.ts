// The syntax errors CPython raises after parsing, while building its symbol table and compiling: code in the wrong
// place ('return' outside function, 'break' outside loop, 'await' outside async function) and starred expressions
// where no unpacking happens. Errors come in the order CPython finds them: symbol table first, then compiler.
import type { Expr, Keyword, Module } from '../ast.ts';
import type { PySyntaxError, SourceFile, Span } from './errors.ts';
import { checkScopes } from './scopes.ts';
import { forEachChild, parameterDefaults, visitAll, type AnyNode } from './walk.ts';

export function checkModule(module: Module, file: SourceFile): void {
  checkScopes(module.body, file);
  const compiler = new PlacementChecker(file);
  visitAll(module.body, compiler.visitChild, MODULE);
}

interface Place {
  /** Inside a def or lambda (CPython's FunctionBlock), where return and yield make sense. */
  inFunction: boolean;
  inAsyncFunction: boolean;
  inLoop: boolean;
}

const MODULE: Place = { inFunction: false, inAsyncFunction: false, inLoop: false };

class PlacementChecker {
  constructor(private readonly file: SourceFile) {}

  readonly visitChild = (child: AnyNode, place: Place): void => this.visit(child, place);

  private error(msg: string, span: Span): PySyntaxError {
    return this.file.error('SyntaxError', msg, span);
  }

  visit(node: AnyNode, place: Place): void {
    switch (node.kind) {
      case 'Return':
        if (!place.inFunction) throw this.error("'return' outside function", node);
        break;
      case 'Break':
        if (!place.inLoop) throw this.error("'break' outside loop", node);
        return;
      case 'Continue':
        if (!place.inLoop) throw this.error("'continue' not properly in loop", node);
        return;
      case 'For':
        if (node.isAsync && !place.inAsyncFunction) throw this.error("'async for' outside async function", node);
        this.visit(node.iter, place);
        this.target(node.target, place);
        visitAll(node.body, this.visitChild, { ...place, inLoop: true });
        visitAll(node.orelse, this.visitChild, place);
        return;
      case 'While':
        this.visit(node.test, place);
        visitAll(node.body, this.visitChild, { ...place, inLoop: true });
        visitAll(node.orelse, this.visitChild, place);
        return;
      case 'With':
        if (node.isAsync && !place.inAsyncFunction) throw this.error("'async with' outside async function", node);
        for (const item of node.items) {
          this.visit(item.contextExpr, place);
          if (item.optionalVars !== null) this.target(item.optionalVars, place);
        }
        visitAll(node.body, this.visitChild, place);
        return;
      case 'Assign':
        this.visit(node.value, place);
        for (const target of node.targets) this.target(target, place);
        return;
      case 'FunctionDef': {
        visitAll(node.decorators, this.visitChild, place);
        parameterDefaults(node.args, this.visitChild, place);
        if (node.returns !== null) this.visit(node.returns, place);
        visitAll(node.body, this.visitChild, { inFunction: true, inAsyncFunction: node.isAsync, inLoop: false });
        return;
      }
      case 'Lambda':
        parameterDefaults(node.args, this.visitChild, place);
        this.visit(node.body, { inFunction: true, inAsyncFunction: false, inLoop: false });
        return;
      case 'ClassDef':
        visitAll([...node.decorators, ...node.bases], this.visitChild, place);
        this.keywords(node.keywords, place);
        visitAll(node.body, this.visitChild, MODULE);
        return;
      case 'Call':
        this.visit(node.func, place);
        this.elements(node.args, place);
        this.keywords(node.keywords, place);
        return;
      case 'List':
      case 'Tuple':
      case 'Set':
        this.elements(node.elts, place);
        return;
      case 'Starred':
        throw this.error("can't use starred expression here", node);
      case 'Yield':
        if (!place.inFunction) throw this.error("'yield' outside function", node);
        if (node.isFrom && place.inAsyncFunction) throw this.error("'yield from' inside async function", node);
        break;
      case 'Await':
        if (!place.inFunction) throw this.error("'await' outside function", node);
        if (!place.inAsyncFunction) throw this.error("'await' outside async function", node);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
        if (node.generators.some((g) => g.isAsync) && !place.inAsyncFunction) {
          throw this.error('asynchronous comprehension outside of an asynchronous function', node);
        }
        this.comprehension(node, place);
        return;
      case 'GeneratorExp':
        this.comprehension(node, place);
        return;
    }
    forEachChild(node, this.visitChild, place);
  }

  /** Comprehension targets are assignments; the rest are ordinary expressions. */
  private comprehension(node: Expr & { kind: 'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp' }, place: Place): void {
    for (const g of node.generators) {
      this.visit(g.iter, place);
      this.target(g.target, place);
      for (const condition of g.ifs) this.visit(condition, place);
    }
    const results = node.kind === 'DictComp' ? [node.key, node.value] : [node.elt];
    for (const result of results) this.visit(result, place);
  }

  /** Where `*x` unpacks into its container: elements of a display or call arguments. */
  private elements(elements: readonly Expr[], place: Place): void {
    for (const element of elements) this.visit(element.kind === 'Starred' ? element.value : element, place);
  }

  private keywords(keywords: readonly Keyword[], place: Place): void {
    const seen = new Set<string>();
    for (const keyword of keywords) {
      if (keyword.arg !== null) {
        if (seen.has(keyword.arg)) throw this.error(`keyword argument repeated: ${keyword.arg}`, keyword);
        seen.add(keyword.arg);
      }
      this.visit(keyword.value, place);
    }
  }

  /** Assignment targets: at most one `*rest`, and only inside a tuple or list. */
  private target(target: Expr, place: Place): void {
    switch (target.kind) {
      case 'Starred':
        throw this.error('starred assignment target must be in a list or tuple', target);
      case 'Tuple':
      case 'List':
        if (target.elts.filter((e) => e.kind === 'Starred').length > 1) {
          throw this.error('multiple starred expressions in assignment', target);
        }
        for (const element of target.elts) this.target(element.kind === 'Starred' ? element.value : element, place);
        return;
      case 'Name':
        return;
      default:
        this.visit(target, place);
    }
  }
}
