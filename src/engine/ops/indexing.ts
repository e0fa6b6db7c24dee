// Python indexing of tensors (`x[i]`, `x[1:3, None]`, `x[idx]`, `x[mask]`) and assignment (`x[...] = v`),
// with NumPy/PyTorch semantics, plus gather and index_select.
//
// Basic items (ints, slices, None, Ellipsis) give views. Index tensors ("advanced indexing") give copies:
// every selected element's flat position is computed with tensor ops, then taken (Backend.take). A bool mask
// has a data-dependent result size, so indexing with one is async (indexAsync) and reads the mask back.

import { isGradEnabled } from '../autograd/grad-mode.ts';
import { record } from '../autograd/record.ts';
import { indexError, runtimeError, valueError } from '../errors.ts';
import { broadcastAll, contiguousStrides, normalizeDim, type Shape } from '../shape.ts';
import { Tensor } from '../tensor.ts';
import { checkInPlace } from './inplace.ts';
import {
  arangeKernel,
  binaryKernel,
  broadcastView,
  castKernel,
  reshapeContiguous,
  scalarKernel,
  unaryKernel,
  whereKernel,
  wrapIndexKernel,
} from './kernels.ts';
import { positionsAlong, scatterAddKernel, takeKernel } from './positions.ts';
import { toTensor, type Operand } from './scalar.ts';
import { expand, reshape, select, slice, unsqueeze } from './views.ts';

export type IndexItem =
  | { kind: 'int'; index: number }
  | { kind: 'slice'; start: number | null; stop: number | null; step: number | null }
  | { kind: 'none' }
  | { kind: 'ellipsis' }
  | { kind: 'tensor'; tensor: Tensor };

/**
 * A 0-d bool mask, resolved: PyTorch inserts a size-1 dim there and indexes it with [0] (True) or [] (False),
 * so `x[True]` has shape (1, ...x.shape) and `x[False]` (0, ...x.shape).
 */
interface InsertedDim {
  kind: 'inserted';
  index: Tensor;
}

type Item = IndexItem | InsertedDim;

/** Python's slice.indices(): start/stop clamped into [0, size] for a positive step. */
function sliceBounds(item: { start: number | null; stop: number | null; step: number | null }, size: number): [number, number, number] {
  const step = item.step ?? 1;
  if (step === 0) throw valueError('slice step cannot be zero');
  if (step < 0) throw valueError('step must be greater than zero');
  const clamp = (v: number | null, fallback: number): number => {
    if (v === null) return fallback;
    const w = v < 0 ? v + size : v;
    return Math.min(Math.max(w, 0), size);
  };
  return [clamp(item.start, 0), clamp(item.stop, size), step];
}

/** How many tensor dims an item consumes. */
function consumed(item: Item): number {
  if (item.kind === 'int' || item.kind === 'slice') return 1;
  if (item.kind === 'tensor') return item.tensor.dtype === 'bool' ? item.tensor.ndim : 1;
  return 0;
}

function expandEllipsis(x: Tensor, items: readonly Item[]): Item[] {
  const used = items.reduce((n, it) => n + consumed(it), 0);
  const ellipses = items.filter((it) => it.kind === 'ellipsis').length;
  if (ellipses > 1) throw indexError('an index can only have a single ellipsis (\'...\')');
  if (used > x.ndim) throw indexError(`too many indices for tensor of dimension ${x.ndim}`);
  const out: Item[] = [];
  for (const it of items) {
    if (it.kind === 'ellipsis') for (let i = 0; i < x.ndim - used; i++) out.push({ kind: 'slice', start: null, stop: null, step: null });
    else out.push(it);
  }
  return out;
}

interface Advanced {
  dim: number; // the dim of the basic-indexed view it addresses
  index: Tensor; // int64
}

