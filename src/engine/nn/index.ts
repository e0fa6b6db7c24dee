// torch.nn: modules, parameters and init.

export * from './activation.ts';
export * from './batchnorm.ts';
export * from './container.ts';
export * from './conv.ts';
export * from './dropout.ts';
export * from './embedding.ts';
export * from './flatten.ts';
export * as init from './init.ts';
export * from './linear.ts';
export * from './loss.ts';
export { Module, parameter, zeroGradOf } from './module.ts';
export * from './pooling.ts';
