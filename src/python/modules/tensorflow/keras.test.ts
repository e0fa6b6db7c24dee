// Keras through Python: what fit returns and reports, predict's NumPy result, compile's arguments.

import { describe, expect, it } from 'vitest';
import { runCollecting } from '../runForTest.ts';

describe('tf.keras', () => {
  it('fit returns a History whose .history has one value per epoch, and emits a point per epoch and metric', async () => {
    const run = await runCollecting(`
import tensorflow as tf
import numpy as np
model = tf.keras.Sequential([tf.keras.layers.Dense(1, activation='sigmoid', input_shape=[1])])
model.compile(optimizer='sgd', loss='binary_crossentropy', metrics=['accuracy'])
h = model.fit(np.array([1, 2, 3, 6, 7, 8], dtype=float), np.array([0, 0, 0, 1, 1, 1], dtype=float), epochs=3, verbose=0)
print(sorted(h.history.keys()), len(h.history['loss']), h.epoch, h.params)
print(type(h.history['accuracy'][0]).__name__)
`);
    expect(run.error).toBeNull();
    expect(run.stdout).toBe("['accuracy', 'loss'] 3 [0, 1, 2] {'verbose': 0, 'epochs': 3, 'steps': 1}\nfloat\n");
    expect(run.metrics.map((m) => `${m.series}@${m.step}`)).toEqual([
      'accuracy@1', 'loss@1', 'accuracy@2', 'loss@2', 'accuracy@3', 'loss@3',
    ]);
  });

  it('predict returns a float32 NumPy array and prints the progress line unless verbose=0', async () => {
    const run = await runCollecting(`
import keras
import numpy as np
model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(3), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss=keras.losses.MeanSquaredError())
out = model.predict(np.array([[1.0, 2.0], [3.0, 4.0]]), verbose=0)
print(out.shape, out.dtype, type(out).__name__)
print([w.shape for w in model.get_weights()], model.count_params())
print(model, model.layers[0])
`);
    expect(run.error).toBeNull();
    expect(run.stdout).toBe(
      '(2, 1) float32 ndarray\n[(2, 3), (3,), (3, 1), (1,)] 13\n<Sequential name=sequential, built=True> <Dense name=dense, built=True>\n',
    );
  });

  it("refuses Keras 2's lr= as Keras 3 does", async () => {
    const run = await runCollecting(`
import tensorflow as tf
tf.keras.optimizers.SGD(lr=0.1)
`);
    expect(run.error).toMatch(/ValueError: Argument\(s\) not recognized: \{'lr': \.\.\.\}/);
  });

  it('evaluate returns the loss, and [loss, metrics] when metrics were compiled', async () => {
    const run = await runCollecting(`
from tensorflow import keras
import numpy as np
model = keras.Sequential([keras.layers.Dense(1, input_shape=[1], kernel_initializer='zeros')])
model.compile(optimizer='sgd', loss='mse')
print(model.evaluate(np.array([1.0, 2.0]), np.array([1.0, 3.0]), verbose=0))
`);
    expect(run.error).toBeNull();
    expect(run.stdout).toBe('5.0\n');
  });
});
