// Which backend new tensors are created on. Tensors remember their own backend (through their buffer), so
// switching the default affects only tensors created afterwards.

import type { Backend } from './backend.ts';
import { CpuBackend } from './cpu/index.ts';

let current: Backend = new CpuBackend();

export const defaultBackend = (): Backend => current;

export function setDefaultBackend(backend: Backend): void {
  current = backend;
}
