// tf.keras: Sequential models, layers, optimizers, losses, metrics.

export { Activation } from './layers/activation.ts';
export { BatchNormalization, type BatchNormalizationOptions } from './layers/batchnorm.ts';
export { Conv2D, type Conv2DOptions } from './layers/conv2d.ts';
export { Dense, type DenseOptions } from './layers/dense.ts';
export { Dropout } from './layers/dropout.ts';
export { Embedding, type EmbeddingOptions } from './layers/embedding.ts';
export { Flatten } from './layers/flatten.ts';
export { GlobalAveragePooling1D, type GlobalPooling1DOptions } from './layers/globalPooling.ts';
export {
  AveragePooling2D,
  AveragePooling2D as AvgPool2D,
  MaxPooling2D,
  MaxPooling2D as MaxPool2D,
  type Pooling2DOptions,
} from './layers/pooling2d.ts';
export { Layer, formatKerasShape, type KerasShape, type LayerOptions } from './layers/layer.ts';
export { activate, activationName, type ActivationName } from './activations.ts';
export type { EvaluateOptions } from './evaluate.ts';
export type { FitHooks, FitOptions, StepWatcher, TrainStep } from './fit.ts';
export { History, type HistoryParams } from './history.ts';
export { initialize, type InitializerName } from './initializers.ts';
export { computeLoss, lossSpec, type KerasLossName, type KerasLossSpec } from './losses.ts';
export { metricFor } from './metrics.ts';
export { clearSession } from './naming.ts';
export { Adam, optimizerFor, RMSprop, SGD, type KerasOptimizer } from './optimizers.ts';
export { EarlyStopping, type EarlyStoppingOptions, type KerasCallback } from './callbacks.ts';
export { DEFAULT_LINE_LENGTH, summary } from './summary.ts';
export type { PredictHooks, PredictOptions } from './predict.ts';
export { progressLine, pyFixed } from './progbar.ts';
export { Sequential, type CompileConfig } from './sequential.ts';
