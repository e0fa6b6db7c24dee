// The elementwise primitives: unary, binary and where are recorded as pending expressions (./fusion.ts);
// write (a strided copy with dtype conversion) of a pending source is left pending too when it covers its
// destination (./pending-write.ts), else fuses the source into the destination; fill and index wrapping run at
// once.

import type { DType } from '../../../dtype.ts';
import { contiguousStrides, numel, type Shape } from '../../../shape.ts';
import type { BinaryOp, StridedView, UnaryOp } from '../../backend.ts';
import { WebGpuBuffer } from '../buffer.ts';
import type { Gpu } from '../gpu.ts';
import type { Params } from '../layout.ts';
import { storageOf } from '../storage.ts';
import { binaryExpr, load, selectExpr, unaryExpr } from '../wgsl/scalar-ops.ts';
import { deferWrite } from './pending-write.ts';
import { boundInputs, generate, inlinable, leafOf, leavesOf, MAX_BINDINGS, MAX_INPUT_BUFFERS, MAX_NODES, nodesOf, writableAlongside, type Formula, type Node, type Op, type Target } from './fusion.ts';

const formulas = new Map<string, Formula>();

/** One Formula object per name (the name says what code it generates). */
function formula(name: string, make: () => Omit<Formula, 'name'>): Formula {
  let f = formulas.get(name);
  if (f === undefined) {
    f = { name, ...make() };
    formulas.set(name, f);
  }
  return f;
}

const fullView = (buffer: WebGpuBuffer, shape: Shape): StridedView => ({ buffer, shape, strides: contiguousStrides(shape), offset: 0 });

/** The input as a node: a pending result's own expression when it can be inlined, else a strided leaf. */
function nodeOf(view: StridedView, shape: Shape): Node {
  return inlinable(view, shape) ? (view.buffer.lazy as Op) : leafOf(view);
}

/**
 * Performs the pending writes of inputs that will be read as leaves (which must mean their new contents), before
 * any node is built: an input inlining a write's expression reads what the buffer held before it, and must
 * not see it performed halfway.
 */
function performUnlessInlined(gpu: Gpu, inputs: readonly StridedView[], shape: Shape, inlining: boolean): void {
  for (const v of inputs) {
    if (v.buffer instanceof WebGpuBuffer && v.buffer.pendingWrite && !(inlining && inlinable(v, shape))) gpu.materialize(v.buffer);
  }
}

/** Buffers a kernel over these nodes would bind (one-element inputs known on the host are params instead). */
function distinctBuffers(nodes: readonly Node[]): number {
  return new Set(nodes.flatMap((n) => [...boundInputs(n)])).size;
}

/**
 * A new buffer holding f(inputs), pending. Inputs on another backend (CPU memory) are read now instead, since
 * that memory may change before a pending result would be computed.
 */
function defer(gpu: Gpu, f: Formula, shape: Shape, inputs: readonly StridedView[], dtype: DType): WebGpuBuffer {
  for (const v of inputs) if (v.buffer instanceof WebGpuBuffer && v.buffer.released) throw new Error('internal error: a released WebGPU buffer was used');
  const out = gpu.alloc(dtype, numel(shape));
  performUnlessInlined(gpu, inputs, shape, true);
  let nodes = inputs.map((v) => nodeOf(v, shape));
  const size = (ns: readonly Node[]): number => 1 + ns.reduce((s, n) => s + (n.kind === 'op' ? n.size : 1), 0);
  if (size(nodes) > MAX_NODES || distinctBuffers(nodes) > MAX_INPUT_BUFFERS) {
    // Too much to inline: the pending inputs are computed on their own and read as plain inputs.
    performUnlessInlined(gpu, inputs, shape, false);
    nodes = inputs.map(leafOf);
  }
  const op: Op = { kind: 'op', formula: f, inputs: nodes, dtype, shape: [...shape], size: size(nodes) };
  // (A one-element input known on the host is a constant of the expression already: a Python number on the CPU
  // under automatic placement does not keep Adam's update from fusing.)
  const foreign = nodes.some((n) => n.kind === 'leaf' && !(n.view.buffer instanceof WebGpuBuffer) && n.constant === null);
  if (foreign || numel(shape) === 0) {
    generate(gpu, op, shape, [{ buffer: out, view: fullView(out, shape) }]);
    return out;
  }
  gpu.defer(out, op);
  return out;
}

export function unary(gpu: Gpu, op: UnaryOp, x: StridedView, outDtype: DType): WebGpuBuffer {
  return defer(gpu, formula(`u.${op}`, () => ({ compute: ([v]) => unaryExpr(op, v) })), x.shape, [x], outDtype);
}

export function binary(gpu: Gpu, op: BinaryOp, a: StridedView, b: StridedView, outDtype: DType): WebGpuBuffer {
  return defer(gpu, formula(`b.${op}`, () => ({ compute: ([x, y]) => binaryExpr(op, x, y) })), a.shape, [a, b], outDtype);
}

