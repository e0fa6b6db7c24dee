// Visiting a node's direct children, for the checks that run over a finished tree.
import type { Arguments, Comprehension, Expr, Stmt } from '../ast.ts';

export type AnyNode = Expr | Stmt;

export type Visitor<C> = (child: AnyNode, context: C) => void;

/**
 * Calls `visit` on each child expression and statement of `node`, in the order Python evaluates them, passing
 * `context` along (so callers need not make a closure per node).
 */
export function forEachChild<C>(node: AnyNode, visit: Visitor<C>, context: C): void {
  // Written field by field, without building arrays or closures: this runs for every node of every program.
  switch (node.kind) {
    // expressions
    case 'Name':
    case 'Constant':
      return;
    case 'JoinedStr':
      return visitAll(node.values, visit, context);
    case 'FormattedValue':
      visitOne(node.value, visit, context);
      return visitOne(node.formatSpec, visit, context);
    case 'List':
    case 'Tuple':
    case 'Set':
      return visitAll(node.elts, visit, context);
    case 'Dict':
      for (let i = 0; i < node.keys.length; i++) {
        visitOne(node.keys[i], visit, context);
        visitOne(node.values[i], visit, context);
      }
      return;
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
      comprehensions(node.generators, visit, context);
      return visitOne(node.elt, visit, context);
    case 'DictComp':
      comprehensions(node.generators, visit, context);
      visitOne(node.key, visit, context);
      return visitOne(node.value, visit, context);
    case 'Attribute':
    case 'Starred':
    case 'Await':
      return visitOne(node.value, visit, context);
    case 'Subscript':
      visitOne(node.value, visit, context);
      return visitOne(node.slice, visit, context);
    case 'Slice':
      visitOne(node.lower, visit, context);
      visitOne(node.upper, visit, context);
      return visitOne(node.step, visit, context);
    case 'Call':
      visitOne(node.func, visit, context);
      visitAll(node.args, visit, context);
      for (const keyword of node.keywords) visitOne(keyword.value, visit, context);
      return;
    case 'UnaryOp':
      return visitOne(node.operand, visit, context);
    case 'BinOp':
      visitOne(node.left, visit, context);
      return visitOne(node.right, visit, context);
    case 'BoolOp':
      return visitAll(node.values, visit, context);
    case 'Compare':
      visitOne(node.left, visit, context);
      return visitAll(node.comparators, visit, context);
    case 'IfExp':
      visitOne(node.test, visit, context);
      visitOne(node.body, visit, context);
      return visitOne(node.orelse, visit, context);
    case 'Lambda':
      parameterDefaults(node.args, visit, context);
      return visitOne(node.body, visit, context);
    case 'NamedExpr':
      visitOne(node.value, visit, context);
      return visitOne(node.target, visit, context);
    case 'Yield':
      return visitOne(node.value, visit, context);
    // statements
    case 'Expr':
      return visitOne(node.value, visit, context);
    case 'Assign':
      visitOne(node.value, visit, context);
      return visitAll(node.targets, visit, context);
    case 'AugAssign':
      visitOne(node.value, visit, context);
      return visitOne(node.target, visit, context);
    case 'AnnAssign':
      visitOne(node.annotation, visit, context);
      visitOne(node.value, visit, context);
      return visitOne(node.target, visit, context);
    case 'If':
    case 'While':
      visitOne(node.test, visit, context);
      visitAll(node.body, visit, context);
      return visitAll(node.orelse, visit, context);
    case 'For':
      visitOne(node.iter, visit, context);
      visitOne(node.target, visit, context);
      visitAll(node.body, visit, context);
      return visitAll(node.orelse, visit, context);
    case 'Break':
    case 'Continue':
    case 'Pass':
    case 'Import':
    case 'ImportFrom':
    case 'Global':
    case 'Nonlocal':
      return;
    case 'Return':
      return visitOne(node.value, visit, context);
    case 'FunctionDef':
      visitAll(node.decorators, visit, context);
      parameterDefaults(node.args, visit, context);
      parameterAnnotations(node.args, visit, context);
      visitOne(node.returns, visit, context);
      return visitAll(node.body, visit, context);
    case 'ClassDef':
      visitAll(node.decorators, visit, context);
      visitAll(node.bases, visit, context);
      for (const keyword of node.keywords) visitOne(keyword.value, visit, context);
      return visitAll(node.body, visit, context);
    case 'Delete':
      return visitAll(node.targets, visit, context);
    case 'Assert':
      visitOne(node.test, visit, context);
      return visitOne(node.msg, visit, context);
    case 'Raise':
      visitOne(node.exc, visit, context);
      return visitOne(node.cause, visit, context);
    case 'Try':
      visitAll(node.body, visit, context);
      for (const handler of node.handlers) {
        visitOne(handler.type, visit, context);
        visitAll(handler.body, visit, context);
      }
      visitAll(node.orelse, visit, context);
      return visitAll(node.finalbody, visit, context);
    case 'With':
      for (const item of node.items) {
        visitOne(item.contextExpr, visit, context);
        visitOne(item.optionalVars, visit, context);
      }
      return visitAll(node.body, visit, context);
    case 'Match':
      return visitOne(node.subject, visit, context);
  }
}

export function visitOne<C>(child: AnyNode | null, visit: Visitor<C>, context: C): void {
  if (child !== null) visit(child, context);
}

export function visitAll<C>(nodes: readonly (AnyNode | null)[], visit: Visitor<C>, context: C): void {
  for (const n of nodes) if (n !== null) visit(n, context);
}

function comprehensions<C>(generators: readonly Comprehension[], visit: Visitor<C>, context: C): void {
  for (const g of generators) {
    visit(g.iter, context);
    visit(g.target, context);
    visitAll(g.ifs, visit, context);
  }
}

/** Default values, which are evaluated where the function is defined. */
export function parameterDefaults<C>(args: Arguments, visit: Visitor<C>, context: C): void {
  visitAll(args.defaults, visit, context);
  visitAll(args.kwDefaults, visit, context);
}

/** Parameter annotations, also evaluated where the function is defined. */
export function parameterAnnotations<C>(args: Arguments, visit: Visitor<C>, context: C): void {
  for (const arg of allParameters(args)) if (arg.annotation !== null) visit(arg.annotation, context);
}

/** Every parameter, in the order they are written. */
export function allParameters(args: Arguments): Arguments['args'] {
  return [
    ...args.posonlyargs,
    ...args.args,
    ...(args.vararg ? [args.vararg] : []),
    ...args.kwonlyargs,
    ...(args.kwarg ? [args.kwarg] : []),
  ];
}
