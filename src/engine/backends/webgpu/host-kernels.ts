// The CPU backend's kernels the WebGPU backend runs on host values: index checks that must raise
// synchronously, nonzero after its readback, and shadows of small integer results.

export { binaryKernel, unaryKernel, whereKernel } from '../cpu/elementwise.ts';
export { checkIndexKernel, nonzeroKernel } from '../cpu/gather.ts';
