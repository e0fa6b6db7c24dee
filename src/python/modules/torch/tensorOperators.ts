// Tensor's operator dunders: + - * / @ ** and their reflected forms, comparisons, unary minus, in-place
// updates (`w -= lr * w.grad`), and indexing. Anything that is not a tensor or a Python number gets
// NotImplemented, so Python raises its own TypeError.

import * as arithmetic from '../../../engine/ops/arithmetic.ts';
import * as compare from '../../../engine/ops/compare.ts';
import { commit } from '../../../engine/ops/inplace.ts';
import { indexAsync, setIndexAsync } from '../../../engine/ops/indexing.ts';
import { matmul } from '../../../engine/ops/matmul.ts';
import { abs } from '../../../engine/ops/unary.ts';
import type { Operand } from '../../../engine/ops/scalar.ts';
import type { Tensor } from '../../../engine/tensor.ts';
import { None, NotImplemented } from '../../objects/constants.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import type { PyObject } from '../../objects/object.ts';
import { method } from '../../runtime/native.ts';
import { engine, engineAsync } from '../engineErrors.ts';
import { indexItems } from '../indexing.ts';
import { toOperand } from './operands.ts';
import { PyTensor, tensorOf, wrap } from './pyTensor.ts';

type BinaryFn = (a: Operand, b: Operand) => Tensor;

const forward = (f: BinaryFn) =>
  method(['self', 'other'], (_ctx, [self, other]) => {
    const o = toOperand(other);
    if (o === null) return NotImplemented;
    const t = tensorOf(self, 'self');
    return wrap(engine(() => f(t, o)));
  });

const reflected = (f: (t: Tensor, other: Operand) => Tensor) =>
  method(['self', 'other'], (_ctx, [self, other]) => {
    const o = toOperand(other);
    if (o === null) return NotImplemented;
    const t = tensorOf(self, 'self');
    return wrap(engine(() => f(t, o)));
  });

/** `t op= other` writes into t's own memory, as PyTorch does; a leaf that requires grad refuses outside no_grad. */
const inPlace = (f: BinaryFn) =>
  method(['self', 'other'], (_ctx, [self, other]) => {
    const o = toOperand(other);
    if (o === null) return NotImplemented;
    const t = tensorOf(self, 'self');
    engine(() => commit(t, f(t, o)));
    return self;
  });

export const tensorOperators: Record<string, PyObject> = {
  __add__: forward(arithmetic.add),
  __radd__: reflected((t, o) => arithmetic.add(o, t)),
  __sub__: forward(arithmetic.sub),
  __rsub__: reflected(arithmetic.rsub),
  __mul__: forward(arithmetic.mul),
  __rmul__: reflected((t, o) => arithmetic.mul(o, t)),
  __truediv__: forward(arithmetic.div),
  __rtruediv__: reflected(arithmetic.rdiv),
  __floordiv__: forward(arithmetic.floorDivide),
  __rfloordiv__: reflected((t, o) => arithmetic.floorDivide(o, t)),
  __mod__: forward(arithmetic.remainder),
  __rmod__: reflected((t, o) => arithmetic.remainder(o, t)),
  __pow__: forward(arithmetic.pow),
  __rpow__: reflected((t, o) => arithmetic.pow(o, t)),
  __matmul__: method(['self', 'other'], (_ctx, [self, other]) => {
    if (!(other instanceof PyTensor)) return NotImplemented;
    const t = tensorOf(self, 'self');
    return wrap(engine(() => matmul(t, other.tensor)));
  }),
  __rmatmul__: method(['self', 'other'], (_ctx, [self, other]) => {
    if (!(other instanceof PyTensor)) return NotImplemented;
    const t = tensorOf(self, 'self');
    return wrap(engine(() => matmul(other.tensor, t)));
  }),
  __and__: forward(compare.logicalAnd),
  __or__: forward(compare.logicalOr),
  __xor__: forward(compare.logicalXor),

  __iadd__: inPlace(arithmetic.add),
  __isub__: inPlace(arithmetic.sub),
  __imul__: inPlace(arithmetic.mul),
  __itruediv__: inPlace(arithmetic.div),

  __eq__: forward(compare.eq),
  __ne__: forward(compare.ne),
  __lt__: forward(compare.lt),
  __le__: forward(compare.le),
  __gt__: forward(compare.gt),
  __ge__: forward(compare.ge),

  __neg__: method(['self'], (_ctx, [self]) => wrap(engine(() => arithmetic.neg(tensorOf(self, 'self'))))),
  __pos__: method(['self'], (_ctx, [self]) => self),
  __abs__: method(['self'], (_ctx, [self]) => wrap(engine(() => abs(tensorOf(self, 'self'))))),
  __invert__: method(['self'], (_ctx, [self]) => {
    const t = tensorOf(self, 'self');
    if (t.dtype !== 'bool') throw pyError(PyExc.NotImplementedError, '~ on non-bool tensors is not supported in Tandem');
    return wrap(engine(() => compare.logicalNot(t)));
  }),

  __getitem__: method(['self', 'key'], async (_ctx, [self, key]) => {
    const t = tensorOf(self, 'self');
    return wrap(await engineAsync(() => indexAsync(t, indexItems(key))));
  }),
  __setitem__: method(['self', 'key', 'value'], async (_ctx, [self, key, value]) => {
    const t = tensorOf(self, 'self');
    const v = toOperand(value);
    if (v === null) throw pyError(PyExc.TypeError, `can't assign a ${value.type.name} to a torch.FloatTensor`);
    await engineAsync(() => setIndexAsync(t, indexItems(key), v));
    return None;
  }),
};