/** Applies the basic items (views, recorded), collecting index tensors for the advanced step. */
function applyBasic(x: Tensor, items: readonly Item[]): { view: Tensor; advanced: Advanced[] } {
  let view = x;
  let dim = 0;
  const advanced: Advanced[] = [];
  for (const item of items) {
    switch (item.kind) {
      case 'int': {
        const size = view.shape[dim];
        if (item.index < -size || item.index >= size) {
          throw indexError(`index ${item.index} is out of bounds for dimension ${dim} with size ${size}`);
        }
        view = select(view, dim, item.index);
        break;
      }
      case 'slice': {
        // PyTorch records a slice even when it spans the whole dim.
        const [start, stop, step] = sliceBounds(item, view.shape[dim]);
        view = slice(view, dim, start, Math.max(stop, start), step);
        dim++;
        break;
      }
      case 'none':
        view = unsqueeze(view, dim);
        dim++;
        break;
      case 'inserted':
        view = unsqueeze(view, dim);
        advanced.push({ dim, index: item.index });
        dim++;
        break;
      case 'tensor': {
        const t = item.tensor;
        if (t.dtype === 'bool') throw runtimeError('indexing with a bool mask needs indexAsync (its result size depends on the data)');
        if (t.dtype !== 'int64') {
          throw indexError('tensors used as indices must be long, int, byte or bool tensors');
        }
        advanced.push({ dim, index: t });
        dim++;
        break;
      }
      case 'ellipsis':
        break;
    }
  }
  return { view, advanced };
}

/**
 * Flat positions (into `view`'s logical shape) of the elements advanced indexing selects, and the result's
 * shape: the broadcast index shape replaces the indexed dims in place when they are adjacent, else goes first.
 */
function advancedPositions(view: Tensor, advanced: readonly Advanced[]): Tensor {
  const strides = contiguousStrides(view.shape);
  const indexShape = broadcastAll(advanced.map((a) => a.index.shape));
  const dims = advanced.map((a) => a.dim);
  const adjacent = dims.every((d, i) => i === 0 || d === dims[i - 1] + 1);
  const rest = view.shape.map((_, i) => i).filter((i) => !dims.includes(i));
  const before = adjacent ? rest.filter((i) => i < dims[0]) : [];
  const after = adjacent ? rest.filter((i) => i > dims[0]) : rest;
  const outShape = [...before.map((i) => view.shape[i]), ...indexShape, ...after.map((i) => view.shape[i])];
  const at = (lead: number, shape: Shape): number[] => [
    ...new Array<number>(lead).fill(1),
    ...shape,
    ...new Array<number>(outShape.length - lead - shape.length).fill(1),
  ];
  let positions = scalarKernel(0, 'int64', view);
  for (const a of advanced) {
    const wrapped = wrapIndexKernel(a.index, view.shape[a.dim], a.dim);
    const term = binaryKernel('mul', wrapped, scalarKernel(strides[a.dim], 'int64', view));
    const aligned = reshapeContiguous(contiguousOf(broadcastView(term, indexShape)), at(before.length, indexShape));
    positions = binaryKernel('add', positions, aligned);
  }
  const place = (dimList: readonly number[], lead: number): void => {
    dimList.forEach((d, k) => {
      const coord = arangeKernel(0, view.shape[d], 1, 'int64', view);
      const term = binaryKernel('mul', coord, scalarKernel(strides[d], 'int64', view));
      positions = binaryKernel('add', positions, reshapeContiguous(term, at(lead + k, [view.shape[d]])));
    });
  };
  place(before, 0);
  place(after, before.length + indexShape.length);
  return contiguousOf(broadcastView(positions, outShape));
}

/** `x[items]` without bool masks (synchronous). */
export function index(x: Tensor, items: readonly IndexItem[]): Tensor {
  return indexItems(x, items);
}

function indexItems(x: Tensor, items: readonly Item[]): Tensor {
  const { view, advanced } = applyBasic(x, expandEllipsis(x, items));
  if (advanced.length === 0) return view;
  const positions = advancedPositions(view, advanced);
  const out = takeKernel(view, positions);
  const viewShape = view.shape;
  return record(out, 'IndexBackward0', [view], (g) => [scatterAddKernel(viewShape, positions, g)], [positions]);
}

/** Bool masks become int64 index tensors (one per masked dim), via nonzero. */
async function resolveMasks(items: readonly Item[]): Promise<Item[]> {
  const out: Item[] = [];
  for (const item of items) {
    if (item.kind !== 'tensor' || item.tensor.dtype !== 'bool') {
      out.push(item);
      continue;
    }
    const mask = item.tensor;
    if (mask.ndim === 0) {
      const selected = (await mask.item()) !== 0;
      out.push({ kind: 'inserted', index: Tensor.fromBuffer(mask.backend.upload(selected ? new Float64Array([0]) : new Float64Array(0), 'int64'), [selected ? 1 : 0]) });
      continue;
    }
    const { buffer, count } = await mask.backend.nonzero(mask.view);
    const coords = Tensor.fromBuffer(buffer, [count, mask.ndim]);
    for (let d = 0; d < mask.ndim; d++) out.push({ kind: 'tensor', tensor: select(coords, 1, d) });
  }
  return out;
}

