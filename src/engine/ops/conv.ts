// 2-D convolution (F.conv2d, the op behind nn.Conv2d) as im2col: the input's windows unfolded with one take
// (./windows.ts), then one batched matmul with the weight. The backward is the same two steps transposed: a
// matmul and a scatter-add (fold), plus the weight's gradient from the saved windows.

import { record } from '../autograd/record.ts';
import { scalarTypeName, type DType } from '../dtype.ts';
import { runtimeError } from '../errors.ts';
import { formatShape } from '../shape.ts';
import type { Tensor } from '../tensor.ts';
import { binaryKernel, reshapeContiguous } from './kernels.ts';
import { matmul } from './matmul.ts';
import { sum } from './reduce.ts';
import { reshape, squeeze, transpose, unsqueeze } from './views.ts';
import { fold, pairOf, slidingOutputSize, unfold, windowsFor, type Pair, type Size2 } from './windows.ts';

export type { Size2 };
export type ConvPadding = Size2 | 'same' | 'valid';

/** The C type names PyTorch's convolution uses in its bias dtype message. */
const C_TYPE: Record<DType, string> = { float32: 'float', float64: 'double', int64: 'long', bool: 'bool' };

/** stride/padding/dilation as a pair, with PyTorch's message for a sequence of the wrong length. */
function convPair(name: string, value: Size2, dims: number): Pair {
  const pair = dims === 2 ? pairOf(value) : null;
  if (pair === null) {
    const shown = typeof value === 'number' ? [value, value] : value;
    throw runtimeError(
      `expected ${name} to be a single integer value or a list of ${dims} values to match the convolution dimensions, but got ${name}=${formatShape(shown)}`,
    );
  }
  return pair;
}

/**
 * `F.conv2d(input, weight, bias, stride, padding, dilation, groups)` for (N, C, H, W) or unbatched (C, H, W)
 * input and (out, C/groups, kh, kw) weight, with PyTorch's checks in PyTorch's order.
 */
export function conv2d(
  input: Tensor,
  weight: Tensor,
  bias: Tensor | null = null,
  stride: Size2 = 1,
  padding: ConvPadding = 0,
  dilation: Size2 = 1,
  groups = 1,
): Tensor {
  if (input.ndim !== 3 && input.ndim !== 4) {
    throw runtimeError(`Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: ${formatShape(input.shape)}`);
  }
  // PyTorch convolves an unbatched input as a batch of one and squeezes the batch dim away again.
  if (input.ndim === 3) return squeeze(conv2d(unsqueeze(input, 0), weight, bias, stride, padding, dilation, groups), 0);
  const dims = weight.ndim - 2;
  const s = convPair('stride', stride, dims);
  const d = convPair('dilation', dilation, dims);
  const [kh, kw] = [weight.shape[2], weight.shape[3]];
  const pad = paddingOf(padding, s, d, [kh, kw], dims);
  checkConv(input, weight, bias, s, pad.before, d, groups);
  const [n, c, h, w] = input.shape;
  const out = weight.shape[0];
  const outputSize = (i: 0 | 1): number => slidingOutputSize(input.shape[i + 2], weight.shape[i + 2], s[i], pad.before[i], d[i], false);
  const output: Pair = pad.same ? [h, w] : [outputSize(0), outputSize(1)];
  const windows = windowsFor(input.backend, {
    planes: n,
    channels: c,
    input: [h, w],
    output,
    kernel: [kh, kw],
    stride: s,
    padding: pad.before,
    dilation: d,
  });
  const taps = (c / groups) * kh * kw;
  const positions = output[0] * output[1];
  // (N, C·kh·kw, L) windows as (N, groups, C/groups·kh·kw, L); weight as (groups, out/groups, C/groups·kh·kw).
  const cols = reshapeContiguous(unfold(input, windows, 0), [n, groups, taps, positions]);
  const kernel = groups === 1 ? reshape(weight.detach(), [out, taps]) : reshape(weight.detach(), [groups, out / groups, taps]);
  let y = reshape(matmul(kernel, cols), [n, out, positions]);
  if (bias !== null) y = binaryKernel('add', y, reshape(bias.detach(), [out, 1]));
  const result = reshapeContiguous(y, [n, out, ...output]);
  return record(
    result,
    'ConvolutionBackward0',
    [input, weight, bias],
    (g, needs) => {
      const grads = reshape(g, [n, groups, out / groups, positions]);
      // Each window's gradient, (N, C·kh·kw, L), added back where the window read the input.
      const windowGrads = (): Tensor => reshape(matmul(transpose(kernel, -1, -2), grads), [n, c * kh * kw, positions]);
      return [
        needs[0] ? fold(windowGrads(), windows.positions, windows, input.shape) : null,
        needs[1] ? reshape(sum(matmul(grads, transpose(cols, -1, -2)), 0), weight.shape) : null,
        needs[2] ? sum(g, [0, 2, 3]) : null,
      ];
    },
    [input, weight],
    [cols, kernel, windows.positions],
  );
}

