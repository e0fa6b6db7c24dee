// Expressions by precedence climbing, one method per level of Python's grammar (lowest first):
// lambda < if-else < or < and < not < comparisons < | < ^ < & < shifts < + - < * / // % @ < unary + - ~ < ** <
// await < primary (calls, subscripts, attributes) < atoms.
// Also where CPython's "invalid_*" grammar rules give a better message than "invalid syntax", the same checks are
// made at the point this parser finds the problem.
import type {
  BinaryOperator, Call, CompareOperator, Comprehension, Expr, Keyword, NamedExpr, Starred, UnaryOperator, Yield,
} from '../ast.ts';
import { posOf } from './cursor.ts';
import type { Span } from './errors.ts';
import { concatenateLiterals } from './literals.ts';
import { numberValue } from './numbers.ts';
import { ParameterParser } from './parameters.ts';
import { describe, invalidTarget, targetError, type TargetContext } from './targets.ts';
import { tokenize } from './tokenizer.ts';
import { SOFT_KEYWORDS, type Token } from './tokens.ts';

/** Binary operators by precedence, loosest first; all are left-associative (** is handled apart, in power). */
const BINARY_LEVELS: readonly Readonly<Record<string, BinaryOperator>>[] = [
  { '|': 'BitOr' },
  { '^': 'BitXor' },
  { '&': 'BitAnd' },
  { '<<': 'LShift', '>>': 'RShift' },
  { '+': 'Add', '-': 'Sub' },
  { '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult' },
];

const BINARY = new Map<string, { level: number; op: BinaryOperator }>(
  BINARY_LEVELS.flatMap((operators, level) => Object.entries(operators).map(([token, op]) => [token, { level, op }])),
);

const COMPARISONS: Readonly<Record<string, CompareOperator>> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE',
};

const UNARY: Readonly<Record<string, UnaryOperator>> = { '+': 'UAdd', '-': 'USub', '~': 'Invert' };

const EXPRESSION_KEYWORDS = new Set(['None', 'True', 'False', 'not', 'lambda', 'await']);
const EXPRESSION_OPS = new Set(['(', '[', '{', '-', '+', '~', '...']);

/** Whether `token` can begin an expression (CPython's `expression` rule, not counting `*` or `yield`). */
export function startsExpression(token: Token): boolean {
  switch (token.kind) {
    case 'NAME':
    case 'NUMBER':
    case 'STRING':
      return true;
    case 'KEYWORD':
      return EXPRESSION_KEYWORDS.has(token.value);
    case 'OP':
      return EXPRESSION_OPS.has(token.value);
    default:
      return false;
  }
}

export class ExpressionParser extends ParameterParser {
  /** True while parsing what CPython calls `expression_without_invalid`: a plain parse, no diagnoses. */
  private plain = false;

  // ---------- tuples and starred expressions ----------

