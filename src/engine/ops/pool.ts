// 2-D max and average pooling (F.max_pool2d, F.avg_pool2d): the windows of every channel unfolded with one take
// (./windows.ts), then a max or a mean over each window. Backward scatters each output's gradient back: to the
// window's first maximum (PyTorch's choice on ties), or spread evenly over the window.

import { record } from '../autograd/record.ts';
import type { Backend } from '../backends/backend.ts';
import { allocArray, isFloating, scalarTypeName, type DType } from '../dtype.ts';
import { EngineError, indexError, runtimeError } from '../errors.ts';
import { Tensor } from '../tensor.ts';
import { argReduceKernel, binaryKernel, reduceKernel, reshapeContiguous, scalarKernel } from './kernels.ts';
import { positionsAlong, takeKernel } from './positions.ts';
import type { ValuesIndices } from './reduce.ts';
import { reshape } from './views.ts';
import { fold, pairOf, slidingOutputSize, unfold, windowsFor, type Pair, type Size2, type WindowGeometry } from './windows.ts';

type PoolName = 'max_pool2d' | 'avg_pool2d';

interface Pooling {
  readonly geometry: WindowGeometry;
  /** The output's shape: the input's leading dims, then (oh, ow). */
  readonly shape: number[];
}

/** Arguments as pairs, with PyTorch's message for a sequence of the wrong length. */
function poolPair(op: PoolName, name: 'kernel_size' | 'stride' | 'padding' | 'dilation', value: Size2): Pair {
  const pair = pairOf(value);
  if (pair !== null) return pair;
  const what: Record<typeof name, string> = {
    kernel_size: 'kernel_size must either be a single int, or a tuple of two ints',
    stride: 'stride must either be omitted, a single int, or a tuple of two ints',
    padding: op === 'max_pool2d' ? 'padding must be either be a single int, or a tuple of two ints' : 'padding must either be a single int, or a tuple of two ints',
    dilation: 'dilation must be either a single int, or a tuple of two ints',
  };
  throw runtimeError(`${op}: ${what[name]}`);
}

/** pooling_output_shape's checks, then the output length. */
function outputLength(size: number, kernel: number, stride: number, pad: number, dilation: number, ceilMode: boolean): number {
  if (stride === 0) throw runtimeError('stride should not be zero');
  if (pad < 0) throw runtimeError(`pad must be non-negative, but got pad: ${pad}`);
  if (pad > Math.floor(kernel / 2)) throw runtimeError(`pad should be at most half of kernel size, but got pad=${pad} and kernel_size=${kernel}`);
  return slidingOutputSize(size, kernel, stride, pad, dilation, ceilMode);
}

/** The checks PyTorch's pooling makes, in its order, and the windows' geometry (one channel per plane). */
function pooling(op: PoolName, input: Tensor, kernelSize: Size2, stride: Size2 | null, padding: Size2, dilation: Size2, ceilMode: boolean): Pooling {
  const kernel = poolPair(op, 'kernel_size', kernelSize);
  const step = stride === null || (Array.isArray(stride) && stride.length === 0) ? kernel : poolPair(op, 'stride', stride);
  const pad = poolPair(op, 'padding', padding);
  const dil = poolPair(op, 'dilation', dilation);
  if (input.ndim !== 3 && input.ndim !== 4) {
    // avg_pool2d reads the input's last three dims before checking its rank.
    if (op === 'avg_pool2d' && input.ndim > 0 && input.ndim < 3) {
      throw indexError(`Dimension out of range (expected to be in range of [${-input.ndim}, ${input.ndim - 1}], but got -3)`);
    }
    throw runtimeError('non-empty 3D or 4D (batch mode) tensor expected for input');
  }
  const [h, w] = input.shape.slice(-2);
  const channels = input.shape[input.ndim - 3];
  const oh = outputLength(h, kernel[0], step[0], pad[0], dil[0], ceilMode);
  const ow = outputLength(w, kernel[1], step[1], pad[1], dil[1], ceilMode);
  if (kernel[0] <= 0 || kernel[1] <= 0) throw runtimeError(`kernel size should be greater than zero, but got kH: ${kernel[0]} kW: ${kernel[1]}`);
  if (step[0] <= 0 || step[1] <= 0) throw runtimeError(`stride should be greater than zero, but got dH: ${step[0]} dW: ${step[1]}`);
  if (dil[0] <= 0 || dil[1] <= 0) throw runtimeError(`dilation should be greater than zero, but got dilationH: ${dil[0]} dilationW: ${dil[1]}`);
  if (oh < 1 || ow < 1) {
    throw runtimeError(`Given input size: (${channels}x${h}x${w}). Calculated output size: (${channels}x${oh}x${ow}). Output size is too small`);
  }
  const leading = input.shape.slice(0, -2);
  return {
    geometry: {
      planes: leading.reduce((a, b) => a * b, 1),
      channels: 1,
      input: [h, w],
      output: [oh, ow],
      kernel,
      stride: step,
      padding: pad,
      dilation: dil,
    },
    shape: [...leading, oh, ow],
  };
}

