// Statements: simple ones separated by ';' on a logical line, and compound ones with their indented blocks.
import type {
  Alias, AnnAssign, Assign, AugAssign, BinaryOperator, ClassDef, ExceptHandler, Expr, For, FunctionDef, If, Import,
  ImportFrom, Match, Stmt, Try, While, With, WithItem,
} from '../ast.ts';
import { posOf } from './cursor.ts';
import { ExpressionParser, startsExpression } from './expressions.ts';
import { describe, invalidTarget, targetError } from './targets.ts';
import type { Token } from './tokens.ts';

const AUGMENTED: Readonly<Record<string, BinaryOperator>> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd', '|=': 'BitOr',
  '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};

export class StatementParser extends ExpressionParser {
  /** The statements of the whole file, up to its ENDMARKER. */
  parseFile(): Stmt[] {
    return this.parseAll(() => {
      const body: Stmt[] = [];
      while (!this.isKind('ENDMARKER')) body.push(...this.statement());
      return body;
    });
  }

  /** One compound statement, or the simple statements of one line. */
  private statement(): Stmt[] {
    const token = this.peek();
    if (token.kind === 'KEYWORD') {
      switch (token.value) {
        case 'if': return [this.ifStatement()];
        case 'while': return [this.whileStatement()];
        case 'for': return [this.forStatement(token)];
        case 'try': return [this.tryStatement()];
        case 'with': return [this.withStatement(token)];
        case 'def': return [this.functionDef([], token)];
        case 'class': return [this.classDef([])];
        case 'async': return [this.asyncStatement()];
      }
    } else if (token.kind === 'OP' && token.value === '@') {
      return [this.decorated()];
    } else if (token.kind === 'NAME' && token.value === 'match' && (startsExpression(this.peek(1)) || this.isOp('*', 1))) {
      const header = this.attempt(() => this.matchHeader());
      if (header !== null) return [this.matchBody(header.keyword, header.subject)];
    }
    return this.simpleStatements();
  }

  private simpleStatements(): Stmt[] {
    const statements = [this.simpleStatement()];
    while (this.eatOp(';')) {
      if (this.isKind('NEWLINE')) break;
      statements.push(this.simpleStatement());
    }
    if (!this.isKind('NEWLINE')) throw this.invalidSyntax();
    this.next();
    return statements;
  }

  private simpleStatement(): Stmt {
    const token = this.peek();
    if (token.kind === 'KEYWORD') {
      switch (token.value) {
        case 'pass':
          this.next();
          return { kind: 'Pass', ...posOf(token, token) };
        case 'break':
          this.next();
          return { kind: 'Break', ...posOf(token, token) };
        case 'continue':
          this.next();
          return { kind: 'Continue', ...posOf(token, token) };
        case 'return': {
          this.next();
          const value = this.startsStarExpression() ? this.starExpressions() : null;
          return { kind: 'Return', value, ...this.since(token) };
        }
        case 'raise': return this.raiseStatement();
        case 'global':
        case 'nonlocal': {
          this.next();
          const names = [this.expectName().value];
          while (this.eatOp(',')) names.push(this.expectName().value);
          const kind = token.value === 'global' ? 'Global' : 'Nonlocal';
          return { kind, names, ...this.since(token) };
        }
        case 'del': return this.deleteStatement();
        case 'assert': {
          this.next();
          const test = this.expression();
          const msg = this.eatOp(',') ? this.expression() : null;
          return { kind: 'Assert', test, msg, ...this.since(token) };
        }
        case 'import': return this.importStatement();
        case 'from': return this.fromImport();
      }
    }
    return this.expressionStatement();
  }

  // ---------- expression statements and assignments ----------

