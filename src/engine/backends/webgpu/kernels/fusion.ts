// Elementwise fusion. Elementwise results are not computed when asked for: the buffer records the expression
// (a small DAG over strided input views) and is computed when something needs its values: a read, a kernel of
// another kind, an in-place write to one of its inputs, or its inputs' release. A consumer that reads a pending
// result elementwise, in the same shape, inlines its expression instead. So Adam's sixteen elementwise ops per
// parameter become three kernels, and a loss's chain of ops one: on SwiftShader every pass over memory and
// every dispatch is expensive, and on GPUs memory traffic is. Each node still rounds (or truncates, for int64
// and bool) to its own dtype, so fused results are bit-identical to unfused ones.

import type { DType } from '../../../dtype.ts';
import { contiguousStrides, numel, sameShape, type Shape } from '../../../shape.ts';
import type { DeviceBuffer, StridedView } from '../../backend.ts';
import { CpuBuffer } from '../../cpu/buffer.ts';
import { WebGpuBuffer } from '../buffer.ts';
import type { Gpu } from '../gpu.ts';
import { coalesce, coordinatesCode, isDenseRun, offsetExpr, Params } from '../layout.ts';
import { storageOf } from '../storage.ts';
import { ENTRY_ARGS, gridLoop, HELPERS, PARAMS, WORKGROUP } from '../wgsl/prelude.ts';
import { load, store, type Typed } from '../wgsl/scalar-ops.ts';

/** What one elementwise op computes from its input values; `extra(k)` names its k-th extra param word. */
export interface Formula {
  /** Identifies the code: two formulas with one name generate the same WGSL. */
  readonly name: string;
  readonly compute: (inputs: readonly Typed[], extra: (k: number) => string) => Typed;
  /** Writes the extra param words (a fill value, a size), when the formula has any. */
  readonly extras?: (p: Params) => void;
}

export type Node = Leaf | Op;

/** An input read through a strided view, broadcast to the computation's shape. */
export interface Leaf {
  readonly kind: 'leaf';
  readonly view: StridedView;
  /**
   * A one-element input's value, when it was known on the host as the leaf was made (a Python number, mostly):
   * passed as a param instead of a binding. Taken then, as the value the expression means, and so that the
   * bindings a kernel needs are settled when its expression is built.
   */
  readonly constant: number | null;
}

/** The leaf reading `view`. */
export const leafOf = (view: StridedView): Leaf => ({ kind: 'leaf', view, constant: hostScalar(view.buffer) });

export interface Op {
  readonly kind: 'op';
  readonly formula: Formula;
  readonly inputs: readonly Node[];
  /** The dtype this op's result is stored as; inlined, it is converted as a store and load would. */
  readonly dtype: DType;
  readonly shape: Shape;
  /** Nodes in this expression (shared nodes counted once per use): bounds how much a kernel inlines. */
  readonly size: number;
}

/** Where a generated kernel writes: a fresh buffer contiguously, or a strided view (in-place writes). */
export interface Target {
  readonly buffer: WebGpuBuffer;
  readonly view: StridedView;
  /** The node whose value goes here: the root unless another node of the expression is also wanted. */
  readonly node?: Node;
}

/** Most nodes one kernel inlines, and most storage buffers it binds (WebGPU guarantees 8 per stage). */
export const MAX_NODES = 32;
export const MAX_INPUT_BUFFERS = 5;
export const MAX_BINDINGS = 8;

/** Every node of an expression. */
export function nodesOf(node: Node): Set<Node> {
  const nodes = new Set<Node>();
  const visit = (n: Node): void => {
    if (nodes.has(n)) return;
    nodes.add(n);
    if (n.kind === 'op') n.inputs.forEach(visit);
  };
  visit(node);
  return nodes;
}

export const leavesOf = (node: Node): Leaf[] => {
  const leaves = new Set<Leaf>();
  const visit = (n: Node): void => {
    if (n.kind === 'leaf') leaves.add(n);
    else n.inputs.forEach(visit);
  };
  visit(node);
  return [...leaves];
};

/** True when `view` reads all of a pending buffer in its own row-major order (so it can be inlined). */
export function inlinable(view: StridedView, shape: Shape): view is StridedView & { buffer: WebGpuBuffer } {
  const b = view.buffer;
  if (!(b instanceof WebGpuBuffer) || b.lazy === null || b.released) return false;
  // The same shape as the pending expression too: a reshaped view would walk its leaves in another shape.
  const same = sameShape(view.shape, shape) && sameShape(b.lazy.shape, shape);
  return same && view.offset === 0 && numel(shape) === b.length && sameStrides(view, contiguousStrides(shape));
}

function sameStrides(view: StridedView, strides: readonly number[]): boolean {
  return view.shape.every((d, i) => d === 1 || view.strides[i] === strides[i]);
}

