// The methods only a Tensor has (those shared with the torch module live in tensorFunctions.ts): reading values
// back (item, tolist), shapes and views, backward(), in-place updates, dtype conversion, and the Python protocols
// (len, iter, bool, float, format, repr).

import * as E from '../../../engine/index.ts';
import type { Device, DType, Operand, Tensor } from '../../../engine/index.ts';
import { None } from '../../objects/constants.ts';
import type { Context } from '../../objects/context.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { pyFloat } from '../../objects/float.ts';
import { pyBool, pyInt } from '../../objects/int.ts';
import { pyList } from '../../objects/list.ts';
import type { PyObject } from '../../objects/object.ts';
import { pyStr } from '../../objects/str.ts';
import { asIndex, asString, given } from '../../runtime/convert.ts';
import { getIterator } from '../../runtime/iteration.ts';
import { method } from '../../runtime/native.ts';
import { format } from '../../runtime/text.ts';
import { engine, engineAsync } from '../engineErrors.ts';
import { wrapArray } from '../numpy/ndarrayClass.ts';
import { asShape, flag, numberOr, optionalNumber } from './args.ts';
import { cudaDevice, deviceArgument } from './device.ts';
import { generatorArgument } from './generator.ts';
import { asDType, PyDType } from './dtypes.ts';
import { LossCurve } from './lossCurve.ts';
import { nestedList, pyNumber, toOperand } from './operands.ts';
import { tensorRepr } from './print.ts';
import { PyTensor, tensorOf, wrap } from './pyTensor.ts';
import { torchSize } from './size.ts';

const self0 = (obj: PyObject | undefined) => tensorOf(obj, 'self');

/** What t.type() answers. */
const LEGACY_TYPE_NAMES: Record<DType, string> = {
  float32: 'torch.FloatTensor',
  float64: 'torch.DoubleTensor',
  int64: 'torch.LongTensor',
  bool: 'torch.BoolTensor',
};

function operand(obj: PyObject, what: string): Operand {
  const o = toOperand(obj);
  if (o === null) throw pyError(PyExc.TypeError, `${what} must be Tensor or a number, not ${obj.type.name}`);
  return o;
}

async function scalarValue(t: Tensor): Promise<number> {
  if (t.numel !== 1) throw pyError(PyExc.ValueError, 'only one element tensors can be converted to Python scalars');
  return engineAsync(() => t.item());
}

/** The run's loss curve: one point per backward() call (DESIGN.md). */
function lossCurve(ctx: Context): LossCurve {
  return ctx.local(LossCurve, () => {
    const curve = new LossCurve((points) => ctx.host.metric(points));
    // The run reports its end only after the last loss readback has landed as a point.
    ctx.onRunEnd(() => curve.settled());
    return curve;
  });
}

const inPlace = (f: (t: Tensor, o: Operand) => Tensor) =>
  method(['self', 'other'], (_ctx, [self, other]) => {
    const t = self0(self);
    const o = operand(other, 'other');
    engine(() => E.applyInPlace(t, (current) => f(current, o)));
    return self;
  });

const convert = (dtype: DType) => method(['self'], (_ctx, [self]) => wrap(engine(() => E.to(self0(self), dtype))));

/** `t.to(torch.float64)`, `t.to('cuda')`, `t.to(device, dtype)`, `t.to(other)`: a dtype and a device. */
function toTarget(args: PyObject[], kwargs: Map<string, PyObject>): { dtype: DType | null; device: Device | null } {
  let dtype: DType | null = null;
  let device: Device | null = null;
  for (const a of args) {
    const named = deviceArgument(a);
    if (named !== null) device = named;
    else if (a instanceof PyDType) dtype = a.dtype;
    else if (a instanceof PyTensor) {
      dtype = a.tensor.dtype;
      device = E.deviceOf(a.tensor);
    } else dtype = asDType(a);
  }
  const dtypeArg = kwargs.get('dtype');
  if (dtypeArg !== undefined) dtype = asDType(dtypeArg);
  const deviceArg = kwargs.get('device');
  if (deviceArg !== undefined) device = deviceArgument(deviceArg);
  return { dtype, device };
}

/** `t.cuda()`, `t.cpu()`: the tensor itself when already there, else a copy on that device. */
const moveTo = (device: Device) =>
  method(['self', '*args', '**kwargs'], (_ctx, [self]) => {
    const t = self0(self);
    if (device === 'cuda') deviceArgument(cudaDevice);
    return wrap(engine(() => E.toDevice(t, device)));
  });

