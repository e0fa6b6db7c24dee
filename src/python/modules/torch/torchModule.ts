// The `torch` module: tensor factories, seeding, grad mode, dtypes, and the functions tensors share
// (torch.sigmoid(t) is t.sigmoid()). torch.nn and torch.optim hang off it as submodules.

import * as E from '../../../engine/index.ts';
import type { Device, DType, Tensor } from '../../../engine/index.ts';
import { None } from '../../objects/constants.ts';
import type { Context } from '../../objects/context.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { PyFloat } from '../../objects/float.ts';
import { pyBool, pyInt } from '../../objects/int.ts';
import type { PyModule } from '../../objects/module.ts';
import type { PyObject } from '../../objects/object.ts';
import { pyStr } from '../../objects/str.ts';
import { asIndex, asNumber, given } from '../../runtime/convert.ts';
import { toArray } from '../../runtime/iteration.ts';
import { defineModule, method } from '../../runtime/native.ts';
import { engine } from '../engineErrors.ts';
import { routeEngineWarnings } from '../warnings.ts';
import { readNested, type ElementKind } from '../nested.ts';
import { TensorBacked } from '../tensorBacked.ts';
import { conv2dFunction } from '../nn/functional.ts';
import { loadNn } from '../nn/nnModule.ts';
import { loadOptim } from '../optim/optimModule.ts';
import { asShape, flag, indexOr } from './args.ts';
import { loadAutograd } from './autogradModule.ts';
import { loadUtils } from './data/dataModule.ts';
import { defaultGeneratorObject, generatorArgument, generatorType } from './generator.ts';
import { deviceArgument, deviceType } from './device.ts';
import { asDType, DTYPE_ATTRIBUTES, dtypeType } from './dtypes.ts';
import { enableGradType, isGradEnabledFunction, noGradType, setGradEnabledType } from './gradMode.ts';
import { toOperand } from './operands.ts';
import { PyTensor, tensorOf, wrap } from './pyTensor.ts';
import { sizeType } from './size.ts';
import { tensorType } from './tensorClass.ts';
import { tensorFunctions } from './tensorFunctions.ts';

/** PyTorch's default dtype for each kind of Python number: float32, int64, bool. */
const DEFAULT_DTYPE: Record<ElementKind, DType> = { float: 'float32', int: 'int64', bool: 'bool' };

function dtypeOr(obj: PyObject | undefined, fallback: DType): DType {
  return given(obj) ? asDType(obj) : fallback;
}

/** A tensor the program created, on the device it named (`device=`; the CPU by default), as a Python value. */
function created(t: Tensor, device: PyObject | undefined, requiresGrad?: PyObject, fallback: Device = 'cpu'): PyTensor {
  const named = given(device) ? deviceArgument(device) : null;
  engine(() => E.placeOn(t, named ?? fallback));
  if (flag(requiresGrad, false)) engine(() => t.setRequiresGrad(true));
  return wrap(t);
}

/** torch.zeros(2, 3), torch.ones((2, 3), dtype=...), torch.rand(5, requires_grad=True, device=device) */
const factory = (make: (shape: number[], dtype: DType) => Tensor) =>
  method(['*size', '*', 'dtype?', 'device?', 'requires_grad?'], (_ctx, [size, , dtype, device, requiresGrad]) =>
    created(engine(() => make(asShape(size), dtypeOr(dtype, 'float32'))), device, requiresGrad),
  );

/** torch.rand(2, 3, generator=g): a factory that draws from the given torch.Generator, or the default one. */
const randomFactory = (make: (shape: number[], dtype: DType, gen: E.Generator) => Tensor) =>
  method(['*size', '*', 'generator?', 'dtype?', 'device?', 'requires_grad?'], (_ctx, [size, , generator, dtype, device, requiresGrad]) =>
    created(engine(() => make(asShape(size), dtypeOr(dtype, 'float32'), generatorArgument(generator))), device, requiresGrad),
  );

/** torch.zeros_like(x): on x's device unless told otherwise. */
const likeFactory = (make: (t: Tensor, dtype: DType) => Tensor) =>
  method(['input', '*', 'dtype?', 'device?', 'requires_grad?'], (_ctx, [input, , dtype, device, requiresGrad]) => {
    const t = tensorOf(input, 'input');
    return created(engine(() => make(t, dtypeOr(dtype, t.dtype))), device, requiresGrad, E.deviceOf(t));
  });