  /** `a, *b, c` as in an expression statement or a return value: a Tuple when there is a comma. */
  protected starExpressions(): Expr {
    const start = this.peek();
    const first = this.starExpression();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (!this.startsStarExpression()) break;
      elts.push(this.starExpression());
    }
    return { kind: 'Tuple', elts, ...this.since(start) };
  }

  protected starExpression(): Expr {
    if (this.isOp('*')) return this.starred(() => this.bitwiseOr());
    return this.expression();
  }

  /** An element of a list, set or tuple display. */
  protected starNamedExpression(): Expr {
    if (this.isOp('*')) return this.starred(() => this.bitwiseOr());
    return this.namedExpression();
  }

  private starred(operand: () => Expr): Starred {
    const star = this.next();
    const value = operand();
    return { kind: 'Starred', value, ...this.since(star) };
  }

  protected startsStarExpression(): boolean {
    return this.isOp('*') || startsExpression(this.peek());
  }

  // ---------- named expressions, conditionals, lambda ----------

  /** Where a walrus may stand unparenthesized: conditions, display elements, subscripts. */
  protected namedExpression(): Expr {
    if (this.isKind('NAME') && this.isOp(':=', 1)) return this.walrus();
    const start = this.pos;
    const e = this.expression();
    if (!this.plain) {
      if (this.isOp(':=')) throw this.error(`cannot use assignment expressions with ${describe(e)}`, e);
      if (this.isOp('=')) this.diagnoseAssignmentInExpression(start, e);
    }
    return e;
  }

  private walrus(): NamedExpr {
    const name = this.next();
    this.next();
    const value = this.expression();
    return { kind: 'NamedExpr', target: { kind: 'Name', id: name.value, ...posOf(name, name) }, value, ...this.since(name) };
  }

  protected expression(): Expr {
    if (this.isKeyword('lambda')) return this.lambda();
    const start = this.pos;
    const first = this.peek();
    const body = this.disjunction();
    if (this.isKeyword('if')) {
      this.next();
      const test = this.disjunction();
      if (!this.isKeyword('else')) {
        if (!this.plain && !this.isOp(':')) throw this.error("expected 'else' after 'if' expression", posOf(body, test));
        throw this.invalidSyntax();
      }
      this.next();
      const orelse = this.expression();
      return { kind: 'IfExp', test, body, orelse, ...this.since(first) };
    }
    if (!this.plain && startsExpression(this.peek())) this.diagnoseJuxtaposed(start, body);
    return body;
  }

  private lambda(): Expr {
    const keyword = this.next();
    const args = this.parameters(':');
    this.expectOp(':');
    const body = this.expression();
    return { kind: 'Lambda', args, body, ...this.since(keyword) };
  }

  protected yieldExpression(): Yield {
    const keyword = this.next();
    if (this.eatKeyword('from')) {
      const value = this.expression();
      return { kind: 'Yield', value, isFrom: true, ...this.since(keyword) };
    }
    const value = this.startsStarExpression() ? this.starExpressions() : null;
    return { kind: 'Yield', value, isFrom: false, ...this.since(keyword) };
  }

  // ---------- boolean operators and comparisons ----------

  protected disjunction(): Expr {
    return this.boolOp('Or');
  }

  /** `a or b or c`, whose operands are `and` chains, or `a and b and c`, whose operands are `not` expressions. */
  private boolOp(op: 'And' | 'Or'): Expr {
    const keyword = op === 'Or' ? 'or' : 'and';
    const start = this.peek();
    const first = this.boolOperand(op);
    if (!this.isKeyword(keyword)) return first;
    const values = [first];
    while (this.eatKeyword(keyword)) values.push(this.boolOperand(op));
    return { kind: 'BoolOp', op, values, ...this.since(start) };
  }

  private boolOperand(op: 'And' | 'Or'): Expr {
    return op === 'Or' ? this.boolOp('And') : this.inversion();
  }

  private inversion(): Expr {
    if (this.isKeyword('not')) {
      const keyword = this.next();
      const operand = this.inversion();
      return { kind: 'UnaryOp', op: 'Not', operand, ...this.since(keyword) };
    }
    return this.comparison();
  }

  private comparison(): Expr {
    const start = this.peek();
    const left = this.bitwiseOr();
    const ops: CompareOperator[] = [];
    const comparators: Expr[] = [];
    for (;;) {
      const op = this.comparisonOperator();
      if (op === null) break;
      ops.push(op);
      comparators.push(this.bitwiseOr());
    }
    if (ops.length === 0) return left;
    return { kind: 'Compare', left, ops, comparators, ...this.since(start) };
  }

  /** Consumes a comparison operator (one or two tokens: `not in`, `is not`) and names it. */
  private comparisonOperator(): CompareOperator | null {
    const token = this.peek();
    if (token.kind === 'OP' && token.value in COMPARISONS) {
      this.next();
      return COMPARISONS[token.value];
    }
    if (token.kind !== 'KEYWORD') return null;
    if (token.value === 'in') {
      this.next();
      return 'In';
    }
    if (token.value === 'is') {
      this.next();
      return this.eatKeyword('not') ? 'IsNot' : 'Is';
    }
    if (token.value === 'not' && this.isKeyword('in', 1)) {
      this.next();
      this.next();
      return 'NotIn';
    }
    return null;
  }

  // ---------- arithmetic ----------

  /** All the binary operators from | down to * / // % @. */
  protected bitwiseOr(): Expr {
    return this.binary(0);
  }

  /**
   * Precedence climbing: an operand, then any operators of level `minLevel` or tighter, each taking as its right
   * side everything that binds tighter than itself.
   */
  private binary(minLevel: number): Expr {
    const start = this.peek();
    let left = this.factor();
    for (;;) {
      const token = this.peek();
      const operator = token.kind === 'OP' ? BINARY.get(token.value) : undefined;
      if (operator === undefined || operator.level < minLevel) return left;
      this.next();
      const right = this.binary(operator.level + 1);
      left = { kind: 'BinOp', left, op: operator.op, right, ...this.since(start) };
    }
  }

  private factor(): Expr {
    const token = this.peek();
    if (token.kind === 'OP' && token.value in UNARY) {
      this.next();
      const operand = this.factor();
      return { kind: 'UnaryOp', op: UNARY[token.value], operand, ...this.since(token) };
    }
    return this.power();
  }

  /** `**` binds tighter than a unary operator on its left (-2**2 == -4) and is right-associative via factor. */
  private power(): Expr {
    const start = this.peek();
    const base = this.awaitPrimary();
    if (!this.eatOp('**')) return base;
    const exponent = this.factor();
    return { kind: 'BinOp', left: base, op: 'Pow', right: exponent, ...this.since(start) };
  }

  private awaitPrimary(): Expr {
    if (!this.isKeyword('await')) return this.primary();
    const keyword = this.next();
    const value = this.primary();
    return { kind: 'Await', value, ...this.since(keyword) };
  }

  // ---------- primaries ----------

  private primary(): Expr {
    const start = this.peek();
    let e = this.atom();
    for (;;) {
      if (this.isOp('.')) {
        this.next();
        const name = this.expectName();
        e = { kind: 'Attribute', value: e, attr: name.value, ...this.since(start) };
      } else if (this.isOp('(')) {
        e = this.call(e, start);
      } else if (this.isOp('[')) {
        this.next();
        const slice = this.slices();
        const close = this.expectOp(']');
        e = { kind: 'Subscript', value: e, slice, ...posOf(start, close) };
      } else {
        return e;
      }
    }
  }

  /** Call arguments: positional, `*args`, `name=value`, `**kwargs`, or one bare generator expression. */
  protected call(func: Expr, start: Token): Call {
    const open = this.next();
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    let misplacedPositional: string | null = null;
    let sawDoubleStar = false;
    const firstArgument = this.pos;
    while (!this.isOp(')')) {
      const token = this.peek();
      if (token.kind === 'OP' && token.value === '*') {
        if (sawDoubleStar) {
          // CPython points at all the arguments before this one.
          const before = posOf(this.tokens[firstArgument], this.tokens[this.pos - 2]);
          throw this.error('iterable argument unpacking follows keyword argument unpacking', before);
        }
        args.push(this.starred(() => this.expression()));
      } else if (token.kind === 'OP' && token.value === '**') {
        this.next();
        const value = this.expression();
        keywords.push({ arg: null, value, ...this.since(token) });
        sawDoubleStar = true;
      } else if ((token.kind === 'NAME' || token.kind === 'KEYWORD') && this.isOp('=', 1)) {
        if (token.kind === 'KEYWORD') {
          if (token.value === 'True' || token.value === 'False' || token.value === 'None') {
            throw this.error(`cannot assign to ${token.value}`, posOf(token, this.peek(1)));
          }
          throw this.invalidSyntax();
        }
        this.next();
        this.next();
        const value = this.expression();
        keywords.push({ arg: token.value, value, ...this.since(token) });
      } else {
        const e = this.isKind('NAME') && this.isOp(':=', 1) ? this.walrus() : this.expression();
        if (this.isCompFor()) {
          const generators = this.comprehensionClauses();
          if (args.length > 0 || keywords.length > 0 || !this.isOp(')')) {
            // CPython reads on over the arguments after it first, which can run into an unclosed bracket's end.
            if (this.isOp(',')) this.diagnose(this.pos + 1, () => this.expression() && this.peek());
            throw this.error('Generator expression must be parenthesized', posOf(e, lastComprehensionItem(generators)));
          }
          const close = this.next();
          const generator: Expr = { kind: 'GeneratorExp', elt: e, generators, ...posOf(open, close) };
          return { kind: 'Call', func, args: [generator], keywords: [], ...posOf(start, close) };
        }
        if (this.isOp('=')) {
          throw this.error('expression cannot contain assignment, perhaps you meant "=="?', posOf(e, this.peek()));
        }
        if (keywords.length > 0 && misplacedPositional === null) {
          misplacedPositional = sawDoubleStar
            ? 'positional argument follows keyword argument unpacking'
            : 'positional argument follows keyword argument';
        }
        args.push(e);
      }
      if (!this.eatOp(',')) break;
    }
    if (!this.isOp(')')) throw this.invalidSyntax();
    // CPython finds this once the whole argument list has been read, and reports it at the token after it.
    if (misplacedPositional !== null) throw this.errorHere(misplacedPositional);
    const close = this.next();
    return { kind: 'Call', func, args, keywords, ...posOf(start, close) };
  }

  /** The inside of `a[...]`: one index or slice, or a tuple of them (`a[1:2, ::3, None, ...]`). */
  private slices(): Expr {
    const start = this.peek();
    const first = this.slice();
    // A lone `*b` is still a tuple: a[*b] is a[(*b,)].
    if (!this.isOp(',') && first.kind !== 'Starred') return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(']')) break;
      elts.push(this.slice());
    }
    return { kind: 'Tuple', elts, ...this.since(start) };
  }

  private slice(): Expr {
    if (this.isOp('*')) return this.starred(() => this.expression());
    const start = this.peek();
    let lower: Expr | null = null;
    if (!this.isOp(':')) {
      lower = this.namedExpression();
      if (!this.isOp(':')) return lower;
    }
    this.next();
    const upper = startsExpression(this.peek()) ? this.expression() : null;
    let step: Expr | null = null;
    if (this.eatOp(':') && startsExpression(this.peek())) step = this.expression();
    return { kind: 'Slice', lower, upper, step, ...this.since(start) };
  }

  // ---------- atoms ----------

  protected atom(): Expr {
    const token = this.peek();
    switch (token.kind) {
      case 'NAME':
        this.next();
        return { kind: 'Name', id: token.value, ...posOf(token, token) };
      case 'NUMBER':
        this.next();
        return { kind: 'Constant', value: numberValue(token.value), ...posOf(token, token) };
      case 'STRING':
        return this.strings();
      case 'KEYWORD':
        if (token.value === 'True' || token.value === 'False') {
          this.next();
          return { kind: 'Constant', value: { type: 'bool', value: token.value === 'True' }, ...posOf(token, token) };
        }
        if (token.value === 'None') {
          this.next();
          return { kind: 'Constant', value: { type: 'None' }, ...posOf(token, token) };
        }
        break;
      case 'OP':
        if (token.value === '(') return this.parenthesized();
        if (token.value === '[') return this.list();
        if (token.value === '{') return this.braces();
        if (token.value === '...') {
          this.next();
          return { kind: 'Constant', value: { type: 'Ellipsis' }, ...posOf(token, token) };
        }
        break;
    }
    throw this.invalidSyntax();
  }

  /** `()`, `(x)`, `(x,)`, `(yield)`, `(x for x in y)`. */
  private parenthesized(): Expr {
    const open = this.next();
    if (this.isOp(')')) {
      const close = this.next();
      return { kind: 'Tuple', elts: [], ...posOf(open, close) };
    }
    if (this.isKeyword('yield')) {
      const value = this.yieldExpression();
      this.expectOp(')');
      return value;
    }
    const first = this.starNamedExpression();
    if (this.isCompFor()) {
      this.checkComprehensionElement(first);
      const generators = this.comprehensionClauses();
      const close = this.expectOp(')');
      return { kind: 'GeneratorExp', elt: first, generators, ...posOf(open, close) };
    }
    if (this.isOp(')')) {
      this.next();
      if (first.kind === 'Starred') throw this.error('cannot use starred expression here', first);
      return first;
    }
    if (!this.isOp(',')) throw this.invalidSyntax();
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(')')) break;
      elts.push(this.starNamedExpression());
    }
    const close = this.expectOp(')');
    return { kind: 'Tuple', elts, ...posOf(open, close) };
  }

  /** `[a, b]` or `[x for x in y]`. */
  private list(): Expr {
    const open = this.next();
    if (this.isOp(']')) {
      const close = this.next();
      return { kind: 'List', elts: [], ...posOf(open, close) };
    }
    const first = this.starNamedExpression();
    if (this.isCompFor()) {
      this.checkComprehensionElement(first);
      const generators = this.comprehensionClauses();
      const close = this.expectOp(']');
      return { kind: 'ListComp', elt: first, generators, ...posOf(open, close) };
    }
    const elts = this.displayElements(first, ']');
    const close = this.expectOp(']');
    return { kind: 'List', elts, ...posOf(open, close) };
  }

  /** `{}`, `{k: v, **m}`, `{k: v for ...}`, `{a, *b}`, `{x for ...}`. */
  private braces(): Expr {
    const open = this.next();
    if (this.isOp('}')) {
      const close = this.next();
      return { kind: 'Dict', keys: [], values: [], ...posOf(open, close) };
    }
    if (this.isOp('**')) return this.dict(open, null);
    let first: Expr;
    if (this.isOp('*') || (this.isKind('NAME') && this.isOp(':=', 1))) {
      first = this.starNamedExpression();
    } else {
      const start = this.pos;
      first = this.expression();
      if (this.isOp(':')) return this.dict(open, first);
      if (this.isOp(':=')) throw this.error(`cannot use assignment expressions with ${describe(first)}`, first);
      if (this.isOp('=')) this.diagnoseAssignmentInExpression(start, first);
    }
    if (this.isCompFor()) {
      this.checkComprehensionElement(first);
      const generators = this.comprehensionClauses();
      const close = this.expectOp('}');
      return { kind: 'SetComp', elt: first, generators, ...posOf(open, close) };
    }
    const elts = this.displayElements(first, '}');
    const close = this.expectOp('}');
    return { kind: 'Set', elts, ...posOf(open, close) };
  }

  /** The rest of a list or set display after its first element. */
  private displayElements(first: Expr, closer: string): Expr[] {
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(closer)) break;
      if (this.isCompFor()) {
        throw this.error('did you forget parentheses around the comprehension target?', posOf(first, this.previous()));
      }
      elts.push(this.starNamedExpression());
    }
    if (this.isCompFor() && elts.length > 1) {
      throw this.error('did you forget parentheses around the comprehension target?', posOf(first, elts[elts.length - 1]));
    }
    return elts;
  }

  /** A dict display from its first entry: `firstKey` already parsed and ':' next, or null with '**' next. */
  private dict(open: Token, firstKey: Expr | null): Expr {
    const keys: (Expr | null)[] = [];
    const values: Expr[] = [];
    let key = firstKey;
    for (;;) {
      if (key === null && this.isOp('**')) {
        const star = this.next();
        const value = this.bitwiseOr();
        if (keys.length === 0 && this.isCompFor()) {
          throw this.error('dict unpacking cannot be used in dict comprehension', star);
        }
        keys.push(null);
        values.push(value);
      } else {
        key ??= this.expression();
        if (!this.isOp(':')) {
          // The column is the key's last character, as CPython reports it.
          throw this.error("':' expected after dictionary key", {
            line: key.line, col: key.endCol - 1, endLine: key.endLine, endCol: key.endCol - 1,
          });
        }
        const colon = this.next();
        if (this.isOp('}') || this.isOp(',')) throw this.error("expression expected after dictionary key and ':'", colon);
        const value = this.expression();
        if (keys.length === 0 && this.isCompFor()) {
          const generators = this.comprehensionClauses();
          const close = this.expectOp('}');
          return { kind: 'DictComp', key, value, generators, ...posOf(open, close) };
        }
        keys.push(key);
        values.push(value);
      }
      key = null;
      if (!this.eatOp(',') || this.isOp('}')) break;
    }
    const close = this.expectOp('}');
    return { kind: 'Dict', keys, values, ...posOf(open, close) };
  }

  // ---------- comprehensions and targets ----------

  protected isCompFor(): boolean {
    return this.isKeyword('for') || (this.isKeyword('async') && this.isKeyword('for', 1));
  }

  private checkComprehensionElement(elt: Expr): void {
    if (elt.kind === 'Starred') throw this.error('iterable unpacking cannot be used in comprehension', elt);
  }

  private comprehensionClauses(): Comprehension[] {
    const generators: Comprehension[] = [];
    while (this.isCompFor()) {
      const isAsync = this.eatKeyword('async') !== null;
      this.next();
      const target = this.forTarget();
      this.next();
      const iter = this.disjunction();
      const ifs: Expr[] = [];
      while (this.eatKeyword('if')) ifs.push(this.disjunction());
      generators.push({ target, iter, ifs, isAsync });
    }
    return generators;
  }

  /** The target of a `for` loop or comprehension, up to and checked at its `in`, which is left next. */
  protected forTarget(): Expr {
    const start = this.pos;
    const target = this.targetList();
    if (!this.isKeyword('in')) {
      // CPython's invalid_for_target reads the target as an expression to say what is wrong with it (`for a b`
      // is a missing comma, `for f() y` a bad target); when that finds nothing, the plain error stands.
      const failure = this.invalidSyntax();
      this.diagnose(start, () => this.checkTarget(this.starExpressions(), 'for'));
      throw failure;
    }
    this.checkTarget(target, 'for');
    return target;
  }

  /** `a`, `a.b, c[0]`, `*rest`: comma-separated targets, a Tuple when there is a comma. */
  protected targetList(): Expr {
    const start = this.peek();
    const first = this.target();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (!this.startsStarExpression()) break;
      elts.push(this.target());
    }
    return { kind: 'Tuple', elts, ...this.since(start) };
  }

  private target(): Expr {
    if (this.isOp('*')) return this.starred(() => this.bitwiseOr());
    return this.bitwiseOr();
  }

  protected checkTarget(target: Expr, context: TargetContext): void {
    const bad = invalidTarget(target, context);
    if (bad !== null) throw this.error(targetError(bad, context), bad);
  }

  // ---------- strings ----------

  private strings(): Expr {
    const tokens: Token[] = [];
    while (this.isKind('STRING')) tokens.push(this.next());
    return concatenateLiterals(tokens, {
      // Problems inside literals are reported at the token after them, as CPython 3.11 does.
      fail: (message) => this.errorHere(message),
      parseField: (text, origin) => this.field(text, origin),
    });
  }

  /** An f-string replacement field's expression, parsed by a parser of its own over the field's text. */
  private field(text: string, origin: { line: number; col: number }): Expr {
    const stream = tokenize(this.file, { text, origin, mode: 'expression' });
    const parser = new ExpressionParser(this.file, stream);
    return parser.parseAll(() => {
      const value = parser.atom();
      if (!parser.isKind('ENDMARKER')) throw parser.invalidSyntax();
      return value;
    }, 'f-string: ');
  }

  // ---------- diagnoses (CPython's invalid_* rules) ----------

  private plainly<T>(parse: () => T): T {
    const saved = this.plain;
    this.plain = true;
    try {
      return parse();
    } finally {
      this.plain = saved;
    }
  }

  /**
   * An expression followed directly by another: inside brackets most likely a missing comma (`[1 2]`); after
   * `print` or `exec`, Python 2 syntax. `start` is the index of the first expression's first token.
   */
  private diagnoseJuxtaposed(start: number, first: Expr): void {
    const head = this.tokens[start];
    const excluded = head.kind === 'NAME' && (this.tokens[start + 1].kind === 'STRING' || SOFT_KEYWORDS.has(head.value));
    if (!excluded) {
      const second = this.lookahead(() => {
        const e = this.plainly(() => this.expression());
        return this.previous().depth > 0 ? e : null;
      });
      if (second !== null) throw this.error('invalid syntax. Perhaps you forgot a comma?', posOf(first, second));
    }
    if (first.kind === 'Name' && (first.id === 'print' || first.id === 'exec') && this.pos === start + 1) {
      const args = this.lookahead(() => this.plainly(() => this.starExpressions()));
      if (args !== null) {
        throw this.error(`Missing parentheses in call to '${first.id}'. Did you mean ${first.id}(...)?`, posOf(first, args));
      }
    }
  }

  /**
   * `if x = 1:` and the like, with '=' where a comparison or walrus was meant (CPython's invalid_named_expression).
   * Raises only when what follows the '=' reads as an operand not itself followed by '=' or ':='.
   */
  protected diagnoseAssignmentInExpression(start: number, left: Expr): void {
    const leftEnd = this.pos;
    const right = this.lookahead(() => {
      this.next();
      const e = this.plainly(() => this.bitwiseOr());
      return this.isOp('=') || this.isOp(':=') ? null : e;
    });
    if (right === null) return;
    if (left.kind === 'Name' && leftEnd === start + 1) {
      throw this.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", posOf(left, right));
    }
    const head = this.tokens[start];
    if (head.kind === 'KEYWORD' && (head.value === 'True' || head.value === 'False' || head.value === 'None')) return;
    const isOperand = this.lookahead(() => {
      this.pos = start;
      this.plainly(() => this.bitwiseOr());
      return this.pos === leftEnd ? true : null;
    });
    if (isOperand === null) return;
    if (head.kind === 'OP' && (head.value === '(' || head.value === '[')) {
      const atom = this.lookahead(() => {
        this.pos = start;
        return this.plainly(() => this.atom());
      });
      if (atom !== null && (atom.kind === 'List' || atom.kind === 'Tuple' || atom.kind === 'GeneratorExp')) return;
    }
    throw this.error(`cannot assign to ${describe(left)} here. Maybe you meant '==' instead of '='?`, left);
  }
}

function lastComprehensionItem(generators: Comprehension[]): Span {
  const last = generators[generators.length - 1];
  return last.ifs.length > 0 ? last.ifs[last.ifs.length - 1] : last.iter;
}