/** Two views that address exactly the same elements in the same order. */
function sameView(a: StridedView, b: StridedView): boolean {
  return a.buffer === b.buffer && a.offset === b.offset && sameShape(a.shape, b.shape) && a.shape.every((d, i) => d === 1 || a.strides[i] === b.strides[i]);
}

/** Whether a kernel may write `targets` while reading the expression's leaves: a leaf over a target must
 *  read exactly the elements written at the same index (else one thread would read what another wrote). */
export function writableAlongside(node: Node, targets: readonly Target[]): boolean {
  return leavesOf(node).every((leaf) => targets.every((t) => leaf.view.buffer !== t.buffer || sameView(leaf.view, t.view)));
}

/** The value of a one-element input known on the host (a Python number, mostly), or null. */
export function hostScalar(b: DeviceBuffer): number | null {
  if (b.length !== 1) return null;
  const data = b instanceof WebGpuBuffer ? (b.host?.data ?? null) : b instanceof CpuBuffer ? b.data : null;
  return data === null ? null : data[0];
}

/** Such an input goes in the params instead of a binding (unless the kernel writes it). */
function constantOf(leaf: Leaf, targets: readonly Target[]): number | null {
  return targets.some((t) => t.buffer === leaf.view.buffer) ? null : leaf.constant;
}

/** The buffers a kernel computing `node` binds as inputs (constants are params). */
export function boundInputs(node: Node): Set<DeviceBuffer> {
  return new Set(leavesOf(node).filter((l) => l.constant === null).map((l) => l.view.buffer));
}

/**
 * Records the kernel that computes `root` over `shape` into every target. Leaves over a target read it
 * through the target's own binding (the caller checked writableAlongside); one-element inputs known on the
 * host (Python numbers, mostly) are params.
 */