/** `F.max_pool2d(input, kernel_size, stride=kernel_size, padding, dilation, ceil_mode)`. */
export function maxPool2d(
  input: Tensor,
  kernelSize: Size2,
  stride: Size2 | null = null,
  padding: Size2 = 0,
  dilation: Size2 = 1,
  ceilMode = false,
): Tensor {
  return maxPooled(input, kernelSize, stride, padding, dilation, ceilMode).values;
}

/**
 * max_pool2d with return_indices=True: the maxima and, for each, its flat position (row·W + column) in its
 * input plane, as MaxUnpool2d expects.
 */
export function maxPool2dWithIndices(
  input: Tensor,
  kernelSize: Size2,
  stride: Size2 | null = null,
  padding: Size2 = 0,
  dilation: Size2 = 1,
  ceilMode = false,
): ValuesIndices {
  const { values, chosen, geometry } = maxPooled(input, kernelSize, stride, padding, dilation, ceilMode);
  const plane = geometry.input[0] * geometry.input[1];
  // Positions in the flattened input, p·plane + row·W + column, less the plane.
  const indices = reshapeContiguous(binaryKernel('remainder', chosen, scalarKernel(plane, 'int64', chosen)), values.shape);
  return { values, indices };
}

interface MaxPooled {
  readonly values: Tensor;
  /** (planes, 1, oh·ow): the input element (its position in the flattened input) each maximum came from. */
  readonly chosen: Tensor;
  readonly geometry: WindowGeometry;
}

function maxPooled(input: Tensor, kernelSize: Size2, stride: Size2 | null, padding: Size2, dilation: Size2, ceilMode: boolean): MaxPooled {
  const { geometry, shape } = pooling('max_pool2d', input, kernelSize, stride, padding, dilation, ceilMode);
  if (!isFloating(input.dtype)) throw runtimeError(`"max_pool2d" not implemented for '${scalarTypeName(input.dtype)}'`);
  const windows = windowsFor(input.backend, geometry);
  const taps = unfold(input, windows, -Infinity);
  const values = reshapeContiguous(reduceKernel('max', taps, [1], false, input.dtype), shape);
  // The first maximum of each window, and the input element it read: where the gradient goes.
  const first = argReduceKernel('argmax', taps, 1, true);
  const chosen = takeKernel(windows.positions, positionsAlong(windows.positions.shape, 1, first));
  const inputShape = input.shape;
  record(
    values,
    'MaxPool2DWithIndicesBackward0',
    [input],
    (g) => [fold(reshape(g, chosen.shape), chosen, windows, inputShape)],
    [input],
    [chosen],
  );
  return { values, chosen, geometry };
}

/**
 * `F.avg_pool2d(input, kernel_size, stride=kernel_size, padding, ceil_mode, count_include_pad, divisor_override)`.
 */
export function avgPool2d(
  input: Tensor,
  kernelSize: Size2,
  stride: Size2 | null = null,
  padding: Size2 = 0,
  ceilMode = false,
  countIncludePad = true,
  divisorOverride: number | null = null,
): Tensor {
  if (divisorOverride === 0) throw runtimeError('divisor must be not zero');
  const { geometry, shape } = pooling('avg_pool2d', input, kernelSize, stride, padding, 1, ceilMode);
  if (!isFloating(input.dtype)) throw new EngineError('NotImplementedError', 'avg_pool2d of an integer tensor is not supported in Tandem');
  const windows = windowsFor(input.backend, geometry);
  const divisor = divisorOf(input.backend, input.dtype, geometry, countIncludePad, divisorOverride);
  const sums = reduceKernel('sum', unfold(input, windows, 0), [1], true, input.dtype);
  const out = reshapeContiguous(binaryKernel('div', sums, divisor), shape);
  const inputShape = input.shape;
  return record(
    out,
    'AvgPool2DBackward0',
    [input],
    (g) => [fold(binaryKernel('div', reshape(g, sums.shape), divisor), windows.positions, windows, inputShape)],
    [input],
    [windows.positions, divisor],
  );
}

/**
 * What each output position divides its window's sum by, as PyTorch's avg_pool2d counts: the window clipped to
 * the padded input (count_include_pad), or to the input itself; a (1, 1, oh·ow) tensor.
 */
function divisorOf(backend: Backend, dtype: DType, g: WindowGeometry, countIncludePad: boolean, override: number | null): Tensor {
  const [oh, ow] = g.output;
  const data = allocArray(dtype, oh * ow);
  const clipped = (start: number, k: number, size: number, pad: number): [number, number] => {
    const end = Math.min(start + k, size + pad);
    return [end - start, Math.min(end, size) - Math.max(start, 0)];
  };
  for (let y = 0; y < oh; y++) {
    const [rowsPadded, rows] = clipped(y * g.stride[0] - g.padding[0], g.kernel[0], g.input[0], g.padding[0]);
    for (let x = 0; x < ow; x++) {
      const [colsPadded, cols] = clipped(x * g.stride[1] - g.padding[1], g.kernel[1], g.input[1], g.padding[1]);
      data[y * ow + x] = override ?? (countIncludePad ? rowsPadded * colsPadded : Math.max(rows * cols, 1));
    }
  }
  return Tensor.fromBuffer(backend.upload(data, dtype), [1, 1, oh * ow]);
}