  private expressionStatement(): Stmt {
    if (this.isKind('NAME') && this.isOp(':', 1)) return this.annotated(this.pos, this.atom());
    const start = this.pos;
    const first = this.peek();
    const e = this.rightHandSide();
    const token = this.peek();
    if (token.kind === 'OP') {
      if (token.value === ':') return this.annotated(start, e);
      if (token.value === '=') return this.assignment(start, e);
      if (token.value in AUGMENTED) return this.augmented(start, e, AUGMENTED[token.value]);
      if (token.value === ':=' && e.kind !== 'Tuple' && !(e.kind === 'Name' && start + 1 === this.pos)) {
        throw this.error(`cannot use assignment expressions with ${describe(e)}`, e);
      }
    }
    return { kind: 'Expr', value: e, ...this.since(first) };
  }

  /** What may stand right of '=': a yield expression or a tuple of expressions. */
  private rightHandSide(): Expr {
    return this.isKeyword('yield') ? this.yieldExpression() : this.starExpressions();
  }

  private assignment(start: number, first: Expr): Assign {
    const targets: Expr[] = [];
    let value = first;
    while (this.isOp('=')) {
      this.checkAssignmentTarget(start, value);
      targets.push(value);
      this.next();
      value = this.rightHandSide();
    }
    return { kind: 'Assign', targets, value, ...this.since(this.tokens[start]) };
  }

  /** Called with the '=' after `target` next; `statementStart` is the index of the statement's first token. */
  private checkAssignmentTarget(statementStart: number, target: Expr): void {
    if (target.kind === 'Yield') throw this.error('assignment to yield expression not possible', target);
    const bad = invalidTarget(target, 'assign');
    if (bad === null) return;
    this.diagnoseInvalidAssignment(statementStart);
    throw this.error(targetError(bad, 'assign'), bad);
  }

  /**
   * Before naming the bad target, CPython rereads the statement's leading elements as expressions, and an element
   * followed by '=' gets its guess that '==' was meant: `f() = 1`, `if`-style slips such as `a, b = 1, 2 = c`.
   */
  private diagnoseInvalidAssignment(statementStart: number): void {
    this.diagnose(statementStart, () => {
      do this.starNamedExpression();
      while (this.eatOp(',') && this.startsStarExpression());
    });
  }

  private augmented(start: number, target: Expr, op: BinaryOperator): AugAssign {
    if (target.kind !== 'Name' && target.kind !== 'Attribute' && target.kind !== 'Subscript') {
      throw this.error(`'${describe(target)}' is an illegal expression for augmented assignment`, target);
    }
    this.next();
    const value = this.rightHandSide();
    return { kind: 'AugAssign', target, op, value, ...this.since(this.tokens[start]) };
  }

  /** `x: int = 0`; the ':' is next. Only a name, attribute or subscript may be annotated. */
  private annotated(start: number, target: Expr): AnnAssign {
    const simple = target.kind === 'Name' || target.kind === 'Attribute' || target.kind === 'Subscript';
    // CPython names a bad target only when an annotation follows (`f(): int`, not `f() or x: pass`).
    if (!simple && this.lookahead(() => (startsExpression(this.peek(1)) ? true : null)) === null) {
      throw this.invalidSyntax();
    }
    if (target.kind === 'Tuple' || target.kind === 'List') {
      const opener = this.tokens[start];
      const parenthesized = opener.kind === 'OP' && opener.line === target.line && opener.col === target.col;
      const where = target.kind === 'Tuple' && !parenthesized ? target.elts[0] : target;
      throw this.error(`only single target (not ${describe(target)}) can be annotated`, where);
    }
    if (!simple) throw this.error('illegal target for annotation', target);
    this.next();
    const annotation = this.expression();
    const value = this.eatOp('=') ? this.rightHandSide() : null;
    return { kind: 'AnnAssign', target, annotation, value, ...this.since(this.tokens[start]) };
  }

  // ---------- other simple statements ----------

  private raiseStatement(): Stmt {
    const keyword = this.next();
    let exc: Expr | null = null;
    let cause: Expr | null = null;
    if (startsExpression(this.peek())) {
      exc = this.expression();
      if (this.eatKeyword('from')) cause = this.expression();
    }
    return { kind: 'Raise', exc, cause, ...this.since(keyword) };
  }

