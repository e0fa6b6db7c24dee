// In-place writes left pending, so that writes which read each other run as one kernel. An optimizer step
// writes a parameter's moments and then the parameter from them (Adam: m ← β₁m + (1-β₁)g, v ← β₂v + (1-β₂)g²,
// p ← p - lr·m̂/(√v̂ + ε)); computed at once, that is three passes over memory, each reading and writing several
// buffers. Left pending, the parameter's expression inlines the moments' expressions (they read m and v as
// they were), and the kernel that finally computes the parameter writes m and v too: one pass.
//
// A buffer with a pending write keeps its old contents until the write is performed, and every leaf over it in
// a pending expression means those old contents: elementwise readers inline the write's expression instead,
// and any other reader (a kernel of another kind, a strided view, a readback) performs the write first. So
// before the write is performed, every pending expression that reads the old contents is computed, unless it
// is part of the write's own kernel.

import { contiguousStrides, numel, type Shape } from '../../../shape.ts';
import type { StridedView } from '../../backend.ts';
import { WebGpuBuffer } from '../buffer.ts';
import type { Gpu } from '../gpu.ts';
import { boundInputs, generate, leavesOf, MAX_BINDINGS, nodesOf, writableAlongside, type Op, type Target } from './fusion.ts';

const fullView = (buffer: WebGpuBuffer, shape: Shape): StridedView => ({ buffer, shape, strides: contiguousStrides(shape), offset: 0 });

/** True when `view` covers all of its buffer, in row-major order. */
function coversAll(view: StridedView, buffer: WebGpuBuffer): boolean {
  const strides = contiguousStrides(view.shape);
  return view.offset === 0 && numel(view.shape) === buffer.length && view.shape.every((d, i) => d === 1 || view.strides[i] === strides[i]);
}

/**
 * dst ← `root` (a pending result's expression) left pending, when the write covers all of dst, keeps its
 * dtype, and reads dst only element for element. Returns false when the write must run now instead.
 */
export function deferWrite(gpu: Gpu, dst: StridedView, dstBuffer: WebGpuBuffer, root: Op): boolean {
  if (!coversAll(dst, dstBuffer) || root.dtype !== dstBuffer.dtype) return false;
  // A pending result (not a write) holds no old contents to keep: computing it first is simplest.
  if (dstBuffer.lazy !== null && !dstBuffer.pendingWrite) return false;
  if (!writableAlongside(root, [{ buffer: dstBuffer, view: fullView(dstBuffer, root.shape) }])) return false;
  // Another pending write to dst is superseded: the buffer still holds what every leaf over it means.
  if (dstBuffer.pendingWrite) gpu.settle(dstBuffer);
  gpu.defer(dstBuffer, root);
  dstBuffer.pendingWrite = true;
  return true;
}

/** Buffers a kernel computing `root` into `targets` binds: its inputs (other than targets) and the targets. */
function bindings(root: Op, targets: readonly Target[]): number {
  const written = new Set<unknown>(targets.map((t) => t.buffer));
  return [...boundInputs(root)].filter((b) => !written.has(b)).length + targets.length;
}

/**
 * Performs the pending write to `dst`, with every other pending buffer whose expression is part of it (other
 * pending writes first) in the same kernel, as far as the bindings allow.
 */
export function performWrite(gpu: Gpu, dst: WebGpuBuffer): void {
  const root = dst.lazy;
  if (root === null) return;
  if (dst.released) {
    // Nothing can read the new contents; what reads the old ones still finds them.
    gpu.settle(dst);
    return;
  }
  const inTree = nodesOf(root);
  const leafBuffers = new Set(leavesOf(root).map((l) => l.view.buffer));
  const candidates = new Set<WebGpuBuffer>();
  for (const source of leafBuffers) {
    if (!(source instanceof WebGpuBuffer)) continue;
    for (const pending of gpu.pendingDependents(source)) {
      // A pending result read as a leaf here means its new values, which this kernel would overwrite first.
      const usable = pending.pendingWrite || !leafBuffers.has(pending);
      if (pending !== dst && !pending.released && usable && inTree.has(pending.lazy as Op)) candidates.add(pending);
    }
  }
  let targets: Target[] = [{ buffer: dst, view: fullView(dst, root.shape), node: root }];
  const ordered = [...candidates].sort((a, b) => Number(b.pendingWrite) - Number(a.pendingWrite));
  for (const pending of ordered) {
    const op = pending.lazy as Op;
    const trial = [...targets, { buffer: pending, view: fullView(pending, op.shape), node: op }];
    if (writableAlongside(root, trial) && bindings(root, trial) <= MAX_BINDINGS) targets = trial;
  }
  // Whatever else still reads the old contents of a buffer this kernel overwrites is computed first.
  const written = new Set(targets.map((t) => t.buffer));
  for (const t of targets) {
    if (!t.buffer.pendingWrite) continue;
    for (const pending of gpu.pendingDependents(t.buffer)) if (!written.has(pending)) gpu.materialize(pending);
  }
  // Computing those may have performed this write already (as part of another's kernel), or some targets.
  if (dst.lazy !== root) return;
  targets = targets.filter((t) => t.buffer.lazy === t.node);
  generate(gpu, root, root.shape, targets);
  for (const t of targets) gpu.settle(t.buffer);
}
