// torch.nn.init: in-place weight initialisers (they run without recording history, as in PyTorch).

import { nn, type Tensor } from '../../../engine/index.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import type { PyModule } from '../../objects/module.ts';
import type { PyObject } from '../../objects/object.ts';
import { asString, given } from '../../runtime/convert.ts';
import { defineModule, method } from '../../runtime/native.ts';
import { engine } from '../engineErrors.ts';
import { numberOr } from '../torch/args.ts';
import { tensorOf } from '../torch/pyTensor.ts';

const NONLINEARITIES = ['linear', 'conv1d', 'conv2d', 'sigmoid', 'tanh', 'relu', 'leaky_relu', 'selu'] as const;

function nonlinearity(obj: PyObject | undefined): nn.init.Nonlinearity {
  const name = given(obj) ? asString(obj, 'nonlinearity') : 'leaky_relu';
  const found = NONLINEARITIES.find((n) => n === name);
  if (found === undefined) throw pyError(PyExc.ValueError, `Unsupported nonlinearity ${name}`);
  return found;
}

function fanMode(obj: PyObject | undefined): nn.init.FanMode {
  const mode = given(obj) ? asString(obj, 'mode') : 'fan_in';
  if (mode !== 'fan_in' && mode !== 'fan_out') {
    throw pyError(PyExc.ValueError, `Mode ${mode} not supported, please use one of fan_in, fan_out`);
  }
  return mode;
}

/** Runs an initialiser on the tensor argument and returns that same tensor object. */
const inPlace = (run: (t: Tensor) => void) => (tensor: PyObject) => {
  engine(() => run(tensorOf(tensor, 'tensor')));
  return tensor;
};

export function loadInit(): PyModule {
  return defineModule('torch.nn.init', {
    uniform_: method(['tensor', 'a?', 'b?'], (_ctx, [t, a, b]) => inPlace((x) => nn.init.uniform_(x, numberOr(a, 0), numberOr(b, 1)))(t)),
    normal_: method(['tensor', 'mean?', 'std?'], (_ctx, [t, mean, std]) =>
      inPlace((x) => nn.init.normal_(x, numberOr(mean, 0), numberOr(std, 1)))(t),
    ),
    constant_: method(['tensor', 'val'], (_ctx, [t, val]) => inPlace((x) => nn.init.constant_(x, numberOr(val, 0)))(t)),
    zeros_: method(['tensor'], (_ctx, [t]) => inPlace(nn.init.zeros_)(t)),
    ones_: method(['tensor'], (_ctx, [t]) => inPlace(nn.init.ones_)(t)),
    xavier_uniform_: method(['tensor', 'gain?'], (_ctx, [t, gain]) => inPlace((x) => nn.init.xavierUniform_(x, numberOr(gain, 1)))(t)),
    xavier_normal_: method(['tensor', 'gain?'], (_ctx, [t, gain]) => inPlace((x) => nn.init.xavierNormal_(x, numberOr(gain, 1)))(t)),
    kaiming_uniform_: method(['tensor', 'a?', 'mode?', 'nonlinearity?'], (_ctx, [t, a, mode, nl]) =>
      inPlace((x) => nn.init.kaimingUniform_(x, numberOr(a, 0), fanMode(mode), nonlinearity(nl)))(t),
    ),
    kaiming_normal_: method(['tensor', 'a?', 'mode?', 'nonlinearity?'], (_ctx, [t, a, mode, nl]) =>
      inPlace((x) => nn.init.kaimingNormal_(x, numberOr(a, 0), fanMode(mode), nonlinearity(nl)))(t),
    ),
  });
}