export function generate(gpu: Gpu, root: Node, shape: Shape, targets: readonly Target[]): void {
  const n = numel(shape);
  if (n === 0) return;
  // Post-order, each node once: leaves in the order met, then ops.
  const order: Node[] = [];
  const seen = new Set<Node>();
  const visit = (node: Node): void => {
    if (seen.has(node)) return;
    seen.add(node);
    if (node.kind === 'op') node.inputs.forEach(visit);
    order.push(node);
  };
  visit(root);
  const ops = order.filter((x): x is Op => x.kind === 'op');
  const leaves = order.filter((x): x is Leaf => x.kind === 'leaf');
  const constants = new Map<Leaf, number>();
  for (const leaf of leaves) {
    const value = constantOf(leaf, targets);
    if (value !== null) constants.set(leaf, value);
  }
  const read = leaves.filter((l) => !constants.has(l));

  // Bindings: each distinct input buffer once, unless it is a target (read through the target's binding).
  const targetOf = (leaf: Leaf): number => targets.findIndex((t) => t.buffer === leaf.view.buffer);
  const bindingOf = new Map<DeviceBuffer, number>();
  for (const leaf of read) {
    if (targetOf(leaf) >= 0 || bindingOf.has(leaf.view.buffer)) continue;
    bindingOf.set(leaf.view.buffer, bindingOf.size);
  }
  // Pending inputs are computed first, before any foreign buffer is copied up for this dispatch; a pending write
  // is not performed (a leaf over its buffer reads the contents before it: kernels/pending-write.ts).
  for (const buffer of bindingOf.keys()) if (buffer instanceof WebGpuBuffer && !buffer.pendingWrite) gpu.materialize(buffer);
  const bound = [...bindingOf.keys()].map((buffer) => gpu.bindLeaf(buffer));
  const storages = [...bindingOf.keys()].map((b) => storageOf(b.dtype));

  // Params: n, shape, then offset and strides of each read leaf and each target, extras, constants.
  const { shape: dims, strides } = coalesce(shape, [...read.map((l) => l.view.strides), ...targets.map((t) => t.view.strides)]);
  const rank = dims.length;
  const dense = strides.map(isDenseRun);
  const viewAt = (v: number): number => 1 + rank + v * (rank + 1);
  const extrasAt = viewAt(strides.length);
  const extraWriters: ((p: Params) => void)[] = [];
  for (const op of ops) if (op.formula.extras !== undefined) extraWriters.push(op.formula.extras);
  const extraWords = (() => {
    const p = new Params();
    for (const write of extraWriters) write(p);
    return p.next;
  })();
  const constantsAt = extrasAt + extraWords;
  const needsCoords = dense.some((d) => !d);
  const offset = (v: number): string => (dense[v] ? `u32(param_i(${viewAt(v)}u)) + i` : offsetExpr(rank, viewAt(v), viewAt(v) + 1));

  // One dense run whose offsets and length are multiples of 4: each thread moves vec4s (four elements per
  // load and store; on SwiftShader this alone is about 2.5x faster), computing the four lanes in turn.
  const offsets = [...read.map((l) => l.view.offset), ...targets.map((t) => t.view.offset)];
  const vectorized = rank === 1 && dense.every((d) => d) && n % 4 === 0 && offsets.every((o) => o % 4 === 0);
  const lanes = vectorized ? ['.x', '.y', '.z', '.w'] : [''];
  const element = (v: number): string => (vectorized ? `u32(param_i(${viewAt(v)}u)) / 4u + i` : offset(v));

  const lines: string[] = [];
  const leafKeys: string[] = [];
  const constantWord = new Map<Leaf, string>();
  let constantIndex = 0;
  leaves.forEach((leaf, k) => {
    const storage = storageOf(leaf.view.buffer.dtype);
    if (constants.has(leaf)) {
      const word = { f32: 'param_f', i32: 'param_i', u32: 'param' }[storage];
      constantWord.set(leaf, `${word}(${constantsAt + constantIndex++}u)`);
      leafKeys.push(`c${storage}`);
    } else {
      const v = read.indexOf(leaf);
      const t = targetOf(leaf);
      lines.push(`let l${k} = ${t >= 0 ? `out${t}` : `in${bindingOf.get(leaf.view.buffer)}`}[${element(v)}];`);
      leafKeys.push(`${t >= 0 ? `t${t}` : `b${bindingOf.get(leaf.view.buffer)}`}${dense[v] ? 'd' : 's'}`);
    }
  });
  const laneValues = lanes.map((lane, c) => {
    const names = new Map<Node, Typed>();
    leaves.forEach((leaf, k) => names.set(leaf, load(storageOf(leaf.view.buffer.dtype), constantWord.get(leaf) ?? `l${k}${lane}`)));
    let extraIndex = 0;
    ops.forEach((op, k) => {
      const first = extraIndex;
      if (op.formula.extras !== undefined) {
        const p = new Params();
        op.formula.extras(p);
        extraIndex += p.next;
      }
      const value = op.formula.compute(
        op.inputs.map((x) => names.get(x) as Typed),
        (e) => `${extrasAt + first + e}u`,
      );
      // Rounded (or truncated) to the op's own dtype, exactly as storing and reloading it would.
      const storage = storageOf(op.dtype);
      const converted = load(storage, store(storage, value));
      lines.push(`let n${k}_${c} = ${converted.expr};`);
      names.set(op, { expr: `n${k}_${c}`, type: converted.type });
    });
    return names;
  });
  targets.forEach((t, k) => {
    const storage = storageOf(t.buffer.dtype);
    const words = laneValues.map((names) => store(storage, names.get(t.node ?? root) as Typed));
    lines.push(`out${k}[${element(read.length + k)}] = ${vectorized ? `vec4<${storage}>(${words.join(', ')})` : words[0]};`);
  });

  const key = [
    `fused:${rank}${vectorized ? 'v4' : ''}`,
    leafKeys.join(','),
    storages.join(','),
    ops.map((op) => `${op.formula.name}(${op.inputs.map((x) => order.indexOf(x)).join(',')})${storageOf(op.dtype)}`).join(';'),
    targets.map((t, k) => `${storageOf(t.buffer.dtype)}${dense[read.length + k] ? 'd' : 's'}@${order.indexOf(t.node ?? root)}`).join(','),
  ].join('|');
  const pipeline = gpu.pipeline(key, () => {
    const element = (storage: string): string => (vectorized ? `vec4<${storage}>` : storage);
    const bindings = storages.map((s, b) => `@group(0) @binding(${b + 1}) var<storage, read> in${b}: array<${element(s)}>;`);
    targets.forEach((t, k) =>
      bindings.push(`@group(0) @binding(${storages.length + k + 1}) var<storage, read_write> out${k}: array<${element(storageOf(t.buffer.dtype))}>;`),
    );
    return `${PARAMS}${HELPERS}
${bindings.join('\n')}
@compute @workgroup_size(${WORKGROUP})
fn main(${ENTRY_ARGS}) {
  ${gridLoop('i', vectorized ? 'param(0u) / 4u' : 'param(0u)')}
  ${needsCoords ? coordinatesCode(rank, 1, 'i') : ''}
  ${lines.join('\n  ')}
  }
}`;
  });
  const params = new Params();
  params.u32(n);
  params.list(dims, 'u32');
  [...read.map((l) => l.view.offset), ...targets.map((t) => t.view.offset)].forEach((offsetValue, v) => {
    params.i32(offsetValue);
    params.list(strides[v], 'i32');
  });
  for (const write of extraWriters) write(params);
  for (const [leaf, value] of constants) {
    const storage = storageOf(leaf.view.buffer.dtype);
    if (storage === 'f32') params.f32(value);
    else if (storage === 'i32') params.i32(value);
    else params.u32(value !== 0 ? 1 : 0);
  }
  gpu.dispatch(pipeline, params, [...bound, ...targets.map((t) => t.buffer.gpu)], gpu.grid(vectorized ? n / 4 : n));
}
