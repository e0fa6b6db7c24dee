// Every tensor op, in one import (torch.* and Tensor methods bind to these).

export * from './activation.ts';
export * from './arithmetic.ts';
export * from './batchnorm.ts';
export * from './cast.ts';
export * from './compare.ts';
export * from './conv.ts';
export * from './creation.ts';
export { cudaAvailable, deviceOf, gpuName, placeOn, toDevice, type Device } from './device.ts';
export * from './dropout.ts';
export { embedding, normalizePaddingIdx } from './embedding.ts';
export * from './indexing.ts';
export { applyInPlace, commit, copy_, fill_, checkInPlace } from './inplace.ts';
export * from './join.ts';
export * from './loss.ts';
export * from './matmul.ts';
export * from './pool.ts';
export * from './reduce.ts';
export { pyScalar, toTensor, promotedType, type Operand, type Scalar, type ScalarKind } from './scalar.ts';
export * from './unary.ts';
export * from './views.ts';
