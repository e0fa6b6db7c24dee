// `tensorflow` (as tf) and `keras`: Tandem provides the Keras part of TensorFlow. `tf.keras`, `import keras` and
// `from tensorflow import keras` are one module per run, so model names (dense, dense_1, …) count once.

import { keras, setKerasSeed } from '../../../engine/index.ts';
import { None } from '../../objects/constants.ts';
import type { Context } from '../../objects/context.ts';
import type { PyModule } from '../../objects/module.ts';
import { pyStr } from '../../objects/str.ts';
import { asIndex } from '../../runtime/convert.ts';
import { defineModule, method } from '../../runtime/native.ts';
import { kerasLayerClasses, inputFunction } from './layers.ts';
import { sequentialType } from './model.ts';
import { kerasLosses, kerasOptimizers } from './training.ts';

/** Keras' seed when a program sets none: runs repeat exactly within Tandem. */
const DEFAULT_KERAS_SEED = 1337;

const setSeed = method(['seed'], (_ctx, [seed]) => {
  setKerasSeed(asIndex(seed));
  return None;
});

export function loadKeras(ctx: Context): PyModule {
  return ctx.local(loadKeras, () => {
    keras.clearSession();
    setKerasSeed(DEFAULT_KERAS_SEED);
    return defineModule('keras', {
      __version__: pyStr('3.3.3'),
      Sequential: sequentialType,
      Input: inputFunction,
      layers: defineModule('keras.layers', kerasLayerClasses()),
      optimizers: defineModule('keras.optimizers', kerasOptimizers()),
      losses: defineModule('keras.losses', kerasLosses()),
      utils: defineModule('keras.utils', { set_random_seed: setSeed }),
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
  return defineModule('tensorflow', {
    __version__: pyStr('2.16.1'),
    keras: loadKeras(ctx),
    random: defineModule('tensorflow.random', { set_seed: setSeed }),
  });
}