export const hasMask = (items: readonly Item[]): boolean => items.some((it) => it.kind === 'tensor' && it.tensor.dtype === 'bool');

/** `x[items]` where items may include bool masks. */
export async function indexAsync(x: Tensor, items: readonly IndexItem[]): Promise<Tensor> {
  checkMaskShapes(x, expandEllipsis(x, items));
  return indexItems(x, hasMask(items) ? await resolveMasks(items) : items);
}

function checkMaskShapes(x: Tensor, items: readonly Item[]): void {
  let dim = 0;
  for (const item of items) {
    if (item.kind === 'tensor' && item.tensor.dtype === 'bool') {
      item.tensor.shape.forEach((size, k) => {
        if (size !== x.shape[dim + k]) {
          throw indexError(`The shape of the mask [${item.tensor.shape.join(', ')}] at index ${k} does not match the shape of the indexed tensor [${x.shape.join(', ')}] at index ${dim + k}`);
        }
      });
    }
    if (item.kind !== 'none') dim += consumed(item);
  }
}

/**
 * `x[items] = value`. A single bool mask over the whole tensor is a where(); other masks need setIndexAsync.
 * With grad mode on and x part of a graph, x's history is rebased onto the assignment (PyTorch's CopySlices).
 */
export function setIndex(x: Tensor, items: readonly IndexItem[], value: Operand): void {
  setItems(x, items, value);
}

function setItems(x: Tensor, items: readonly Item[], value: Operand): void {
  const v = toTensor(value);
  const expanded = expandEllipsis(x, items);
  const mask = wholeMask(x, expanded);
  if (mask !== null) {
    checkMaskShapes(x, expanded);
    assignMasked(x, mask, v);
    return;
  }
  const { view, advanced } = applyBasic(x.detach(), expanded);
  if (advanced.length === 0) {
    assignRegion(x, view, v, (t) => applyBasic(t, expanded).view);
    return;
  }
  const positions = advancedPositions(view, advanced);
  assignPositions(x, view, positions, v, expanded);
}

/** `x[items] = value` where items may include bool masks. */
export async function setIndexAsync(x: Tensor, items: readonly IndexItem[], value: Operand): Promise<void> {
  const expanded = expandEllipsis(x, items);
  if (!hasMask(expanded) || wholeMask(x, expanded) !== null) {
    setIndex(x, items, value);
    return;
  }
  checkMaskShapes(x, expanded);
  setItems(x, await resolveMasks(expanded), value);
}

/** The mask of `x[mask] = v` when it is the only item and covers every dim of x. */
function wholeMask(x: Tensor, items: readonly Item[]): Tensor | null {
  const only = items.length === 1 ? items[0] : null;
  return only !== null && only.kind === 'tensor' && only.tensor.dtype === 'bool' && only.tensor.ndim === x.ndim ? only.tensor : null;
}

/** The assigned values in x's dtype, broadcast to the target shape (leading 1-dims dropped, as PyTorch's copy). */
function assignedValues(v: Tensor, dtype: Tensor['dtype'], shape: Shape): Tensor {
  const value = castKernel(v.detach(), dtype);
  return expand(reshape(value, trimLeadingOnes(value.shape, shape.length)), shape);
}

function assignRegion(x: Tensor, target: Tensor, v: Tensor, region: (t: Tensor) => Tensor): void {
  checkInPlace(x);
  const values = assignedValues(v, x.dtype, target.shape);
  x.backend.write(target.view, values.view);
  x.storage.version++;
  if (isGradEnabled() && (x.requiresGrad || v.requiresGrad)) rebase(x, v, (g) => zeroRegion(g, region), (g) => region(g));
}

