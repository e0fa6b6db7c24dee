// Parameter lists of `def` and `lambda`: `(a, b=1, /, c=2, *args, d, e=3, **kw)`, with CPython's messages for
// the orderings it rejects.
import type { Arg, Arguments, Expr } from '../ast.ts';
import { posOf, TokenCursor } from './cursor.ts';
import type { Token } from './tokens.ts';

export abstract class ParameterParser extends TokenCursor {
  protected abstract expression(): Expr;
  protected abstract starExpression(): Expr;

  /**
   * Parameters up to (not including) `closer`: ')' for def, ':' for lambda, whose parameters take no annotations.
   * CPython words these errors "argument" in 3.11 ("non-default argument follows default argument").
   */
  protected parameters(closer: ')' | ':'): Arguments {
    const isDef = closer === ')';
    const result: Arguments = {
      posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kwDefaults: [], kwarg: null, defaults: [],
    };
    let star: Token | null = null;
    let slash = false;
    let afterDefault = false;
    while (!this.isOp(closer)) {
      const token = this.peek();
      if (result.kwarg !== null) throw this.error('arguments cannot follow var-keyword argument', token);
      if (this.isOp('/')) {
        if (star !== null) throw this.error('/ must be ahead of *', token);
        if (slash) throw this.error('/ may appear only once', token);
        if (result.args.length === 0) throw this.error('at least one argument must precede /', token);
        this.next();
        result.posonlyargs = result.args;
        result.args = [];
        slash = true;
      } else if (this.isOp('*')) {
        if (star !== null) throw this.error('* argument may appear only once', token);
        star = this.next();
        if (this.isKind('NAME')) {
          result.vararg = this.parameter(isDef, true);
          if (this.isOp('=')) throw this.error('var-positional argument cannot have default value', this.peek());
        } else if (this.isOp(closer) || (this.isOp(',') && (this.isOp(closer, 1) || this.isOp('**', 1)))) {
          throw isDef ? this.error('named arguments must follow bare *', star) : this.errorHere('named arguments must follow bare *');
        }
      } else if (this.isOp('**')) {
        this.next();
        result.kwarg = this.parameter(isDef, false);
        if (this.isOp('=')) throw this.error('var-keyword argument cannot have default value', this.peek());
      } else {
        const arg = this.parameter(isDef, false);
        const value = this.eatOp('=') ? this.expression() : null;
        if (star !== null) {
          result.kwonlyargs.push(arg);
          result.kwDefaults.push(value);
        } else if (value !== null) {
          result.args.push(arg);
          result.defaults.push(value);
          afterDefault = true;
        } else {
          if (afterDefault) throw this.error('non-default argument follows default argument', arg);
          result.args.push(arg);
        }
      }
      if (!this.eatOp(',')) break;
    }
    if (!this.isOp(closer)) throw this.invalidSyntax();
    return result;
  }

  /** One name with its annotation; `*args: *Ts` may annotate with a starred expression. */
  private parameter(annotated: boolean, starAnnotation: boolean): Arg {
    const name = this.expectName();
    let annotation: Expr | null = null;
    if (annotated && this.eatOp(':')) annotation = starAnnotation ? this.starExpression() : this.expression();
    return { arg: name.value, annotation, ...posOf(name, this.previous()) };
  }
}
