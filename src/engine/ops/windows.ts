// Sliding windows over the last two dims (im2col), shared by convolution and pooling. Unfolding is one
// Backend.take with a precomputed index, and its adjoint one Backend.scatterAdd, so both ops run on every
// backend with no kernels of their own.
//
// Padding costs one element, not a padded copy: when some window reaches past the input's edge, the flattened
// input gets one fill element appended (0 for convolution and average pooling, -inf for max pooling) and every
// tap outside the input points at it.

import type { Backend } from '../backends/backend.ts';
import { addRootSource } from '../memory/collect.ts';
import { numel, type Shape } from '../shape.ts';
import { Tensor } from '../tensor.ts';
import { contiguousKernel, fullKernel, reshapeContiguous, restride } from './kernels.ts';
import { scatterAddKernel, takeKernel } from './positions.ts';

export type Pair = readonly [number, number];

/** Where the windows of one op call fall: the shape key of its cached index. */
export interface WindowGeometry {
  /** Independent images: the batch for convolution, batch × channels for pooling. */
  readonly planes: number;
  /** Input channels one window spans: all of them for convolution, one for pooling. */
  readonly channels: number;
  readonly input: Pair;
  readonly output: Pair;
  readonly kernel: Pair;
  readonly stride: Pair;
  /** Padding before the first row and column; any padding after is implied by `output`. */
  readonly padding: Pair;
  readonly dilation: Pair;
}

/** A geometry's index: where each tap of each window reads the flattened input. */
export interface Windows {
  /**
   * int64 (planes, channels·kh·kw, oh·ow): window columns ordered as a conv weight's (channel, row, column), one
   * column per output position, so `weight.reshape(out, -1) @ windows` is the convolution.
   */
  readonly positions: Tensor;
  /** Whether some tap falls outside the input (and reads the appended fill element). */
  readonly padded: boolean;
}

/** Output length along one dim: PyTorch's conv and pooling_output_shape formula (ceil_mode keeps a last window
 * only if it starts inside the input or its left padding). */
export function slidingOutputSize(size: number, kernel: number, stride: number, pad: number, dilation: number, ceilMode: boolean): number {
  const span = size + 2 * pad - dilation * (kernel - 1) - 1 + (ceilMode ? stride - 1 : 0);
  let out = Math.floor(span / stride) + 1;
  if (ceilMode && (out - 1) * stride >= size + pad) out--;
  return out;
}

function buildWindows(backend: Backend, g: WindowGeometry): Windows {
  const [h, w] = g.input;
  const [oh, ow] = g.output;
  const [kh, kw] = g.kernel;
  const channelSize = h * w;
  const planeSize = g.channels * channelSize;
  const fillAt = g.planes * planeSize;
  const data = new Float64Array(g.planes * g.channels * kh * kw * oh * ow);
  let padded = false;
  let at = 0;
  for (let p = 0; p < g.planes; p++) {
    for (let c = 0; c < g.channels; c++) {
      const base = p * planeSize + c * channelSize;
      for (let i = 0; i < kh; i++) {
        for (let j = 0; j < kw; j++) {
          for (let y = 0; y < oh; y++) {
            const row = y * g.stride[0] - g.padding[0] + i * g.dilation[0];
            for (let x = 0; x < ow; x++) {
              const col = x * g.stride[1] - g.padding[1] + j * g.dilation[1];
              const inside = row >= 0 && row < h && col >= 0 && col < w;
              if (!inside) padded = true;
              data[at++] = inside ? base + row * w + col : fillAt;
            }
          }
        }
      }
    }
  }
  const positions = Tensor.fromBuffer(backend.upload(data, 'int64'), [g.planes, g.channels * kh * kw, oh * ow]);
  return { positions, padded };
}

// Built once per geometry and backend, so a training step reuses its index. The cache is a root of the
// runtime's memory (DESIGN.md, tensor lifetime): entries survive collections within a run, and an entry the
// runtime released at the end of a run is rebuilt on next use.
const CACHE_LIMIT = 32;
const cache = new Map<Backend, Map<string, Windows>>();
addRootSource({ roots: () => [...cache.values()].flatMap((entries) => [...entries.values()]) });

const keyOf = (g: WindowGeometry): string =>
  [g.planes, g.channels, ...g.input, ...g.output, ...g.kernel, ...g.stride, ...g.padding, ...g.dilation].join(',');

/** The geometry's index on `backend`, from the cache when it is there. */
export function windowsFor(backend: Backend, g: WindowGeometry): Windows {
  let entries = cache.get(backend);
  if (entries === undefined) {
    entries = new Map();
    cache.set(backend, entries);
  }
  const key = keyOf(g);
  const hit = entries.get(key);
  entries.delete(key);
  const windows = hit !== undefined && !hit.positions.storage.released ? hit : buildWindows(backend, g);
  entries.set(key, windows); // most recently used last
  if (entries.size > CACHE_LIMIT) entries.delete(entries.keys().next().value as string);
  return windows;
}

/** The flattened input, with the fill element appended when the windows reach past its edge. */
function source(x: Tensor, windows: Windows, fill: number): Tensor {
  const flat = reshapeContiguous(contiguousKernel(x.detach()), [x.numel]);
  if (!windows.padded) return flat;
  const out = fullKernel([x.numel + 1], fill, x.dtype, x);
  out.backend.write(restride(out, [x.numel], [1], 0).view, flat.view);
  return out;
}

/** x's windows, (planes, channels·kh·kw, oh·ow), forward only: out-of-input taps read `fill`. */
export function unfold(x: Tensor, windows: Windows, fill: number): Tensor {
  return takeKernel(source(x, windows, fill), windows.positions);
}

/**
 * unfold's adjoint: every window tap's gradient added back at the input element it read, shaped as the input.
 * `positions` may be a subset of the windows' (max pooling passes only the chosen taps).
 */
export function fold(grad: Tensor, positions: Tensor, windows: Windows, inputShape: Shape): Tensor {
  const size = numel(inputShape);
  const flat = scatterAddKernel([windows.padded ? size + 1 : size], positions, grad);
  // The fill element's gradient, last, is dropped: the first `size` elements are the input's.
  return reshapeContiguous(flat, inputShape);
}

/** An int-or-pair argument (kernel_size=3, stride=(2, 1)); `null` for a sequence of another length. */
export type Size2 = number | readonly number[];

export function pairOf(size: Size2): Pair | null {
  if (typeof size === 'number') return [size, size];
  if (size.length === 1) return [size[0], size[0]];
  return size.length === 2 ? [size[0], size[1]] : null;
}