/** torch.tensor(data): the dtype follows the Python values unless given. */
export async function tensorFrom(data: PyObject, dtype: PyObject | undefined): Promise<Tensor> {
  const nested = await readNested(data, {
    ragged: (r) =>
      r.got === null
        ? pyError(PyExc.TypeError, 'not a sequence')
        : pyError(PyExc.ValueError, `expected sequence of length ${r.expected} at dim ${r.dim} (got ${r.got})`),
    notANumber: (obj) => pyError(PyExc.TypeError, `new(): invalid data type '${obj.type.name}'`),
  });
  const target = given(dtype) ? asDType(dtype) : data instanceof TensorBacked ? data.tensor.dtype : DEFAULT_DTYPE[nested.kind];
  return engine(() => E.fromValues(nested.values, nested.shape, target));
}

async function tensorList(ctx: Context, obj: PyObject): Promise<Tensor[]> {
  return (await toArray(ctx, obj)).map((t) => tensorOf(t, 'tensors'));
}

export function loadTorch(ctx: Context): PyModule {
  // Each run starts from PyTorch's default seed, so a program without manual_seed is still repeatable here.
  E.manualSeed(E.DEFAULT_SEED);
  routeEngineWarnings(ctx);
  const isFloat = (o: PyObject | undefined) => o instanceof PyFloat;
  return defineModule('torch', {
    ...tensorFunctions(),
    ...DTYPE_ATTRIBUTES,
    Tensor: tensorType,
    Size: sizeType,
    dtype: dtypeType,
    device: deviceType,
    no_grad: noGradType,
    enable_grad: enableGradType,
    set_grad_enabled: setGradEnabledType,
    is_grad_enabled: isGradEnabledFunction,

    tensor: method(['data', '*', 'dtype?', 'device?', 'requires_grad?'], async (_ctx, [data, , dtype, device, requiresGrad]) =>
      created(await tensorFrom(data, dtype), device, requiresGrad),
    ),
    as_tensor: method(['data', 'dtype?', 'device?'], async (_ctx, [data, dtype, device]) => {
      if (data instanceof PyTensor && !given(dtype) && !given(device)) return data;
      return created(await tensorFrom(data, dtype), device);
    }),
    from_numpy: method(['ndarray'], (_ctx, [ndarray]) => {
      if (!(ndarray instanceof TensorBacked)) {
        throw pyError(PyExc.TypeError, `expected np.ndarray (got ${ndarray.type.name})`);
      }
      return wrap(ndarray.tensor.detach());
    }),
    is_tensor: method(['obj'], (_ctx, [obj]) => pyBool(obj instanceof PyTensor)),
    numel: method(['input'], (_ctx, [input]) => pyInt(tensorOf(input, 'input').numel)),

    zeros: factory(E.zeros),
    ones: factory(E.ones),
    empty: factory(E.empty),
    rand: randomFactory(E.rand),
    randn: randomFactory(E.randn),
    full: method(['size', 'fill_value', '*', 'dtype?', 'device?', 'requires_grad?'], (_ctx, [size, fill, , dtype, device, rg]) => {
      const fallback = isFloat(fill) ? 'float32' : fill.type.name === 'bool' ? 'bool' : 'int64';
      return created(engine(() => E.full(asShape([size]), asNumber(fill), dtypeOr(dtype, fallback))), device, rg);
    }),
    zeros_like: likeFactory((t, dtype) => E.zerosLike(t, dtype)),
    ones_like: likeFactory((t, dtype) => E.onesLike(t, dtype)),
    rand_like: likeFactory((t, dtype) => E.rand(t.shape, dtype)),
    randn_like: likeFactory((t, dtype) => E.randn(t.shape, dtype)),
    full_like: method(['input', 'fill_value', '*', 'dtype?'], (_ctx, [input, fill, , dtype]) => {
      const t = tensorOf(input, 'input');
      return wrap(engine(() => E.fullLike(t, asNumber(fill), dtypeOr(dtype, t.dtype))));
    }),
    randint: method(['low_or_high', 'high?', 'size?', '*', 'generator?', 'dtype?'], (_ctx, [a, b, size, , generator, dtype]) => {
      // torch.randint(high, size) or torch.randint(low, high, size)
      const [low, high, shape] = size === undefined ? [0, asIndex(a), b] : [asIndex(a), asIndex(b!), size];
      if (shape === undefined) throw pyError(PyExc.TypeError, "randint() missing 1 required positional argument: 'size'");
      return wrap(engine(() => E.randint(low, high, asShape([shape]), dtypeOr(dtype, 'int64'), generatorArgument(generator))));
    }),
    conv2d: conv2dFunction,
    randperm: method(['n', '*', 'generator?', 'dtype?'], (_ctx, [n, , generator, dtype]) =>
      wrap(engine(() => E.randperm(asIndex(n), dtypeOr(dtype, 'int64'), generatorArgument(generator)))),
    ),
    arange: method(['start', 'end?', 'step?', '*', 'dtype?', 'device?', 'requires_grad?'], (_ctx, [a, b, c, , dtype, device, rg]) => {
      const [start, end] = b === undefined ? [0, asNumber(a)] : [asNumber(a), asNumber(b)];
      const step = c === undefined ? 1 : asNumber(c);
      // Any float argument makes the result the default float dtype, as in PyTorch.
      const fallback = [a, b, c].some(isFloat) ? 'float32' : 'int64';
      return created(engine(() => E.arange(start, end, step, dtypeOr(dtype, fallback))), device, rg);
    }),
    linspace: method(['start', 'end', 'steps', '*', 'dtype?', 'device?', 'requires_grad?'], (_ctx, [start, end, steps, , dtype, device, rg]) =>
      created(engine(() => E.linspace(asNumber(start), asNumber(end), asIndex(steps), dtypeOr(dtype, 'float32'))), device, rg),
    ),
    eye: method(['n', 'm?', '*', 'dtype?'], (_ctx, [n, m, , dtype]) =>
      wrap(engine(() => E.eye(asIndex(n), indexOr(m, asIndex(n)), dtypeOr(dtype, 'float32')))),
    ),

    cat: method(['tensors', 'dim?'], async (ctx, [tensors, dim]) => {
      const list = await tensorList(ctx, tensors);
      return wrap(engine(() => E.cat(list, indexOr(dim, 0))));
    }),
    stack: method(['tensors', 'dim?'], async (ctx, [tensors, dim]) => {
      const list = await tensorList(ctx, tensors);
      return wrap(engine(() => E.stack(list, indexOr(dim, 0))));
    }),
    where: method(['condition', 'input', 'other'], (_ctx, [condition, input, other]) => {
      const [a, b] = [toOperand(input), toOperand(other)];
      if (a === null || b === null) throw pyError(PyExc.TypeError, 'E.where(): input and other must be Tensors or numbers');
      return wrap(engine(() => E.where(tensorOf(condition, 'condition'), a, b)));
    }),
    reshape: method(['input', 'shape'], (_ctx, [input, shape]) =>
      wrap(engine(() => E.reshape(tensorOf(input, 'input'), asShape([shape])))),
    ),
    permute: method(['input', 'dims'], (_ctx, [input, dims]) =>
      wrap(engine(() => E.permute(tensorOf(input, 'input'), asShape([dims])))),
    ),

    manual_seed: method(['seed'], (_ctx, [seed]) => {
      E.manualSeed(BigInt(asIndex(seed)));
      return None;
    }),
    cuda: defineModule('torch.cuda', {
      /** Whether WebGPU runs here: Tandem's 'cuda' device. */
      is_available: method([], () => pyBool(E.cudaAvailable())),
      device_count: method([], () => pyInt(E.cudaAvailable() ? 1 : 0)),
      current_device: method([], () => {
        deviceArgument(pyStr('cuda'));
        return pyInt(0);
      }),
      get_device_name: method(['device?'], () => {
        deviceArgument(pyStr('cuda'));
        return pyStr(E.gpuName() ?? 'WebGPU');
      }),
    }),
    Generator: generatorType,
    default_generator: defaultGeneratorObject(),
    autograd: loadAutograd(),
    nn: loadNn(),
    optim: loadOptim(),
    utils: loadUtils(),
  });
}
