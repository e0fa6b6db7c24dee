// The Python syntax tree Tandem's parser produces and its evaluator walks.
// Shaped after CPython's `ast` module (same node names and fields where it matters), so a reader who knows
// Python's grammar can find their way. Every node carries the position of its first character; line and col are
// 1-based like Python's tracebacks and Monaco's markers. endLine/endCol point just past the node's last character.

export interface Pos {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

// ---------- expressions ----------

export type Expr =
  | Name
  | Constant
  | JoinedStr
  | FormattedValue
  | ListExpr
  | TupleExpr
  | SetExpr
  | DictExpr
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Attribute
  | Subscript
  | Slice
  | Starred
  | Call
  | UnaryOp
  | BinOp
  | BoolOp
  | Compare
  | IfExp
  | Lambda
  | NamedExpr
  | Yield
  | Await;

export interface Name extends Pos {
  kind: 'Name';
  id: string;
}

/** A literal. `int` keeps its digits as a bigint so arbitrarily large Python ints survive parsing. */
export type ConstantValue =
  | { type: 'int'; value: bigint }
  | { type: 'float'; value: number }
  | { type: 'imag'; value: number }
  | { type: 'str'; value: string }
  | { type: 'bytes'; value: string }
  | { type: 'bool'; value: boolean }
  | { type: 'None' }
  | { type: 'Ellipsis' };

export interface Constant extends Pos {
  kind: 'Constant';
  value: ConstantValue;
}

/** An f-string: literal parts are Constant str nodes, the rest FormattedValue. */
export interface JoinedStr extends Pos {
  kind: 'JoinedStr';
  values: (Constant | FormattedValue)[];
}

export interface FormattedValue extends Pos {
  kind: 'FormattedValue';
  value: Expr;
  /** '!r', '!s', '!a' → 'r' | 's' | 'a'; null when absent. */
  conversion: 'r' | 's' | 'a' | null;
  /** The format spec after ':', itself an f-string (it may hold nested {fields}); null when absent. */
  formatSpec: JoinedStr | null;
  /** f'{x=}' self-documenting form: the source text of the expression followed by '=' (Python 3.8). */
  debugText: string | null;
}

export interface ListExpr extends Pos {
  kind: 'List';
  elts: Expr[];
}

export interface TupleExpr extends Pos {
  kind: 'Tuple';
  elts: Expr[];
}

export interface SetExpr extends Pos {
  kind: 'Set';
  elts: Expr[];
}

/** `{**a, 'k': v}`: a null key marks a `**mapping` entry whose mapping is the value. */
export interface DictExpr extends Pos {
  kind: 'Dict';
  keys: (Expr | null)[];
  values: Expr[];
}

export interface Comprehension {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  isAsync: boolean;
}

export interface ListComp extends Pos {
  kind: 'ListComp';
  elt: Expr;
  generators: Comprehension[];
}

export interface SetComp extends Pos {
  kind: 'SetComp';
  elt: Expr;
  generators: Comprehension[];
}

export interface DictComp extends Pos {
  kind: 'DictComp';
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}

export interface GeneratorExp extends Pos {
  kind: 'GeneratorExp';
  elt: Expr;
  generators: Comprehension[];
}

export interface Attribute extends Pos {
  kind: 'Attribute';
  value: Expr;
  attr: string;
}

/** `a[i]`, `a[i, j]` (slice is a Tuple), `a[1:2]` (slice is a Slice), `a[..., None]`. */
export interface Subscript extends Pos {
  kind: 'Subscript';
  value: Expr;
  slice: Expr;
}

export interface Slice extends Pos {
  kind: 'Slice';
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

export interface Starred extends Pos {
  kind: 'Starred';
  value: Expr;
}

export interface Keyword extends Pos {
  /** null for `**kwargs` unpacking. */
  arg: string | null;
  value: Expr;
}

/** Positional arguments may include Starred for `*args`; keywords with arg null are `**kwargs`. */
export interface Call extends Pos {
  kind: 'Call';
  func: Expr;
  args: Expr[];
  keywords: Keyword[];
}

export type UnaryOperator = 'UAdd' | 'USub' | 'Not' | 'Invert';

export interface UnaryOp extends Pos {
  kind: 'UnaryOp';
  op: UnaryOperator;
  operand: Expr;
}

export type BinaryOperator =
  | 'Add'
  | 'Sub'
  | 'Mult'
  | 'MatMult'
  | 'Div'
  | 'FloorDiv'
  | 'Mod'
  | 'Pow'
  | 'LShift'
  | 'RShift'
  | 'BitOr'
  | 'BitXor'
  | 'BitAnd';

export interface BinOp extends Pos {
  kind: 'BinOp';
  left: Expr;
  op: BinaryOperator;
  right: Expr;
}

export interface BoolOp extends Pos {
  kind: 'BoolOp';
  op: 'And' | 'Or';
  values: Expr[];
}

export type CompareOperator = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

/** Chained: `a < b <= c` is left=a, ops=[Lt, LtE], comparators=[b, c]. */
export interface Compare extends Pos {
  kind: 'Compare';
  left: Expr;
  ops: CompareOperator[];
  comparators: Expr[];
}

export interface IfExp extends Pos {
  kind: 'IfExp';
  test: Expr;
  body: Expr;
  orelse: Expr;
}

export interface Lambda extends Pos {
  kind: 'Lambda';
  args: Arguments;
  body: Expr;
}

/** The walrus `(x := value)`. */
export interface NamedExpr extends Pos {
  kind: 'NamedExpr';
  target: Name;
  value: Expr;
}

/** Parsed so the evaluator can say plainly that generators are not supported. */
export interface Yield extends Pos {
  kind: 'Yield';
  value: Expr | null;
  isFrom: boolean;
}

/** Parsed so the evaluator can say plainly that async code is not supported. */
export interface Await extends Pos {
  kind: 'Await';
  value: Expr;
}

// ---------- function parameters ----------

export interface Arg extends Pos {
  arg: string;
  annotation: Expr | null;
}

/**
 * `def f(a, b=1, /, c=2, *args, d, e=3, **kw)`.
 * defaults align with the *last* positional parameters (posonlyargs then args), as in CPython;
 * kwDefaults aligns one-to-one with kwonlyargs (null where the keyword-only parameter has no default).
 */
export interface Arguments {
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  kwDefaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}

// ---------- statements ----------

export type Stmt =
  | ExprStmt
  | Assign
  | AugAssign
  | AnnAssign
  | If
  | For
  | While
  | Break
  | Continue
  | Pass
  | Return
  | FunctionDef
  | ClassDef
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | Delete
  | Assert
  | Raise
  | Try
  | With
  | Match;

export interface ExprStmt extends Pos {
  kind: 'Expr';
  value: Expr;
}

/** `a = b = value`: targets [a, b]. Targets may be Name, Attribute, Subscript, Tuple/List (with one Starred). */
export interface Assign extends Pos {
  kind: 'Assign';
  targets: Expr[];
  value: Expr;
}

export interface AugAssign extends Pos {
  kind: 'AugAssign';
  target: Expr;
  op: BinaryOperator;
  value: Expr;
}

/** `x: int = 3` (value may be absent: `x: int`). */
export interface AnnAssign extends Pos {
  kind: 'AnnAssign';
  target: Expr;
  annotation: Expr;
  value: Expr | null;
}

export interface If extends Pos {
  kind: 'If';
  test: Expr;
  body: Stmt[];
  /** `elif` is an If nested alone in orelse, as in CPython. */
  orelse: Stmt[];
}

export interface For extends Pos {
  kind: 'For';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  isAsync: boolean;
}

export interface While extends Pos {
  kind: 'While';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface Break extends Pos {
  kind: 'Break';
}

export interface Continue extends Pos {
  kind: 'Continue';
}

export interface Pass extends Pos {
  kind: 'Pass';
}

export interface Return extends Pos {
  kind: 'Return';
  value: Expr | null;
}

export interface FunctionDef extends Pos {
  kind: 'FunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorators: Expr[];
  returns: Expr | null;
  isAsync: boolean;
  /** The source text of the docstring, when the body starts with a string literal. */
  docstring: string | null;
}

export interface ClassDef extends Pos {
  kind: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorators: Expr[];
  docstring: string | null;
}

export interface Alias extends Pos {
  /** Dotted module name (`torch.nn`) or imported name; '*' for `from m import *`. */
  name: string;
  asname: string | null;
}

export interface Import extends Pos {
  kind: 'Import';
  names: Alias[];
}

export interface ImportFrom extends Pos {
  kind: 'ImportFrom';
  /** null for `from . import x`. */
  module: string | null;
  names: Alias[];
  /** Number of leading dots. */
  level: number;
}

export interface Global extends Pos {
  kind: 'Global';
  names: string[];
}

export interface Nonlocal extends Pos {
  kind: 'Nonlocal';
  names: string[];
}

export interface Delete extends Pos {
  kind: 'Delete';
  targets: Expr[];
}

export interface Assert extends Pos {
  kind: 'Assert';
  test: Expr;
  msg: Expr | null;
}

export interface Raise extends Pos {
  kind: 'Raise';
  exc: Expr | null;
  cause: Expr | null;
}

export interface ExceptHandler extends Pos {
  /** null for a bare `except:`. */
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}

export interface Try extends Pos {
  kind: 'Try';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}

export interface WithItem {
  contextExpr: Expr;
  optionalVars: Expr | null;
}

export interface With extends Pos {
  kind: 'With';
  items: WithItem[];
  body: Stmt[];
  isAsync: boolean;
}

/** Parsed only so the evaluator can name it as unsupported; the cases are not kept. */
export interface Match extends Pos {
  kind: 'Match';
  subject: Expr;
}

export interface Module {
  kind: 'Module';
  body: Stmt[];
  /** The source lines, for tracebacks that quote the failing line. */
  source: string;
}

export type Node = Expr | Stmt;
