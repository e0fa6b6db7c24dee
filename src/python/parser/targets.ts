// What may be assigned to or deleted, and how CPython names what may not ("cannot assign to function call").
import type { Expr } from '../ast.ts';

/** 'assign': `=`, `with ... as`, ...; 'for': loop and comprehension targets; 'del': `del` targets. */
export type TargetContext = 'assign' | 'for' | 'del';

/**
 * The first part of `target` that cannot be a target, or null if it is valid (CPython's
 * _PyPegen_get_invalid_target). Only lists and tuples are searched: they are the only containers of targets.
 */
export function invalidTarget(target: Expr, context: TargetContext): Expr | null {
  switch (target.kind) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      return null;
    case 'List':
    case 'Tuple':
      for (const element of target.elts) {
        const bad = invalidTarget(element, context);
        if (bad !== null) return bad;
      }
      return null;
    case 'Starred':
      return context === 'del' ? target : invalidTarget(target.value, context);
    case 'Compare':
      // `for x in y` read as an expression is the comparison `x in y`; its left side is the real target.
      if (context === 'for') return target.ops[0] === 'In' ? invalidTarget(target.left, context) : null;
      return target;
    default:
      return target;
  }
}

export function targetError(bad: Expr, context: TargetContext): string {
  return `cannot ${context === 'del' ? 'delete' : 'assign to'} ${describe(bad)}`;
}

/** How CPython's messages name a kind of expression (_PyPegen_get_expr_name). */
export function describe(e: Expr): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr':
    case 'FormattedValue': return 'f-string expression';
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
    case 'Constant':
      switch (e.value.type) {
        case 'None': return 'None';
        case 'bool': return e.value.value ? 'True' : 'False';
        case 'Ellipsis': return 'ellipsis';
        default: return 'literal';
      }
  }
}
