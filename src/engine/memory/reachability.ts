// The mark phase of tensor lifetime: every device buffer reachable from a set of roots. The walk is generic:
// a Tensor keeps its memory, its .grad and its autograd graph (each node's saved and kept tensors and the nodes
// below it); an object that declares what it holds (Traceable) is asked; arrays, Maps, Sets and plain or class
// objects are followed through their fields. So engine objects (nn modules, optimizers and their state, Keras
// models) need no declaration; only what lives in closures, where no walk can see, must be declared.

import type { DeviceBuffer } from '../backends/backend.ts';
import { AccumulateGrad, GradFn } from '../autograd/node.ts';
import { Storage, Tensor } from '../tensor.ts';

/** An object that says what it keeps alive (Python values, native wrappers, iterators over closures). */
export interface Traceable {
  traceTensors(visit: (value: unknown) => void): void;
}

const isTraceable = (v: object): v is Traceable => typeof (v as Partial<Traceable>).traceTensors === 'function';

// A value that lives only as long as a tensor, where the link is invisible to a walk (a WeakMap entry; only
// tensors are looked up, so the walk does not hash every object it visits).
const attachments = new WeakMap<Tensor, unknown[]>();

/** Keeps `value` reachable for as long as `owner` is (e.g. the logits Keras remembers for an output). */
export function keepAliveWith(owner: Tensor, value: unknown): void {
  const list = attachments.get(owner);
  if (list === undefined) attachments.set(owner, [value]);
  else list.push(value);
}

/** A backend's buffer handle: recorded, never walked into (it leads to the backend and the device). */
const isDeviceBuffer = (v: object): v is DeviceBuffer => 'backend' in v && 'dtype' in v && 'length' in v;

/** The backend itself (pipelines, pools): nothing in it belongs to a program. */
const isBackend = (v: object): boolean =>
  typeof (v as { upload?: unknown }).upload === 'function' && typeof (v as { read?: unknown }).read === 'function';

/** Every device buffer reachable from `roots`. */
export function reachableBuffers(roots: Iterable<unknown>): Set<DeviceBuffer> {
  const buffers = new Set<DeviceBuffer>();
  const seen = new Set<object>();
  const stack: unknown[] = [...roots];
  const push = (v: unknown): void => {
    if (v !== null && typeof v === 'object') stack.push(v);
  };
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof Tensor) {
      const attached = attachments.get(v);
      if (attached !== undefined) for (const a of attached) push(a);
      buffers.add(v.storage.buffer);
      push(v.grad);
      push(v.gradFn);
    } else if (v instanceof GradFn) {
      for (const t of v.heldTensors) push(t);
      for (const edge of v.next) push(edge?.node ?? null);
      push(v.retainedOutput);
    } else if (v instanceof AccumulateGrad) {
      push(v.variable);
    } else if (isTraceable(v)) {
      v.traceTensors(push);
    } else if (v instanceof Storage) {
      buffers.add(v.buffer);
    } else if (Array.isArray(v)) {
      for (const x of v) push(x);
    } else if (v instanceof Map) {
      for (const [k, x] of v) {
        push(k);
        push(x);
      }
    } else if (v instanceof Set) {
      for (const x of v) push(x);
    } else if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer || v instanceof Promise) {
      continue;
    } else if (v instanceof WeakMap || v instanceof WeakSet || v instanceof WeakRef) {
      continue;
    } else if (isDeviceBuffer(v)) {
      buffers.add(v);
    } else if (!isBackend(v)) {
      for (const x of Object.values(v)) push(x);
    }
  }
  return buffers;
}