  private deleteStatement(): Stmt {
    const keyword = this.next();
    const targets: Expr[] = [];
    do {
      if (targets.length > 0 && !this.startsStarExpression()) break;
      targets.push(this.starExpression());
    } while (this.eatOp(','));
    for (const target of targets) {
      const bad = invalidTarget(target, 'del');
      if (bad !== null) throw this.error(targetError(bad, 'del'), bad);
    }
    return { kind: 'Delete', targets, ...this.since(keyword) };
  }

  private importStatement(): Import {
    const keyword = this.next();
    const names: Alias[] = [];
    do names.push(this.alias(true));
    while (this.eatOp(','));
    return { kind: 'Import', names, ...this.since(keyword) };
  }

  private fromImport(): ImportFrom {
    const keyword = this.next();
    let level = 0;
    while (this.isOp('.') || this.isOp('...')) level += this.next().value.length;
    const module = level > 0 && this.isKeyword('import') ? null : this.dottedName().name;
    this.expectKeyword('import');
    const names: Alias[] = [];
    if (this.isOp('*')) {
      const star = this.next();
      names.push({ name: '*', asname: null, ...posOf(star, star) });
    } else if (this.eatOp('(')) {
      do {
        if (names.length > 0 && this.isOp(')')) break;
        names.push(this.alias(false));
      } while (this.eatOp(','));
      this.expectOp(')');
    } else {
      do {
        if (names.length > 0 && this.isKind('NEWLINE')) {
          throw this.errorHere('trailing comma not allowed without surrounding parentheses');
        }
        names.push(this.alias(false));
      } while (this.eatOp(','));
    }
    return { kind: 'ImportFrom', module, names, level, ...this.since(keyword) };
  }

  /** `a.b as c` (dotted only in `import`). */
  private alias(dotted: boolean): Alias {
    const { name, first } = dotted ? this.dottedName() : { name: this.expectName().value, first: this.previous() };
    const asname = this.eatKeyword('as') ? this.expectName().value : null;
    return { name, asname, ...posOf(first, this.previous()) };
  }

  private dottedName(): { name: string; first: Token } {
    const first = this.expectName();
    let name = first.value;
    while (this.eatOp('.')) name += '.' + this.expectName().value;
    return { name, first };
  }

  // ---------- blocks ----------

  /**
   * The body after a compound statement's ':': an indented block, or simple statements on the same line.
   * `owner` names the statement for the error when the indented block is missing.
   */
  private block(owner: string, header: Token): Stmt[] {
    if (!this.isKind('NEWLINE')) return this.simpleStatements();
    this.next();
    if (!this.isKind('INDENT')) {
      throw this.errorHere(`expected an indented block after ${owner} on line ${header.line}`, 'IndentationError');
    }
    this.next();
    const body: Stmt[] = [];
    while (!this.isKind('DEDENT')) body.push(...this.statement());
    this.next();
    return body;
  }

  /** The ':' ending a header; CPython names it only when the line ends without it. */
  private colon(): void {
    if (this.eatOp(':')) return;
    if (this.isKind('NEWLINE')) throw this.errorHere("expected ':'");
    throw this.invalidSyntax();
  }

  /** Where a compound statement ends: its last token that is not a NEWLINE, INDENT or DEDENT. */
  private endOfStatement(): Token {
    let i = this.pos - 1;
    while (i > 0 && (this.tokens[i].kind === 'NEWLINE' || this.tokens[i].kind === 'INDENT' || this.tokens[i].kind === 'DEDENT')) i--;
    return this.tokens[i];
  }

  private elseBlock(): Stmt[] {
    const keyword = this.next();
    this.expectForced(':');
    return this.block("'else' statement", keyword);
  }

  // ---------- compound statements ----------

  private ifStatement(): If {
    const keyword = this.next();
    const test = this.namedExpression();
    this.colon();
    const body = this.block(`'${keyword.value}' statement`, keyword);
    let orelse: Stmt[] = [];
    if (this.isKeyword('elif')) orelse = [this.ifStatement()];
    else if (this.isKeyword('else')) orelse = this.elseBlock();
    return { kind: 'If', test, body, orelse, ...posOf(keyword, this.endOfStatement()) };
  }

