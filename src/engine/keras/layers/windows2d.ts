// What Keras' 2-D windowed layers (Conv2D, MaxPooling2D, AveragePooling2D) share: their int-or-tuple arguments,
// 'valid'/'same' padding with TensorFlow's output sizes, channels_last ⇄ NCHW, and padding the engine cannot do
// itself (TensorFlow puts an odd pixel of 'same' padding after, the engine's ops pad both sides alike).

import { EngineError, valueError } from '../../errors.ts';
import { cat } from '../../ops/join.ts';
import { fullKernel } from '../../ops/kernels.ts';
import { permute } from '../../ops/views.ts';
import type { Tensor } from '../../tensor.ts';
import { formatKerasShape, type KerasShape } from './layer.ts';

export type Pair = readonly [number, number];

/** An argument such as kernel_size=3 or strides=(2, 1). */
export type KerasSize2 = number | readonly number[];

export type KerasPadding = 'valid' | 'same';

const pythonTuple = (value: KerasSize2): string => (typeof value === 'number' ? String(value) : `(${value.join(', ')}${value.length === 1 ? ',' : ''})`);

/** Keras' standardize_tuple: an int for both dims, or exactly two ints, each > 0 (or >= 0 with allowZero). */
export function standardizeTuple(value: KerasSize2, name: string, allowZero = false): Pair {
  const message = `The \`${name}\` argument must be a tuple of 2 integers. Received ${name}=${pythonTuple(value)}`;
  const pair = typeof value === 'number' ? [value, value] : [...value];
  if (pair.length !== 2 || pair.some((v) => !Number.isInteger(v))) throw valueError(message);
  const bad = [...new Set(pair.filter((v) => (allowZero ? v < 0 : v <= 0)))];
  if (bad.length > 0) {
    throw valueError(`${message}, including values {${bad.join(', ')}} that do not satisfy \`value ${allowZero ? '>=' : '>'} 0\``);
  }
  return [pair[0], pair[1]];
}

/** Keras' standardize_padding: case-insensitive 'valid' or 'same'. */
export function standardizePadding(value: string): KerasPadding {
  const padding = value.toLowerCase();
  if (padding !== 'valid' && padding !== 'same') {
    throw valueError(`The \`padding\` argument must be a list/tuple or one of {'valid', 'same'}. Received: ${padding}`);
  }
  return padding;
}

/** Keras' default data_format; channels_first would need every layer to skip its transposes. */
export function checkDataFormat(value: string | null | undefined): void {
  if (value === null || value === undefined || value === 'channels_last') return;
  if (value === 'channels_first') throw new EngineError('NotImplementedError', "data_format='channels_first' is not supported in Tandem; use the default 'channels_last'");
  throw valueError(`The \`data_format\` argument must be one of {'channels_first', 'channels_last'}. Received: data_format=${value}`);
}

/** TensorFlow's output length along one dim: 'same' covers every input (ceil(in/stride)), 'valid' only whole windows. */
export function outputLength(size: number, kernel: number, stride: number, dilation: number, padding: KerasPadding): number {
  const span = dilation * (kernel - 1) + 1;
  return padding === 'same' ? Math.ceil(size / stride) : Math.floor((size - span) / stride) + 1;
}

/**
 * How a layer's padding reaches the engine's NCHW op: amounts the op pads on both sides itself, or explicit
 * before/after amounts when TensorFlow's 'same' padding is odd (the larger half goes after).
 */
export type SpatialPadding = { readonly kind: 'symmetric'; readonly amount: Pair } | { readonly kind: 'explicit'; readonly before: Pair; readonly after: Pair };

export function spatialPadding(input: Pair, kernel: Pair, stride: Pair, dilation: Pair, padding: KerasPadding): SpatialPadding {
  if (padding === 'valid') return { kind: 'symmetric', amount: [0, 0] };
  const total = (i: 0 | 1): number =>
    Math.max((outputLength(input[i], kernel[i], stride[i], dilation[i], 'same') - 1) * stride[i] + dilation[i] * (kernel[i] - 1) + 1 - input[i], 0);
  const [th, tw] = [total(0), total(1)];
  const before: Pair = [Math.floor(th / 2), Math.floor(tw / 2)];
  const after: Pair = [th - before[0], tw - before[1]];
  return before[0] === after[0] && before[1] === after[1] ? { kind: 'symmetric', amount: before } : { kind: 'explicit', before, after };
}

/** (N, C, H, W) with `value` rows and columns added before and after (-inf for max pooling, so padding never wins). */
export function padSpatial(x: Tensor, before: Pair, after: Pair, value: number): Tensor {
  let out = x;
  for (const dim of [2, 3] as const) {
    const i = dim - 2;
    const strip = (size: number): Tensor => fullKernel(out.shape.map((d, k) => (k === dim ? size : d)), value, x.dtype, x);
    const parts = [...(before[i] > 0 ? [strip(before[i])] : []), out, ...(after[i] > 0 ? [strip(after[i])] : [])];
    if (parts.length > 1) out = cat(parts, dim);
  }
  return out;
}

export const toChannelsFirst = (x: Tensor): Tensor => permute(x, [0, 3, 1, 2]);
export const toChannelsLast = (x: Tensor): Tensor => permute(x, [0, 2, 3, 1]);

/** Keras' InputSpec check for a 4-D (batch, rows, cols, channels) input. */
export function checkRank(layerName: string, shape: KerasShape, spec: 'ndim' | 'min_ndim'): void {
  if (spec === 'ndim' ? shape.length === 4 : shape.length >= 4) return;
  throw valueError(`Input 0 of layer "${layerName}" is incompatible with the layer: expected ${spec}=4, found ndim=${shape.length}. Full shape received: ${formatKerasShape(shape)}`);
}
