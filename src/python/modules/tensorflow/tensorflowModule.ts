// `tensorflow` (as tf) and `keras`: Tandem provides the Keras part of TensorFlow. `tf.keras`, `import keras` and
// `from tensorflow import keras` are one module per run, so model names (dense, dense_1, …) count once.

import { keras, setKerasSeed } from '../../../engine/index.ts';
import { None } from '../../objects/constants.ts';
import type { Context } from '../../objects/context.ts';
import type { PyModule } from '../../objects/module.ts';
import { pyStr } from '../../objects/str.ts';
import { asIndex } from '../../runtime/convert.ts';
import { defineModule, method } from '../../runtime/native.ts';
import { routeEngineWarnings } from '../warnings.ts';
import { loadKerasActivations } from './activations.ts';
import { kerasCallbacks } from './callbacks.ts';
import { gradientTapeType } from './gradientTape.ts';
import { loadKerasUtils } from './kerasUtils.ts';
import { tfFunctions, tfNnFunctions } from './tfFunctions.ts';
import { eagerTensorType, TF_DTYPES } from './tfTensor.ts';
import { inputFunction, kerasLayerClasses } from './layers.ts';
import { sequentialType } from './model.ts';
import { kerasLosses, kerasOptimizers } from './training.ts';

/** Keras' seed when a program sets none: runs repeat exactly within Tandem. */
const DEFAULT_KERAS_SEED = 1337;

/** tf.random.set_seed: Keras' initializers, shuffling and dropout. */
const setSeed = method(['seed'], (_ctx, [seed]) => {
  setKerasSeed(asIndex(seed));
  return None;
});

export function loadKeras(ctx: Context): PyModule {
  return ctx.local(loadKeras, () => {
    routeEngineWarnings(ctx);
    keras.clearSession();
    setKerasSeed(DEFAULT_KERAS_SEED);
    return defineModule('keras', {
      __version__: pyStr('3.3.3'),
      Sequential: sequentialType,
      Input: inputFunction,
      layers: defineModule('keras.layers', kerasLayerClasses()),
      optimizers: defineModule('keras.optimizers', kerasOptimizers()),
      losses: defineModule('keras.losses', kerasLosses()),
      utils: loadKerasUtils(),
      callbacks: defineModule('keras.callbacks', kerasCallbacks()),
      activations: loadKerasActivations(),
      backend: defineModule('keras.backend', {
        clear_session: method(['*args'], () => {
          keras.clearSession();
          return None;
        }),
      }),
    });
  });
}

export function loadTensorflow(ctx: Context): PyModule {
  const functions = tfFunctions();
  return defineModule('tensorflow', {
    __version__: pyStr('2.16.1'),
    ...functions,
    ...TF_DTYPES,
    GradientTape: gradientTapeType,
    Tensor: eagerTensorType,
    keras: loadKeras(ctx),
    random: defineModule('tensorflow.random', { set_seed: setSeed }),
    math: defineModule('tensorflow.math', functions),
    nn: defineModule('tensorflow.nn', tfNnFunctions()),
  });
}