export const tensorMethods: Record<string, PyObject> = {
  __repr__: method(['self'], async (_ctx, [self]) => pyStr(await tensorRepr(self0(self)))),
  __str__: method(['self'], async (_ctx, [self]) => pyStr(await tensorRepr(self0(self)))),
  /** PyTorch formats a one-element tensor as its number: f'{loss:.4f}'. */
  __format__: method(['self', 'spec'], async (ctx, [self, spec]) => {
    const t = self0(self);
    const text = asString(spec, 'format spec');
    if (t.ndim === 0) return pyStr(await format(ctx, pyNumber(await scalarValue(t), t.dtype), text));
    if (text === '') return pyStr(await tensorRepr(t));
    throw pyError(PyExc.TypeError, 'unsupported format string passed to Tensor.__format__');
  }),
  __len__: method(['self'], (_ctx, [self]) => {
    const t = self0(self);
    if (t.ndim === 0) throw pyError(PyExc.TypeError, 'len() of a 0-d tensor');
    return pyInt(t.shape[0]!);
  }),
  __iter__: method(['self'], async (ctx, [self]) => {
    const t = self0(self);
    if (t.ndim === 0) throw pyError(PyExc.TypeError, 'iteration over a 0-d tensor');
    const rows = engine(() => Array.from({ length: t.shape[0]! }, (_, i) => wrap(E.select(t, 0, i))));
    return getIterator(ctx, pyList(rows));
  }),
  __bool__: method(['self'], async (_ctx, [self]) => {
    const t = self0(self);
    if (t.numel !== 1) {
      throw pyError(PyExc.RuntimeError, 'Boolean value of Tensor with more than one value is ambiguous');
    }
    return pyBool((await engineAsync(() => t.item())) !== 0);
  }),
  __float__: method(['self'], async (_ctx, [self]) => pyFloat(await scalarValue(self0(self)))),
  __int__: method(['self'], async (_ctx, [self]) => pyInt(Math.trunc(await scalarValue(self0(self))))),
  __index__: method(['self'], async (_ctx, [self]) => {
    const t = self0(self);
    if (t.dtype !== 'int64' || t.numel !== 1) {
      throw pyError(PyExc.TypeError, 'only integer tensors of a single element can be converted to an index');
    }
    return pyInt(await scalarValue(t));
  }),
  __contains__: method(['self', 'element'], async (_ctx, [self, element]) => {
    const t = self0(self);
    const hit = engine(() => E.any(E.eq(t, operand(element, 'element'))));
    return pyBool((await engineAsync(() => hit.item())) !== 0);
  }),

  item: method(['self'], async (_ctx, [self]) => {
    const t = self0(self);
    return pyNumber(await scalarValue(t), t.dtype);
  }),
  tolist: method(['self'], async (_ctx, [self]) => {
    const t = self0(self);
    return nestedList(await engineAsync(() => t.data()), t.shape, t.dtype);
  }),
  size: method(['self', 'dim?'], (_ctx, [self, dim]) => {
    const t = self0(self);
    if (!given(dim)) return torchSize(t.shape);
    const d = asIndex(dim);
    const axis = d < 0 ? d + t.ndim : d;
    if (axis < 0 || axis >= t.ndim) {
      throw pyError(
        PyExc.IndexError,
        `Dimension out of range (expected to be in range of [${-Math.max(t.ndim, 1)}, ${Math.max(t.ndim, 1) - 1}], but got ${d})`,
      );
    }
    return pyInt(t.shape[axis]!);
  }),
  dim: method(['self'], (_ctx, [self]) => pyInt(self0(self).ndim)),
  numel: method(['self'], (_ctx, [self]) => pyInt(self0(self).numel)),
  nelement: method(['self'], (_ctx, [self]) => pyInt(self0(self).numel)),
  is_floating_point: method(['self'], (_ctx, [self]) => {
    const d = self0(self).dtype;
    return pyBool(d === 'float32' || d === 'float64');
  }),

  view: method(['self', '*shape'], (_ctx, [self, shape]) => wrap(engine(() => E.view(self0(self), asShape(shape))))),
  reshape: method(['self', '*shape'], (_ctx, [self, shape]) =>
    wrap(engine(() => E.reshape(self0(self), asShape(shape)))),
  ),
  view_as: method(['self', 'other'], (_ctx, [self, other]) =>
    wrap(engine(() => E.view(self0(self), tensorOf(other, 'other').shape))),
  ),
  reshape_as: method(['self', 'other'], (_ctx, [self, other]) =>
    wrap(engine(() => E.reshape(self0(self), tensorOf(other, 'other').shape))),
  ),
  expand: method(['self', '*sizes'], (_ctx, [self, sizes]) =>
    wrap(engine(() => E.expand(self0(self), asShape(sizes)))),
  ),
  permute: method(['self', '*dims'], (_ctx, [self, dims]) =>
    wrap(engine(() => E.permute(self0(self), asShape(dims)))),
  ),
  contiguous: method(['self'], (_ctx, [self]) => wrap(engine(() => E.contiguous(self0(self))))),
  where: method(['self', 'condition', 'other'], (_ctx, [self, condition, other]) =>
    wrap(engine(() => E.where(tensorOf(condition, 'condition'), self0(self), operand(other, 'other')))),
  ),

  backward: method(['self', 'gradient?', 'retain_graph?', 'create_graph?'], (ctx, [self, gradient, retainGraph]) => {
    const t = self0(self);
    const seed = given(gradient) ? tensorOf(gradient, 'gradient') : null;
    engine(() => E.backward(t, seed, flag(retainGraph, false)));
    // Read the loss for the curve without waiting for it: the next statement runs while it arrives.
    if (t.numel === 1) lossCurve(ctx).record(t.item());
    return None;
  }),
  requires_grad_: method(['self', 'requires_grad?'], (_ctx, [self, requiresGrad]) => {
    engine(() => self0(self).setRequiresGrad(flag(requiresGrad, true)));
    return self;
  }),
  retain_grad: method(['self'], (_ctx, [self]) => {
    engine(() => self0(self).retainGrad());
    return None;
  }),

  zero_: method(['self'], (_ctx, [self]) => {
    engine(() => E.fill_(self0(self), 0));
    return self;
  }),
  fill_: method(['self', 'value'], (_ctx, [self, value]) => {
    engine(() => E.fill_(self0(self), numberOr(value, 0)));
    return self;
  }),
  uniform_: method(['self', 'from?', 'to?', '*', 'generator?'], (_ctx, [self, from, to, , generator]) => {
    engine(() => E.uniform_(self0(self), numberOr(from, 0), numberOr(to, 1), generatorArgument(generator)));
    return self;
  }),
  normal_: method(['self', 'mean?', 'std?', '*', 'generator?'], (_ctx, [self, mean, std, , generator]) => {
    engine(() => E.normal_(self0(self), numberOr(mean, 0), numberOr(std, 1), generatorArgument(generator)));
    return self;
  }),
  copy_: method(['self', 'src'], (_ctx, [self, src]) => {
    engine(() => E.copy_(self0(self), tensorOf(src, 'src')));
    return self;
  }),
  add_: inPlace(E.add),
  sub_: inPlace(E.sub),
  mul_: inPlace(E.mul),
  div_: inPlace(E.div),
  clamp_: method(['self', 'min?', 'max?'], (_ctx, [self, min, max]) => {
    const t = self0(self);
    engine(() => E.commit(t, E.clamp(t, optionalNumber(min), optionalNumber(max))));
    return self;
  }),

  float: convert('float32'),
  double: convert('float64'),
  long: convert('int64'),
  bool: convert('bool'),
  int: method(['self'], () => {
    throw pyError(PyExc.NotImplementedError, 'torch.int32 tensors are not supported in Tandem; use .long() for integers');
  }),
  to: method(['self', '*args', '**kwargs'], (_ctx, [self, args, kwargs]) => {
    const t = self0(self);
    const { dtype, device } = toTarget(args, kwargs);
    const converted = dtype === null ? t : engine(() => E.to(t, dtype));
    const moved = device === null ? converted : engine(() => E.toDevice(converted, device));
    return moved === t ? self! : wrap(moved);
  }),
  type: method(['self', 'dtype?'], (_ctx, [self, dtype]) => {
    const t = self0(self);
    if (!given(dtype)) return pyStr(LEGACY_TYPE_NAMES[t.dtype]);
    return wrap(engine(() => E.to(t, asDType(dtype))));
  }),
  cpu: moveTo('cpu'),
  /** The same memory as a NumPy array (PyTorch refuses while the tensor is part of a graph). */
  numpy: method(['self'], (_ctx, [self]) => {
    const t = self0(self);
    if (t.requiresGrad) {
      throw pyError(PyExc.RuntimeError, "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.");
    }
    return wrapArray(t.detach());
  }),
  cuda: moveTo('cuda'),
};
