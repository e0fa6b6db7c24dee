// PyTorch's devices: `tensor.to('cuda')`, `.cpu()`, `torch.cuda.is_available()`. Under automatic placement
// (backends/auto) a device is a name the program gives a tensor: 'cuda' holds it on the WebGPU backend, and
// ops refuse to mix the two names as PyTorch does. With any other backend there is only the CPU.

import { record } from '../autograd/record.ts';
import { AutoBackend } from '../backends/auto/backend.ts';
import type { Device } from '../backends/auto/placed.ts';
import { defaultBackend } from '../backends/registry.ts';
import { runtimeError } from '../errors.ts';
import { Tensor } from '../tensor.ts';

export type { Device } from '../backends/auto/placed.ts';

function placement(): AutoBackend | null {
  const backend = defaultBackend();
  return backend instanceof AutoBackend ? backend : null;
}

/** torch.cuda.is_available(): whether a WebGPU device is there to run on. */
export const cudaAvailable = (): boolean => placement()?.hasGpu ?? false;

/** The GPU adapter's name (torch.cuda.get_device_name()), or null without one. */
export const gpuName = (): string | null => (placement()?.hasGpu ? (placement()?.webgpu?.adapterName ?? null) : null);

/** `tensor.device`. */
export function deviceOf(x: Tensor): Device {
  const backend = x.backend;
  return backend instanceof AutoBackend ? backend.deviceOf(x.storage.buffer) : 'cpu';
}

/** `tensor.to(device)`: the tensor itself when already there, else a copy that autograd sees through. */
export function toDevice(x: Tensor, device: Device): Tensor {
  const from = deviceOf(x);
  if (from === device) return x;
  const backend = x.backend;
  if (!(backend instanceof AutoBackend)) throw runtimeError('No GPU is available to Tandem here (torch.cuda.is_available() is False).');
  const out = Tensor.fromBuffer(backend.copyTo(x.view, device), x.shape);
  return record(out, 'ToCopyBackward0', [x], (g) => [toDevice(g, from)]);
}

/**
 * Names the device of a tensor the program just created (torch.zeros(..., device=...)), or moves a module's
 * parameter and its gradient in place (`model.to(device)` keeps the Parameter objects, as in PyTorch).
 */
export function placeOn(x: Tensor, device: Device): Tensor {
  const backend = x.backend;
  if (backend instanceof AutoBackend) {
    backend.place(x.storage.buffer, device);
    if (x.grad !== null) placeOn(x.grad, device);
  } else if (device === 'cuda') {
    throw runtimeError('No GPU is available to Tandem here (torch.cuda.is_available() is False).');
  }
  return x;
}