export function where(gpu: Gpu, cond: StridedView, a: StridedView, b: StridedView, outDtype: DType): WebGpuBuffer {
  return defer(gpu, formula('where', () => ({ compute: ([c, x, y]) => selectExpr(c, x, y) })), cond.shape, [cond, a, b], outDtype);
}

const copy = formula('copy', () => ({ compute: ([v]) => v }));

/**
 * dst ← src elementwise, converting dtypes. A pending source over all of the destination leaves the write
 * pending (./pending-write.ts). Otherwise it is computed straight into the destination (and into its own buffer,
 * which other tensors may still read), unless its inputs overlap the destination differently; pending results
 * inside that expression which read the destination (β·m on the way to m ← β·m + (1-β)·g) are written by the
 * same kernel, before the destination changes under them.
 */
export function write(gpu: Gpu, dst: StridedView, dstBuffer: WebGpuBuffer, src: StridedView): void {
  if (inlinable(src, dst.shape) && deferWrite(gpu, dst, dstBuffer, src.buffer.lazy as Op)) return;
  // Written now: pending writes to either side happen first (each computing what reads its old contents).
  gpu.materialize(dstBuffer);
  if (src.buffer instanceof WebGpuBuffer && src.buffer.pendingWrite) gpu.materialize(src.buffer);
  const fused = inlinable(src, dst.shape) ? src.buffer : null;
  if (fused !== null) {
    const root = fused.lazy as Op;
    const targets: Target[] = [
      { buffer: dstBuffer, view: dst },
      { buffer: fused, view: fullView(fused, dst.shape) },
    ];
    if (writableAlongside(root, targets)) {
      const inTree = nodesOf(root);
      const inputs = new Set(leavesOf(root).map((l) => l.view.buffer).filter((b) => b !== dstBuffer && b !== fused)).size;
      for (const pending of gpu.pendingDependents(dstBuffer)) {
        if (pending === fused || !inTree.has(pending.lazy as Op) || inputs + targets.length >= MAX_BINDINGS) continue;
        targets.push({ buffer: pending, view: fullView(pending, (pending.lazy as Op).shape), node: pending.lazy as Op });
      }
      gpu.beforeWrite(dstBuffer, new Set(targets.map((t) => t.buffer)));
      for (const t of targets.slice(1)) gpu.settle(t.buffer);
      generate(gpu, root, dst.shape, targets);
      return;
    }
  }
  gpu.beforeWrite(dstBuffer, new Set());
  generate(gpu, { kind: 'op', formula: copy, inputs: [leafOf(src)], dtype: dstBuffer.dtype, shape: dst.shape, size: 2 }, dst.shape, [
    { buffer: dstBuffer, view: dst },
  ]);
}

export function fill(gpu: Gpu, dst: StridedView, dstBuffer: WebGpuBuffer, value: number): void {
  gpu.beforeWrite(dstBuffer, new Set());
  const storage = storageOf(dstBuffer.dtype);
  const read = { f32: 'param_f', i32: 'param_i', u32: 'param' }[storage];
  const word = (p: Params): void => {
    if (storage === 'f32') p.f32(value);
    else if (storage === 'i32') p.i32(Math.trunc(value));
    else p.u32(value !== 0 ? 1 : 0);
  };
  const f: Formula = { ...formula(`fill.${storage}`, () => ({ compute: (_, extra) => load(storage, `${read}(${extra(0)})`) })), extras: word };
  generate(gpu, { kind: 'op', formula: f, inputs: [], dtype: dstBuffer.dtype, shape: dst.shape, size: 1 }, dst.shape, [{ buffer: dstBuffer, view: dst }]);
}

/** Index values wrapped (negatives count from the end, when `wrapNegative`) and clamped into [0, size). */
export function wrapIndex(gpu: Gpu, index: StridedView, size: number, wrapNegative: boolean): WebGpuBuffer {
  const out = gpu.alloc('int64', numel(index.shape));
  const shared = formula('wrap-index', () => ({
    compute: ([v], extra) => {
      const x = v.type === 'i32' ? v.expr : `i32(${v.expr})`;
      const wrapped = `select(${x}, ${x} + param_i(${extra(0)}), param(${extra(1)}) == 1u && ${x} < 0)`;
      return { expr: `clamp(${wrapped}, 0, max(param_i(${extra(0)}) - 1, 0))`, type: 'i32' };
    },
  }));
  const f: Formula = {
    ...shared,
    extras: (p) => {
      p.i32(size);
      p.u32(wrapNegative ? 1 : 0);
    },
  };
  performUnlessInlined(gpu, [index], index.shape, true);
  const root: Op = { kind: 'op', formula: f, inputs: [nodeOf(index, index.shape)], dtype: 'int64', shape: index.shape, size: 2 };
  generate(gpu, root, index.shape, [{ buffer: out, view: fullView(out, index.shape) }]);
  return out;
}