interface ResolvedPadding {
  readonly before: Pair;
  /** padding='same': the output keeps the input's size (any odd total padding goes after, as PyTorch pads). */
  readonly same: boolean;
}

function paddingOf(padding: ConvPadding, stride: Pair, dilation: Pair, kernel: Pair, dims: number): ResolvedPadding {
  if (padding === 'valid') return { before: [0, 0], same: false };
  if (padding === 'same') {
    if (stride[0] !== 1 || stride[1] !== 1) throw runtimeError("padding='same' is not supported for strided convolutions");
    const total = (i: number): number => dilation[i] * (kernel[i] - 1);
    return { before: [Math.floor(total(0) / 2), Math.floor(total(1) / 2)], same: true };
  }
  if (typeof padding === 'string') throw runtimeError(`Invalid padding string: '${padding as string}'`);
  return { before: convPair('padding', padding, dims), same: false };
}

function checkConv(input: Tensor, weight: Tensor, bias: Tensor | null, stride: Pair, padding: Pair, dilation: Pair, groups: number): void {
  if (padding[0] < 0 || padding[1] < 0) throw runtimeError('negative padding is not supported');
  if (stride[0] <= 0 || stride[1] <= 0) throw runtimeError('non-positive stride is not supported');
  if (dilation[0] <= 0 || dilation[1] <= 0) throw runtimeError(`dilation should be greater than zero, but got ${formatShape(dilation)}`);
  if (groups <= 0) throw runtimeError('non-positive groups is not supported');
  const ws = weight.shape;
  if (ws[0] < groups) {
    throw runtimeError(`Given groups=${groups}, expected weight to be at least ${groups} at dimension 0, but got weight of size ${formatShape(ws)} instead`);
  }
  if (ws[0] % groups !== 0) {
    throw runtimeError(`Given groups=${groups}, expected weight to be divisible by ${groups} at dimension 0, but got weight of size [${formatShape(ws)}] instead`);
  }
  if (input.shape[1] !== ws[1] * groups) {
    throw runtimeError(
      `Given groups=${groups}, weight of size ${formatShape(ws)}, expected input${formatShape(input.shape)} to have ${ws[1] * groups} channels, but got ${input.shape[1]} channels instead`,
    );
  }
  if (bias !== null && (bias.ndim !== 1 || bias.shape[0] !== ws[0])) {
    throw runtimeError(
      `Given weight of size ${formatShape(ws)}, expected bias to be 1-dimensional with ${ws[0]} elements, but got bias of size ${formatShape(bias.shape)} instead`,
    );
  }
  const padded = [0, 1].map((i) => input.shape[i + 2] + 2 * padding[i]);
  const span = [0, 1].map((i) => dilation[i] * (ws[i + 2] - 1) + 1);
  if (padded[0] < span[0] || padded[1] < span[1]) {
    throw runtimeError(
      `Calculated padded input size per channel: (${padded.join(' x ')}). Kernel size: (${span.join(' x ')}). Kernel size can't be greater than actual input size`,
    );
  }
  if (input.dtype !== weight.dtype) {
    throw runtimeError(`expected scalar type ${scalarTypeName(input.dtype)} but found ${scalarTypeName(weight.dtype)}`);
  }
  if (bias !== null && bias.dtype !== input.dtype) {
    throw runtimeError(`Input type (${C_TYPE[input.dtype]}) and bias type (${C_TYPE[bias.dtype]}) should be the same`);
  }
}
