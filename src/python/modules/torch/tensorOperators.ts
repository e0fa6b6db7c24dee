// Tensor's operator dunders: + - * / @ ** and their reflected forms, comparisons, unary minus, in-place
// updates (`w -= lr * w.grad`), and indexing. Anything that is not a tensor or a Python number gets
// NotImplemented, so Python raises its own TypeError.

import * as E from '../../../engine/index.ts';
import type { Operand, Tensor } from '../../../engine/index.ts';
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
    engine(() => E.applyInPlace(t, (current) => f(current, o)));
    return self;
  });

export const tensorOperators: Record<string, PyObject> = {
  __add__: forward(E.add),
  __radd__: reflected((t, o) => E.add(o, t)),
  __sub__: forward(E.sub),
  __rsub__: reflected(E.rsub),
  __mul__: forward(E.mul),
  __rmul__: reflected((t, o) => E.mul(o, t)),
  __truediv__: forward(E.div),
  __rtruediv__: reflected(E.rdiv),
  __floordiv__: forward(E.floorDivide),
  __rfloordiv__: reflected((t, o) => E.floorDivide(o, t)),
  __mod__: forward(E.remainder),
  __rmod__: reflected((t, o) => E.remainder(o, t)),
  __pow__: forward(E.pow),
  __rpow__: reflected((t, o) => E.pow(o, t)),
  __matmul__: method(['self', 'other'], (_ctx, [self, other]) => {
    if (!(other instanceof PyTensor)) return NotImplemented;
    const t = tensorOf(self, 'self');
    return wrap(engine(() => E.matmul(t, other.tensor)));
  }),
  __rmatmul__: method(['self', 'other'], (_ctx, [self, other]) => {
    if (!(other instanceof PyTensor)) return NotImplemented;
    const t = tensorOf(self, 'self');
    return wrap(engine(() => E.matmul(other.tensor, t)));
  }),
  __and__: forward(E.logicalAnd),
  __or__: forward(E.logicalOr),
  __xor__: forward(E.logicalXor),

  __iadd__: inPlace(E.add),
  __isub__: inPlace(E.sub),
  __imul__: inPlace(E.mul),
  __itruediv__: inPlace(E.div),

  __eq__: forward(E.eq),
  __ne__: forward(E.ne),
  __lt__: forward(E.lt),
  __le__: forward(E.le),
  __gt__: forward(E.gt),
  __ge__: forward(E.ge),

  __neg__: method(['self'], (_ctx, [self]) => wrap(engine(() => E.neg(tensorOf(self, 'self'))))),
  __pos__: method(['self'], (_ctx, [self]) => self),
  __abs__: method(['self'], (_ctx, [self]) => wrap(engine(() => E.abs(tensorOf(self, 'self'))))),
  __invert__: method(['self'], (_ctx, [self]) => {
    const t = tensorOf(self, 'self');
    if (t.dtype !== 'bool') throw pyError(PyExc.NotImplementedError, '~ on non-bool tensors is not supported in Tandem');
    return wrap(engine(() => E.logicalNot(t)));
  }),

  __getitem__: method(['self', 'key'], async (_ctx, [self, key]) => {
    const t = tensorOf(self, 'self');
    return wrap(await engineAsync(() => E.indexAsync(t, indexItems(key))));
  }),
  __setitem__: method(['self', 'key', 'value'], async (_ctx, [self, key, value]) => {
    const t = tensorOf(self, 'self');
    const v = toOperand(value);
    if (v === null) throw pyError(PyExc.TypeError, `can't assign a ${value.type.name} to a torch.FloatTensor`);
    await engineAsync(() => E.setIndexAsync(t, indexItems(key), v));
    return None;
  }),
};
