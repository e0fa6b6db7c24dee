// Keras activations (keras.activations). Sigmoid and softmax outputs remember their logits, as Keras 3 does
// (`_keras_logits`): TensorFlow then computes crossentropy from the logits, which is what training follows.

import { valueError } from '../errors.ts';
import { keepAliveWith } from '../memory/reachability.ts';
import { elu, gelu, leakyRelu, logSoftmax, silu, softmax, softplus } from '../ops/activation.ts';
import { mul, sub } from '../ops/arithmetic.ts';
import { gt, where } from '../ops/compare.ts';
import { exp, relu, sigmoid, tanh } from '../ops/unary.ts';
import type { Tensor } from '../tensor.ts';

export type ActivationName = 'linear' | 'relu' | 'sigmoid' | 'tanh' | 'softmax' | 'log_softmax' | 'elu' | 'selu' | 'softplus' | 'gelu' | 'swish' | 'silu' | 'leaky_relu' | 'exponential';

export type LogitsKind = 'sigmoid' | 'softmax';

const logitsOf = new WeakMap<Tensor, { kind: LogitsKind; logits: Tensor }>();

function rememberLogits(output: Tensor, kind: LogitsKind, logits: Tensor): Tensor {
  logitsOf.set(output, { kind, logits });
  // The runtime must not release the logits while the output lives (a WeakMap entry is invisible to its walk).
  keepAliveWith(output, logits);
  return output;
}

/** The pre-activation logits of a sigmoid/softmax output, if it came from one. */
export function cachedLogits(output: Tensor, kind: LogitsKind): Tensor | null {
  const entry = logitsOf.get(output);
  return entry !== undefined && entry.kind === kind ? entry.logits : null;
}

const SELU_ALPHA = 1.6732632423543772848170429916717;
const SELU_SCALE = 1.0507009873554804934193349852946;

export function activate(name: ActivationName, x: Tensor): Tensor {
  switch (name) {
    case 'linear':
      return x;
    case 'relu':
      return relu(x);
    case 'sigmoid':
      return rememberLogits(sigmoid(x), 'sigmoid', x);
    case 'softmax':
      return rememberLogits(softmax(x, -1), 'softmax', x);
    case 'log_softmax':
      return logSoftmax(x, -1);
    case 'tanh':
      return tanh(x);
    case 'elu':
      return elu(x);
    case 'selu':
      return mul(where(gt(x, 0), x, mul(sub(exp(x), 1), SELU_ALPHA)), SELU_SCALE);
    case 'softplus':
      return softplus(x);
    case 'gelu':
      // keras.activations.gelu defaults to the tanh approximation.
      return gelu(x, 'tanh');
    case 'swish':
    case 'silu':
      return silu(x);
    case 'leaky_relu':
      return leakyRelu(x, 0.2);
    case 'exponential':
      return exp(x);
  }
}

const NAMES: readonly string[] = ['linear', 'relu', 'sigmoid', 'tanh', 'softmax', 'log_softmax', 'elu', 'selu', 'softplus', 'gelu', 'swish', 'silu', 'leaky_relu', 'exponential'];

/** `activation=None` means linear, as in Keras. */
export function activationName(value: string | null | undefined): ActivationName {
  if (value === null || value === undefined) return 'linear';
  if (NAMES.includes(value)) return value as ActivationName;
  throw valueError(`Could not interpret activation function identifier: ${value}`);
}
