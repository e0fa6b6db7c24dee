import { describe, expect, it } from 'vitest';
import type { SyntaxErrorType } from './errors.ts';
import { parse, PySyntaxError } from './index.ts';

function syntaxErrorOf(source: string): PySyntaxError {
  try {
    parse(source, 'f.py');
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error(`parsed without error: ${JSON.stringify(source)}`);
}

/**
 * [source, type, message, line, col, endLine, endCol], exactly as CPython 3.11.2 (/usr/bin/python3) reports them
 * from compile(source, 'f.py', 'exec'): lineno, offset, end_lineno, end_offset. The end is null where CPython gives
 * none (an end_offset of -1 or 0); our end is then not checked.
 */
type Row = [string, SyntaxErrorType, string, number, number, number | null, number | null];

const CPYTHON_ERRORS: Row[] = [
  // tokens: literals and characters
  ["s = 'abc", 'SyntaxError', "unterminated string literal (detected at line 1)", 1, 5, 1, 5],
  ["s = \"\"\"abc\n\n", 'SyntaxError', "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5],
  ["s = f'abc", 'SyntaxError', "unterminated string literal (detected at line 1)", 1, 5, 1, 5],
  ["s = 'abc\\\ndef", 'SyntaxError', "unterminated string literal (detected at line 2)", 1, 5, 1, 5],
  ["x = 1abc", 'SyntaxError', "invalid decimal literal", 1, 5, 1, 5],
  ["x = 1__0", 'SyntaxError', "invalid decimal literal", 1, 6, 1, 6],
  ["x = 1_", 'SyntaxError', "invalid decimal literal", 1, 6, 1, 6],
  ["x = 1e", 'SyntaxError', "invalid decimal literal", 1, 5, 1, 5],
  ["x = 5e+", 'SyntaxError', "invalid decimal literal", 1, 7, 1, 7],
  ["x = 1.5_", 'SyntaxError', "invalid decimal literal", 1, 8, 1, 8],
  ["x = 08", 'SyntaxError', "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6],
  ["x = 0_1", 'SyntaxError', "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 7],
  ["x = 0b2", 'SyntaxError', "invalid digit '2' in binary literal", 1, 7, 1, 7],
  ["x = 0b", 'SyntaxError', "invalid binary literal", 1, 6, 1, 6],
  ["x = 0o8", 'SyntaxError', "invalid digit '8' in octal literal", 1, 7, 1, 7],
  ["x = 0x", 'SyntaxError', "invalid hexadecimal literal", 1, 6, 1, 6],
  ["x = 0xg", 'SyntaxError', "invalid hexadecimal literal", 1, 6, 1, 6],
  ["x = 1j2", 'SyntaxError', "invalid imaginary literal", 1, 6, 1, 6],
  ["x = 3else", 'SyntaxError', "invalid syntax", 1, 6, 1, 10],
  ["x = \u201chi\u201d", 'SyntaxError', "invalid character '\u201c' (U+201C)", 1, 5, 1, 5],
  ["x = 1 \u2013 2\n", 'SyntaxError', "invalid character '\u2013' (U+2013)", 1, 7, 1, 7],
  ["\u00a0x = 1\n", 'SyntaxError', "invalid non-printable character U+00A0", 1, 1, 1, 1],
  ["x = $", 'SyntaxError', "invalid syntax", 1, 5, 1, 6],
  ["x = 1 <> 2", 'SyntaxError', "invalid syntax", 1, 7, 1, 9],
  // tokens: brackets and line joining
  ["print(\"a\"", 'SyntaxError', "'(' was never closed", 1, 6, null, null],
  ["x = [1, 2", 'SyntaxError', "'[' was never closed", 1, 5, null, null],
  ["x = [1, 2, 3\ny = 2\n", 'SyntaxError', "'[' was never closed", 1, 5, null, null],
  ["foo(\n  a,\n  b\nbar = 1\n", 'SyntaxError', "'(' was never closed", 1, 4, null, null],
  ["x = = 1\ny = (\n", 'SyntaxError', "invalid syntax", 1, 5, 1, 6],
  ["x = 1)", 'SyntaxError', "unmatched ')'", 1, 6, 1, 6],
  ["x = ]", 'SyntaxError', "unmatched ']'", 1, 5, 1, 5],
  ["x = (1, 2]", 'SyntaxError', "closing parenthesis ']' does not match opening parenthesis '('", 1, 10, 1, 10],
  ["x = (1,\n  2]\n", 'SyntaxError', "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 4, 2, 4],
  ["x = 1 \\ 2", 'SyntaxError', "unexpected character after line continuation character", 1, 8, null, null],
  ["x = 1 \\", 'SyntaxError', "unexpected EOF while parsing", 1, 8, null, null],
  // indentation
  [" x = 1\n", 'IndentationError', "unexpected indent", 1, 1, null, null],
  ["x = 1\n    y = 2\n", 'IndentationError', "unexpected indent", 2, 4, null, null],
  ["if x:\n    a\n  b\n", 'IndentationError', "unindent does not match any outer indentation level", 3, 4, null, null],
  ["if x:\n  pass\n else:\n  pass\n", 'IndentationError', "unindent does not match any outer indentation level", 3, 7, null, null],
  ["if x:\n\tpass\n        pass\n", 'TabError', "inconsistent use of tabs and spaces in indentation", 3, 1, null, null],
  ["for i in x:\nprint(i)\n", 'IndentationError', "expected an indented block after 'for' statement on line 1", 2, 1, 2, 6],
  ["if True:\npass", 'IndentationError', "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5],
  ["def f(x):\nreturn x", 'IndentationError', "expected an indented block after function definition on line 1", 2, 1, 2, 7],
  ["if x:\n", 'IndentationError', "expected an indented block after 'if' statement on line 1", 1, 6, null, null],
  ["if x:\n\n", 'IndentationError', "expected an indented block after 'if' statement on line 1", 2, 1, null, null],
  ["def f():", 'IndentationError', "expected an indented block after function definition on line 1", 1, 9, null, null],
  ["class A:", 'IndentationError', "expected an indented block after class definition on line 1", 1, 9, null, null],
  ["while x:", 'IndentationError', "expected an indented block after 'while' statement on line 1", 1, 9, null, null],
  ["try:", 'IndentationError', "expected an indented block after 'try' statement on line 1", 1, 5, null, null],
  ["try:\n  x\nexcept E:\n", 'IndentationError', "expected an indented block after 'except' statement on line 3", 3, 10, null, null],
  ["with a:\n", 'IndentationError', "expected an indented block after 'with' statement on line 1", 1, 8, null, null],
  ["if a:\n  pass\nelse:\n", 'IndentationError', "expected an indented block after 'else' statement on line 3", 3, 6, null, null],
  ["match x:\n", 'IndentationError', "expected an indented block after 'match' statement on line 1", 1, 9, null, null],
  // statements
  ["x = = 1", 'SyntaxError', "invalid syntax", 1, 5, 1, 6],
  ["x = 1 +", 'SyntaxError', "invalid syntax", 1, 8, 1, 8],
  ["a b", 'SyntaxError', "invalid syntax", 1, 3, 1, 4],
  ["pass pass", 'SyntaxError', "invalid syntax", 1, 6, 1, 10],
  ["x = 1;; y = 2", 'SyntaxError', "invalid syntax", 1, 7, 1, 8],
  ["else:\n  pass", 'SyntaxError', "invalid syntax", 1, 1, 1, 5],
  ["elif x:\n  pass", 'SyntaxError', "invalid syntax", 1, 1, 1, 5],
  ["if x y:\n  pass", 'SyntaxError', "invalid syntax", 1, 6, 1, 7],
  ["if x if y: pass", 'SyntaxError', "invalid syntax", 1, 10, 1, 11],
  ["if x\n  pass\n", 'SyntaxError', "expected ':'", 1, 5, 1, 5],
  ["while True\n  pass", 'SyntaxError', "expected ':'", 1, 11, 1, 11],
  ["for x in y\n  pass", 'SyntaxError', "expected ':'", 1, 11, 1, 11],
  ["class A\n  pass", 'SyntaxError', "expected ':'", 1, 8, 1, 8],
  ["class A(B)\n  pass", 'SyntaxError', "expected ':'", 1, 11, 1, 11],
  ["def f()\n  pass", 'SyntaxError', "expected ':'", 1, 8, 1, 8],
  ["def f() x:\n  pass", 'SyntaxError', "expected ':'", 1, 9, 1, 10],
  ["def f x:\n  pass", 'SyntaxError', "expected '('", 1, 7, 1, 8],
  ["try x:\n  pass", 'SyntaxError', "expected ':'", 1, 5, 1, 6],
  ["if x:\n  pass\nelse x:\n  pass", 'SyntaxError', "expected ':'", 3, 6, 3, 7],
  ["try:\n  pass\nexcept ValueError\n  pass", 'SyntaxError', "expected ':'", 3, 18, 3, 18],
  ["with a as b, c\n  pass", 'SyntaxError', "expected ':'", 1, 15, 1, 15],
  ["try:\n  pass\nx = 1\n", 'SyntaxError', "expected 'except' or 'finally' block", 3, 1, 3, 2],
  ["try:\n  pass\nexcept A, B:\n  pass", 'SyntaxError', "multiple exception types must be parenthesized", 3, 8, 3, 12],
  ["import", 'SyntaxError', "invalid syntax", 1, 7, 1, 7],
  ["from x import", 'SyntaxError', "invalid syntax", 1, 14, 1, 14],
  ["import a as b.c", 'SyntaxError', "invalid syntax", 1, 14, 1, 15],
  ["from a import b,", 'SyntaxError', "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17],
  ["raise from x", 'SyntaxError', "invalid syntax", 1, 7, 1, 11],
  ["del", 'SyntaxError', "invalid syntax", 1, 4, 1, 4],
  ["@\ndef f(): pass", 'SyntaxError', "invalid syntax", 1, 2, 1, 2],
  ["@dec\nx = 1", 'SyntaxError', "invalid syntax", 2, 1, 2, 2],
  ["async x = 1", 'SyntaxError', "invalid syntax", 1, 7, 1, 8],
  ["print \"hi\"", 'SyntaxError', "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 11],
  ["print x", 'SyntaxError', "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 8],
  ["exec 'code'", 'SyntaxError', "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1, 1, 12],
  // expressions
  ["f(a b)", 'SyntaxError', "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6],
  ["print(1 2)", 'SyntaxError', "invalid syntax. Perhaps you forgot a comma?", 1, 7, 1, 10],
  ["x = [1 2 3]\n", 'SyntaxError', "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9],
  ["dict(a=1 b=2)", 'SyntaxError', "invalid syntax. Perhaps you forgot a comma?", 1, 8, 1, 11],
  ["x = {'a': 1 'b': 2}", 'SyntaxError', "invalid syntax. Perhaps you forgot a comma?", 1, 11, 1, 16],
  ["[a for a b]", 'SyntaxError', "invalid syntax. Perhaps you forgot a comma?", 1, 8, 1, 11],
  ["x = 1 if y", 'SyntaxError', "expected 'else' after 'if' expression", 1, 5, 1, 11],
  ["x = a if b else c if d", 'SyntaxError', "expected 'else' after 'if' expression", 1, 17, 1, 23],
  ["if x = 1:\n  pass", 'SyntaxError', "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9],
  ["while x = 1:\n  pass", 'SyntaxError', "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 7, 1, 12],
  ["x = [x = 1]", 'SyntaxError', "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 6, 1, 11],
  ["if x.y = 1:\n  pass", 'SyntaxError', "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7],
  ["if f() = 1:\n  pass", 'SyntaxError', "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7],
  ["(a.b := 1)", 'SyntaxError', "cannot use assignment expressions with attribute", 1, 2, 1, 5],
  ["x = (*a)", 'SyntaxError', "cannot use starred expression here", 1, 6, 1, 8],
  ["[x, y for x, y in z]", 'SyntaxError', "did you forget parentheses around the comprehension target?", 1, 2, 1, 6],
  ["[*x for x in y]", 'SyntaxError', "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4],
  ["{**x for x in y}", 'SyntaxError', "dict unpacking cannot be used in dict comprehension", 1, 2, 1, 4],
  ["{1: 2, 3}", 'SyntaxError', "':' expected after dictionary key", 1, 8, null, null],
  ["{1:}", 'SyntaxError', "expression expected after dictionary key and ':'", 1, 3, 1, 4],
  ["x = 'a' b'b'", 'SyntaxError', "cannot mix bytes and nonbytes literals", 1, 13, 1, 13],
  ["x = b'\u00e9'", 'SyntaxError', "bytes can only contain ASCII literal characters", 1, 9, 1, 9],
  ["x = '\\x4'", 'SyntaxError', "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, 1, 10],
  ["x = '\\u12'", 'SyntaxError', "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 11, 1, 11],
  ["x.1", 'SyntaxError', "invalid syntax", 1, 2, 1, 4],
  ["x = a[]", 'SyntaxError', "invalid syntax", 1, 7, 1, 8],
  ["x = lambda x x", 'SyntaxError', "invalid syntax", 1, 14, 1, 15],
  // f-strings
  ["x = f'{'", 'SyntaxError', "f-string: expecting '}'", 1, 9, 1, 9],
  ["x = f'{a'", 'SyntaxError', "f-string: expecting '}'", 1, 10, 1, 10],
  ["f\"{}\"", 'SyntaxError', "f-string: empty expression not allowed", 1, 6, 1, 6],
  ["x = f'{ }'", 'SyntaxError', "f-string: empty expression not allowed", 1, 11, 1, 11],
  ["f\"{x!z}\"", 'SyntaxError', "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9],
  ["f\"}\"", 'SyntaxError', "f-string: single '}' is not allowed", 1, 5, 1, 5],
  ["x = f'{a}}'", 'SyntaxError', "f-string: single '}' is not allowed", 1, 12, 1, 12],
  ["x = f'{#}'", 'SyntaxError', "f-string expression part cannot include '#'", 1, 11, 1, 11],
  ["x = f'{\\n}'", 'SyntaxError', "f-string expression part cannot include a backslash", 1, 12, 1, 12],
  ["x = f'{a)}'", 'SyntaxError', "f-string: unmatched ')'", 1, 12, 1, 12],
  ["x = f'{(1,}'", 'SyntaxError', "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 13, 1, 13],
  ["x = f'{x:{y:{z}}}'", 'SyntaxError', "f-string: expressions nested too deeply", 1, 19, 1, 19],
  // assignment targets
  ["f() = 1", 'SyntaxError', "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4],
  ["1 = x", 'SyntaxError', "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2],
  ["'abc' = 1", 'SyntaxError', "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6],
  ["x + 1 = 2", 'SyntaxError', "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6],
  ["[x for x in y] = 1", 'SyntaxError', "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1, 1, 15],
  ["None = 1", 'SyntaxError', "cannot assign to None", 1, 1, 1, 5],
  ["True = 1", 'SyntaxError', "cannot assign to True", 1, 1, 1, 5],
  ["1 if 2 else 3 = x", 'SyntaxError', "cannot assign to conditional expression", 1, 1, 1, 14],
  ["lambda x: x = 1", 'SyntaxError', "cannot assign to lambda", 1, 1, 1, 12],
  ["x = 1 = 2", 'SyntaxError', "cannot assign to literal", 1, 5, 1, 6],
  ["x, f() = 1", 'SyntaxError', "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7],
  ["f(), x = 1", 'SyntaxError', "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 6, 1, 11],
  ["a, b = 1, 2 = c", 'SyntaxError', "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9],
  ["x = yield = 1", 'SyntaxError', "assignment to yield expression not possible", 1, 5, 1, 10],
  ["a, b += 1", 'SyntaxError', "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 5],
  ["(a, b) += 1", 'SyntaxError', "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 7],
  ["x() += 1", 'SyntaxError', "'function call' is an illegal expression for augmented assignment", 1, 1, 1, 4],
  ["del f()", 'SyntaxError', "cannot delete function call", 1, 5, 1, 8],
  ["del *a", 'SyntaxError', "cannot delete starred", 1, 5, 1, 7],
  ["del (a, f())", 'SyntaxError', "cannot delete function call", 1, 9, 1, 12],
  ["for 1 in x: pass", 'SyntaxError', "cannot assign to literal", 1, 5, 1, 6],
  ["for f() in x: pass", 'SyntaxError', "cannot assign to function call", 1, 5, 1, 8],
  ["for x, 1 in y: pass", 'SyntaxError', "cannot assign to literal", 1, 8, 1, 9],
  ["with a as 1: pass", 'SyntaxError', "cannot assign to literal", 1, 11, 1, 12],
  ["x.y := 1", 'SyntaxError', "cannot use assignment expressions with attribute", 1, 1, 1, 4],
  ["x := 1", 'SyntaxError', "invalid syntax", 1, 3, 1, 5],
  ["(x, y): int", 'SyntaxError', "only single target (not tuple) can be annotated", 1, 1, 1, 7],
  ["x, y: int", 'SyntaxError', "only single target (not tuple) can be annotated", 1, 1, 1, 2],
  ["[x]: int", 'SyntaxError', "only single target (not list) can be annotated", 1, 1, 1, 4],
  ["f(): int", 'SyntaxError', "illegal target for annotation", 1, 1, 1, 4],
  // calls and parameters
  ["f(x=1, 2)", 'SyntaxError', "positional argument follows keyword argument", 1, 9, 1, 10],
  ["f(**k, a)", 'SyntaxError', "positional argument follows keyword argument unpacking", 1, 9, 1, 10],
  ["f(**k, *a)", 'SyntaxError', "iterable argument unpacking follows keyword argument unpacking", 1, 3, 1, 6],
  ["f(x for x in y, 1)", 'SyntaxError', "Generator expression must be parenthesized", 1, 3, 1, 15],
  ["f(a, b for b in c)", 'SyntaxError', "Generator expression must be parenthesized", 1, 6, 1, 18],
  ["f(True=1)", 'SyntaxError', "cannot assign to True", 1, 3, 1, 8],
  ["f(a.b=1)", 'SyntaxError', "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 7],
  ["f(a=1, a=2)", 'SyntaxError', "keyword argument repeated: a", 1, 8, 1, 11],
  ["def f(x=1, y): pass", 'SyntaxError', "non-default argument follows default argument", 1, 12, 1, 13],
  ["def f(/, a): pass", 'SyntaxError', "at least one argument must precede /", 1, 7, 1, 8],
  ["def f(a, /, b, /): pass", 'SyntaxError', "/ may appear only once", 1, 16, 1, 17],
  ["def f(*a, *b): pass", 'SyntaxError', "* argument may appear only once", 1, 11, 1, 12],
  ["def f(*a=1): pass", 'SyntaxError', "var-positional argument cannot have default value", 1, 9, 1, 10],
  ["def f(**a=1): pass", 'SyntaxError', "var-keyword argument cannot have default value", 1, 10, 1, 11],
  ["def f(*, **k): pass", 'SyntaxError', "named arguments must follow bare *", 1, 7, 1, 8],
  ["def f(a, *, /, b): pass", 'SyntaxError', "/ must be ahead of *", 1, 13, 1, 14],
  ["def f(**k, a): pass", 'SyntaxError', "arguments cannot follow var-keyword argument", 1, 12, 1, 13],
  ["lambda a=1, b: 0", 'SyntaxError', "non-default argument follows default argument", 1, 13, 1, 14],
  ["lambda *: 0", 'SyntaxError', "named arguments must follow bare *", 1, 9, 1, 10],
  ["def f(a, a): pass", 'SyntaxError', "duplicate argument 'a' in function definition", 1, 10, 1, 11],
  // after parsing (symbol table and compiler)
  ["return 1", 'SyntaxError', "'return' outside function", 1, 1, 1, 9],
  ["class A:\n  return 1", 'SyntaxError', "'return' outside function", 2, 3, 2, 11],
  ["break", 'SyntaxError', "'break' outside loop", 1, 1, 1, 6],
  ["continue", 'SyntaxError', "'continue' not properly in loop", 1, 1, 1, 9],
  ["while x:\n  def f():\n    break\n", 'SyntaxError', "'break' outside loop", 3, 5, 3, 10],
  ["for x in y:\n  pass\nelse:\n  break\n", 'SyntaxError', "'break' outside loop", 4, 3, 4, 8],
  ["yield 1", 'SyntaxError', "'yield' outside function", 1, 1, 1, 8],
  ["x = (yield)", 'SyntaxError', "'yield' outside function", 1, 6, 1, 11],
  ["await x", 'SyntaxError', "'await' outside function", 1, 1, 1, 8],
  ["async def f():\n  await x\ndef g():\n  await x\n", 'SyntaxError', "'await' outside async function", 4, 3, 4, 10],
  ["def g():\n  async for x in y: pass\n", 'SyntaxError', "'async for' outside async function", 2, 3, 2, 25],
  ["def g():\n  async with a: pass\n", 'SyntaxError', "'async with' outside async function", 2, 3, 2, 21],
  ["async def f():\n  yield from x\n", 'SyntaxError', "'yield from' inside async function", 2, 3, 2, 15],
  ["def f():\n  x = [a async for a in b]\n", 'SyntaxError', "asynchronous comprehension outside of an asynchronous function", 2, 7, 2, 27],
  ["x = [(yield) for a in b]", 'SyntaxError', "'yield' inside list comprehension", 1, 7, 1, 12],
  ["x = *a\n", 'SyntaxError', "can't use starred expression here", 1, 5, 1, 7],
  ["*a = 1", 'SyntaxError', "starred assignment target must be in a list or tuple", 1, 1, 1, 3],
  ["a, *b, *c = x", 'SyntaxError', "multiple starred expressions in assignment", 1, 1, 1, 10],
  ["for *a in b: pass", 'SyntaxError', "starred assignment target must be in a list or tuple", 1, 5, 1, 7],
  ["nonlocal x", 'SyntaxError', "nonlocal declaration not allowed at module level", 1, 1, 1, 11],
  ["def f():\n  nonlocal x\n", 'SyntaxError', "no binding for nonlocal 'x' found", 2, 3, 2, 13],
  ["def f(x):\n  global x\n", 'SyntaxError', "name 'x' is parameter and global", 2, 3, 2, 11],
  ["def f():\n  x = 1\n  global x\n", 'SyntaxError', "name 'x' is assigned to before global declaration", 3, 3, 3, 11],
  ["def f():\n  print(x)\n  global x\n", 'SyntaxError', "name 'x' is used prior to global declaration", 3, 3, 3, 11],
  ["def f(x):\n  nonlocal x\n", 'SyntaxError', "name 'x' is parameter and nonlocal", 2, 3, 2, 13],
  ["class A(x=1, x=2): pass", 'SyntaxError', "keyword argument repeated: x", 1, 14, 1, 17],
  ["return 1\nyield 2\n", 'SyntaxError', "'return' outside function", 1, 1, 1, 9],
  ["yield 2\ndef f(a, a): pass\n", 'SyntaxError', "duplicate argument 'a' in function definition", 2, 10, 2, 11],
];

describe('syntax errors are reported as CPython 3.11 reports them', () => {
  it.each(CPYTHON_ERRORS)('%j', (source, pyType, msg, line, col, endLine, endCol) => {
    const error = syntaxErrorOf(source);
    expect({ pyType: error.pyType, msg: error.msg, line: error.line, col: error.col }).toEqual({ pyType, msg, line, col });
    if (endLine !== null) expect({ endLine: error.endLine, endCol: error.endCol }).toEqual({ endLine, endCol });
  });

  it('has a table of at least 40 cases', () => {
    expect(CPYTHON_ERRORS.length).toBeGreaterThanOrEqual(40);
  });
});

describe('where Tandem deliberately differs from CPython 3.11', () => {
  // CPython 3.11 parses an f-string's field as a separate string "(expr)" and reports errors inside it at columns
  // of that string (f'{a b}' at column 2). We report where the text really is, so the editor marks the right place.
  it.each([
    ["x = f'{a b}'", 'f-string: invalid syntax. Perhaps you forgot a comma?', 1, 8, 1, 11],
    ["x = f'{*a}'", 'f-string: cannot use starred expression here', 1, 8, 1, 10],
    ["x = f'{,}'", 'f-string: invalid syntax', 1, 8, 1, 9],
    ["x = f'''{\na b}'''", 'f-string: invalid syntax. Perhaps you forgot a comma?', 2, 1, 2, 4],
    ["x = f'{1abc}'", 'invalid decimal literal', 1, 8, 1, 8],
  ] as const)('f-string field errors point into the file: %j', (source, msg, line, col, endLine, endCol) => {
    const error = syntaxErrorOf(source);
    expect([error.msg, error.line, error.col, error.endLine, error.endCol]).toEqual([msg, line, col, endLine, endCol]);
  });

  it('says plainly that \\N{...} escapes are not supported, rather than decode them wrongly', () => {
    expect(syntaxErrorOf("x = '\\N{EM DASH}'").msg).toBe('(unicode error) \\N{...} escapes are not supported in Tandem');
  });

  it("says plainly that except* (exception groups) is not supported, as the tree has no node for it", () => {
    const error = syntaxErrorOf('try:\n    pass\nexcept* ValueError:\n    pass\n');
    expect([error.msg, error.line, error.col]).toEqual(["'except*' is not supported in Tandem", 3, 1]);
  });
});

describe('PySyntaxError', () => {
  it('carries the file name and the offending line', () => {
    const error = syntaxErrorOf('x = 1\nif x\n    pass\n');
    expect(error).toBeInstanceOf(Error);
    expect(error.filename).toBe('f.py');
    expect(error.lineText).toBe('if x');
    expect(error.message).toBe("SyntaxError: expected ':' (f.py, line 2)");
  });

  it('prefers a tokenizer error anywhere in the file to an earlier parse error, as CPython does', () => {
    const error = syntaxErrorOf("x = = 1\ny = 2\ns = 'abc\n");
    expect([error.msg, error.line]).toEqual(['unterminated string literal (detected at line 3)', 3]);
  });

  it('keeps an earlier parse error over a later indentation problem', () => {
    const error = syntaxErrorOf('x = = 1\nif x:\n    a\n  b\n');
    expect([error.pyType, error.msg, error.line]).toEqual(['SyntaxError', 'invalid syntax', 1]);
  });
});
