// The generator behind Keras initializers, shuffling and dropout. Keras' own random streams cannot be
// reproduced outside TensorFlow, so Tandem uses a separate seeded mt19937 (keras.utils.set_random_seed and
// tf.random.set_seed reseed it), keeping Keras runs deterministic and independent of torch.manual_seed.

import { Generator } from './generator.ts';

export const KERAS_DEFAULT_SEED = 1337;

export const kerasGenerator = new Generator(KERAS_DEFAULT_SEED);

export function setKerasSeed(seed: number): void {
  kerasGenerator.manualSeed(seed);
}
