// Visiting a node's direct children, for the checks that run over a finished tree.
import type { Arguments, Comprehension, Expr, Stmt } from '../ast.ts';

export type AnyNode = Expr | Stmt;

export type Visitor<C> = (child: AnyNode, context: C) => void;

/**
 * Calls `visit` on each child expression and statement of `node`, in the order Python evaluates them, passing
 * `context` along (so callers need not make a closure per node).
 */
export function forEachChild<C>(node: AnyNode, visit: Visitor<C>, context: C): void {
  switch (node.kind) {
    // expressions
    case 'Name':
    case 'Constant':
      return;
    case 'JoinedStr':
      return visitAll(node.values, visit, context);
    case 'FormattedValue':
      return visitAll([node.value, node.formatSpec], visit, context);
    case 'List':
    case 'Tuple':
    case 'Set':
      return visitAll(node.elts, visit, context);
    case 'Dict':
      node.keys.forEach((key, i) => visitAll([key, node.values[i]], visit, context));
      return;
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
      comprehensions(node.generators, visit, context);
      return visit(node.elt, context);
    case 'DictComp':
      comprehensions(node.generators, visit, context);
      return visitAll([node.key, node.value], visit, context);
    case 'Attribute':
      return visit(node.value, context);
    case 'Subscript':
      return visitAll([node.value, node.slice], visit, context);
    case 'Slice':
      return visitAll([node.lower, node.upper, node.step], visit, context);
    case 'Starred':
    case 'Await':
      return visit(node.value, context);
    case 'Call':
      visitAll([node.func, ...node.args], visit, context);
      return visitAll(node.keywords.map((k) => k.value), visit, context);
    case 'UnaryOp':
      return visit(node.operand, context);
    case 'BinOp':
      return visitAll([node.left, node.right], visit, context);
    case 'BoolOp':
      return visitAll(node.values, visit, context);
    case 'Compare':
      return visitAll([node.left, ...node.comparators], visit, context);
    case 'IfExp':
      return visitAll([node.test, node.body, node.orelse], visit, context);
    case 'Lambda':
      parameterDefaults(node.args, visit, context);
      return visit(node.body, context);
    case 'NamedExpr':
      return visitAll([node.value, node.target], visit, context);
    case 'Yield':
      return visitAll([node.value], visit, context);
    // statements
    case 'Expr':
      return visit(node.value, context);
    case 'Assign':
      return visitAll([node.value, ...node.targets], visit, context);
    case 'AugAssign':
      return visitAll([node.value, node.target], visit, context);
    case 'AnnAssign':
      return visitAll([node.annotation, node.value, node.target], visit, context);
    case 'If':
    case 'While':
      return visitAll([node.test, ...node.body, ...node.orelse], visit, context);
    case 'For':
      return visitAll([node.iter, node.target, ...node.body, ...node.orelse], visit, context);
    case 'Break':
    case 'Continue':
    case 'Pass':
    case 'Import':
    case 'ImportFrom':
    case 'Global':
    case 'Nonlocal':
      return;
    case 'Return':
      return visitAll([node.value], visit, context);
    case 'FunctionDef':
      visitAll(node.decorators, visit, context);
      parameterDefaults(node.args, visit, context);
      parameterAnnotations(node.args, visit, context);
      return visitAll([node.returns, ...node.body], visit, context);
    case 'ClassDef':
      visitAll([...node.decorators, ...node.bases], visit, context);
      visitAll(node.keywords.map((k) => k.value), visit, context);
      return visitAll(node.body, visit, context);
    case 'Delete':
      return visitAll(node.targets, visit, context);
    case 'Assert':
      return visitAll([node.test, node.msg], visit, context);
    case 'Raise':
      return visitAll([node.exc, node.cause], visit, context);
    case 'Try':
      visitAll(node.body, visit, context);
      for (const handler of node.handlers) visitAll([handler.type, ...handler.body], visit, context);
      return visitAll([...node.orelse, ...node.finalbody], visit, context);
    case 'With':
      for (const item of node.items) visitAll([item.contextExpr, item.optionalVars], visit, context);
      return visitAll(node.body, visit, context);
    case 'Match':
      return visit(node.subject, context);
  }
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