function assignPositions(x: Tensor, view: Tensor, positions: Tensor, v: Tensor, items: readonly Item[]): void {
  checkInPlace(x);
  const values = assignedValues(v, x.dtype, positions.shape);
  x.backend.put(view.view, positions.view, values.view);
  x.storage.version++;
  if (isGradEnabled() && (x.requiresGrad || v.requiresGrad)) {
    const region = (t: Tensor): Tensor => applyBasic(t, items).view;
    // Index tensors alone are one index_put_ on x; after basic items it is an index_put_ on a view of x.
    const name = items.every((it) => it.kind === 'tensor') ? 'IndexPutBackward0' : 'CopySlices';
    rebase(
      x,
      v,
      (g) => {
        const copy = unaryKernel('identity', g);
        copy.backend.put(region(copy.detach()).view, positions.view, broadcastView(scalarKernel(0, g.dtype, g), positions.shape).view);
        return copy;
      },
      (g) => takeKernel(contiguousOf(region(g)), positions),
      name,
      [positions],
    );
  }
}

const contiguousOf = (t: Tensor): Tensor => (t.isContiguous() ? t : unaryKernel('identity', t));

function trimLeadingOnes(shape: Shape, ndim: number): number[] {
  const s = [...shape];
  while (s.length > ndim && s[0] === 1) s.shift();
  return s;
}

function zeroRegion(g: Tensor, region: (t: Tensor) => Tensor): Tensor {
  const copy = unaryKernel('identity', g);
  copy.backend.fill(region(copy.detach()).view, 0);
  return copy;
}

/** Gives x the assignment's node: gradient to the old x except where overwritten, and to the assigned value. */
function rebase(
  x: Tensor,
  v: Tensor,
  toOld: (g: Tensor) => Tensor,
  toValue: (g: Tensor) => Tensor,
  name = 'CopySlices',
  kept: readonly Tensor[] = [],
): void {
  const old = x.gradFn === null && !x.requiresGrad ? null : x.detach();
  if (old !== null) old.gradFn = x.gradFn;
  const result = Tensor.fromBuffer(x.storage.buffer, x.shape);
  record(result, name, [old, v.requiresGrad ? v : null], (g) => [toOld(g), toValue(g)], [], kept);
  x.gradFn = result.gradFn;
}

/** `x[mask] = v` for a mask shaped like x: a where() written back, v broadcast over the masked elements. */
function assignMasked(x: Tensor, mask: Tensor, v: Tensor): void {
  checkInPlace(x);
  if (v.numel !== 1) throw runtimeError('Tandem supports x[mask] = value with a single value; use torch.where for tensors');
  const updated = whereKernel(mask, castKernel(v, x.dtype), x);
  const recording = isGradEnabled() && (x.requiresGrad || v.requiresGrad);
  x.backend.write(x.view, updated.view);
  x.storage.version++;
  if (recording) {
    const zero = (g: Tensor): Tensor => whereKernel(mask, scalarKernel(0, g.dtype, g), g);
    rebase(x, v, zero, (g) => binaryKernel('sub', g, zero(g)), 'IndexPutBackward0', [mask]);
  }
}

/** `torch.gather(x, dim, index)`: out[i][j] = x[index[i][j]][j] for dim 0, and so on. */
export function gather(x: Tensor, dim: number, idx: Tensor): Tensor {
  const d = normalizeDim(dim, x.ndim);
  if (idx.dtype !== 'int64') throw runtimeError('gather(): Expected dtype int64 for index');
  if (idx.ndim !== x.ndim && !(x.ndim === 0 && idx.ndim <= 1)) {
    throw runtimeError('Index tensor must have the same number of dimensions as input tensor');
  }
  const wrapped = wrapIndexKernel(idx, x.ndim === 0 ? 1 : x.shape[d], d);
  const positions = positionsAlong(x.ndim === 0 ? [1] : x.shape, d, wrapped);
  const out = takeKernel(x, positions);
  const shape = x.shape;
  return record(out, 'GatherBackward0', [x], (g) => [scatterAddKernel(shape, positions, g)], [positions]);
}

/** `torch.index_select(x, dim, index)` with a 1-D index. */
export function indexSelect(x: Tensor, dim: number, idx: Tensor): Tensor {
  const d = normalizeDim(dim, x.ndim);
  if (idx.ndim > 1) throw indexError('index_select(): Index is supposed to be a vector');
  const items: IndexItem[] = x.shape.map((_, i) => (i === d ? { kind: 'tensor', tensor: reshape(idx, [idx.numel]) } : { kind: 'slice', start: null, stop: null, step: null }));
  const { view, advanced } = applyBasic(x.detach(), items);
  const positions = advancedPositions(view, advanced);
  const out = takeKernel(x, positions);
  const shape = x.shape;
  return record(out, 'IndexSelectBackward0', [x], (g) => [scatterAddKernel(shape, positions, g)], [positions]);
}
