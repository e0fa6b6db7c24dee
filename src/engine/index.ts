// Tandem's engine: tensors with PyTorch semantics, autograd, nn, optim, and a Keras layer on top.
// Ops are synchronous (they run or enqueue work); reading values is async (`await t.data()`, `await t.item()`).

export { EngineError, type PyErrorType } from './errors.ts';
export { DEFAULT_FLOAT, isFloating, promoteTypes, resultType, type DType, type TypedArray } from './dtype.ts';
export { broadcastShapes, type Shape } from './shape.ts';
export { Storage, Tensor } from './tensor.ts';
export { setWarningHandler, type WarningHandler } from './warnings.ts';

export { backward } from './autograd/backward.ts';
export { grad, type GradOptions } from './autograd/grad.ts';
export { isGradEnabled, noGrad, setGradEnabled } from './autograd/grad-mode.ts';
export { AccumulateGrad, GradFn, type Edge, type Node } from './autograd/node.ts';

export type { Backend, DeviceBuffer, StridedView } from './backends/backend.ts';
export { CpuBackend } from './backends/cpu/index.ts';
export { defaultBackend, setDefaultBackend } from './backends/registry.ts';

export { allocationMark, beginOwnership, liveStorage } from './memory/ownership.ts';
export { CollectionBudget } from './memory/budget.ts';
export { addRootSource, releaseUnreachable, type RootSource } from './memory/collect.ts';
export { StepReleases } from './memory/steps.ts';
export { keepAliveWith, type Traceable } from './memory/reachability.ts';

export * from './ops/index.ts';

export { DEFAULT_SEED, defaultGenerator, Generator } from './random/generator.ts';
export { setKerasSeed } from './random/keras-generator.ts';
export { bernoulli, manualSeed, normal_, rand, randint, randn, randperm, uniform_ } from './random/sampling.ts';

export * as nn from './nn/index.ts';
export * as optim from './optim/index.ts';
export * as keras from './keras/index.ts';