  private whileStatement(): While {
    const keyword = this.next();
    const test = this.namedExpression();
    this.colon();
    const body = this.block("'while' statement", keyword);
    const orelse = this.isKeyword('else') ? this.elseBlock() : [];
    return { kind: 'While', test, body, orelse, ...posOf(keyword, this.endOfStatement()) };
  }

  private forStatement(start: Token, isAsync = false): For {
    const keyword = this.next();
    const target = this.forTarget();
    this.next();
    const iter = this.starExpressions();
    this.colon();
    const body = this.block("'for' statement", keyword);
    const orelse = this.isKeyword('else') ? this.elseBlock() : [];
    return { kind: 'For', target, iter, body, orelse, isAsync, ...posOf(start, this.endOfStatement()) };
  }

  private tryStatement(): Try {
    const keyword = this.next();
    this.expectForced(':');
    const body = this.block("'try' statement", keyword);
    const handlers: ExceptHandler[] = [];
    while (this.isKeyword('except')) handlers.push(this.exceptHandler());
    const orelse = handlers.length > 0 && this.isKeyword('else') ? this.elseBlock() : [];
    let finalbody: Stmt[] = [];
    if (this.isKeyword('finally')) {
      const finallyKeyword = this.next();
      this.expectForced(':');
      finalbody = this.block("'finally' statement", finallyKeyword);
    } else if (handlers.length === 0) {
      throw this.errorHere("expected 'except' or 'finally' block");
    }
    return { kind: 'Try', body, handlers, orelse, finalbody, ...posOf(keyword, this.endOfStatement()) };
  }

  private exceptHandler(): ExceptHandler {
    const keyword = this.next();
    if (this.isOp('*')) {
      // Exception groups are Python 3.11 syntax with no node in our tree: say so rather than misread them.
      throw this.error("'except*' is not supported in Tandem", posOf(keyword, this.peek()));
    }
    let type: Expr | null = null;
    let name: string | null = null;
    if (!this.isOp(':') && !this.isKind('NEWLINE')) {
      type = this.expression();
      if (this.isOp(',')) {
        let last = type;
        while (this.eatOp(',') && startsExpression(this.peek())) last = this.expression();
        throw this.error('multiple exception types must be parenthesized', posOf(type, last));
      }
      if (this.eatKeyword('as')) name = this.expectName().value;
    }
    this.colon();
    const body = this.block("'except' statement", keyword);
    return { type, name, body, ...posOf(keyword, this.endOfStatement()) };
  }

  private withStatement(start: Token, isAsync = false): With {
    const keyword = this.next();
    // `with (a as b, c as d):` groups its items in parentheses; `with (a, b) as c:` is one parenthesized item.
    const items = (this.isOp('(') && this.attempt(() => this.parenthesizedWithItems())) || this.withItems();
    this.colon();
    const body = this.block("'with' statement", keyword);
    return { kind: 'With', items, body, isAsync, ...posOf(start, this.endOfStatement()) };
  }

  private parenthesizedWithItems(): WithItem[] {
    this.next();
    const items: WithItem[] = [];
    do {
      if (items.length > 0 && this.isOp(')')) break;
      items.push(this.withItem());
    } while (this.eatOp(','));
    this.expectOp(')');
    if (!this.isOp(':')) throw this.invalidSyntax();
    return items;
  }

  private withItems(): WithItem[] {
    const items: WithItem[] = [];
    do items.push(this.withItem());
    while (this.eatOp(','));
    return items;
  }

  private withItem(): WithItem {
    const contextExpr = this.expression();
    if (!this.eatKeyword('as')) return { contextExpr, optionalVars: null };
    const optionalVars = this.isOp('*') ? this.starExpression() : this.expression();
    if (this.isOp(',') || this.isOp(')') || this.isOp(':')) {
      const bad = invalidTarget(optionalVars, 'assign');
      if (bad !== null) throw this.error(targetError(bad, 'assign'), bad);
    }
    return { contextExpr, optionalVars };
  }

  private decorated(): Stmt {
    const decorators: Expr[] = [];
    while (this.eatOp('@')) {
      decorators.push(this.namedExpression());
      if (!this.isKind('NEWLINE')) throw this.invalidSyntax();
      this.next();
    }
    const token = this.peek();
    if (this.isKeyword('def')) return this.functionDef(decorators, token);
    if (this.isKeyword('class')) return this.classDef(decorators);
    if (this.isKeyword('async') && this.isKeyword('def', 1)) {
      this.next();
      return this.functionDef(decorators, token, true);
    }
    throw this.invalidSyntax();
  }

  private asyncStatement(): Stmt {
    const keyword = this.next();
    if (this.isKeyword('def')) return this.functionDef([], keyword, true);
    if (this.isKeyword('for')) return this.forStatement(keyword, true);
    if (this.isKeyword('with')) return this.withStatement(keyword, true);
    throw this.invalidSyntax();
  }

  private functionDef(decorators: Expr[], start: Token, isAsync = false): FunctionDef {
    const keyword = this.next();
    const name = this.expectName();
    this.expectForced('(');
    const args = this.parameters(')');
    this.next();
    const returns = this.eatOp('->') ? this.expression() : null;
    this.expectForced(':');
    const body = this.block('function definition', keyword);
    return {
      kind: 'FunctionDef', name: name.value, args, body, decorators, returns, isAsync, docstring: docstringOf(body),
      ...posOf(start, this.endOfStatement()),
    };
  }

  private classDef(decorators: Expr[]): ClassDef {
    const keyword = this.next();
    const name = this.expectName();
    // The bases read like call arguments: class A(B, metaclass=M).
    const { args: bases, keywords } = this.isOp('(')
      ? this.call({ kind: 'Name', id: name.value, ...posOf(name, name) }, name)
      : { args: [], keywords: [] };
    this.colon();
    const body = this.block('class definition', keyword);
    return {
      kind: 'ClassDef', name: name.value, bases, keywords, body, decorators, docstring: docstringOf(body),
      ...posOf(keyword, this.endOfStatement()),
    };
  }

  // ---------- match (parsed only to be named as unsupported) ----------

  /** `match subject:` and its line break; fails (to be read as an ordinary statement) if this is not a match. */
  private matchHeader(): { keyword: Token; subject: Expr } {
    const keyword = this.next();
    const start = this.peek();
    const first = this.starNamedExpression();
    let subject = first;
    if (this.isOp(',')) {
      const elts = [first];
      while (this.eatOp(',') && this.startsStarExpression()) elts.push(this.starNamedExpression());
      subject = { kind: 'Tuple', elts, ...this.since(start) };
    }
    this.expectOp(':');
    if (!this.isKind('NEWLINE')) throw this.invalidSyntax();
    this.next();
    return { keyword, subject };
  }

  /** The case blocks are skipped whole: the tree keeps only the subject (see Match in ast.ts). */
  private matchBody(keyword: Token, subject: Expr): Match {
    if (!this.isKind('INDENT')) {
      throw this.errorHere(`expected an indented block after 'match' statement on line ${keyword.line}`, 'IndentationError');
    }
    let depth = 0;
    do {
      const token = this.next();
      if (token.kind === 'INDENT') depth++;
      else if (token.kind === 'DEDENT') depth--;
    } while (depth > 0);
    return { kind: 'Match', subject, ...posOf(keyword, this.endOfStatement()) };
  }
}

/** A body's docstring: the value of a string literal standing as its first statement. */
function docstringOf(body: Stmt[]): string | null {
  const first = body[0];
  if (first?.kind === 'Expr' && first.value.kind === 'Constant' && first.value.value.type === 'str') {
    return first.value.value.value;
  }
  return null;
}
