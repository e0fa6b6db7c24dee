// A Keras CNN through Python: Conv2D, MaxPooling2D and AveragePooling2D with ints or tuples for their sizes, the
// attributes Keras exposes, summary(), fit and predict on channels_last images, and a CNN that learns the
// handwritten digits.

import { describe, expect, it } from 'vitest';
import { runCollecting } from '../runForTest.ts';

describe('Keras convolution layers in Python', () => {
  it('builds, summarizes, fits and predicts with the learners\' first CNN', async () => {
    const run = await runCollecting(`
import tensorflow as tf
import numpy as np
model = tf.keras.Sequential([
    tf.keras.layers.Input(shape=(28, 28, 1)),
    tf.keras.layers.Conv2D(32, (3, 3), activation='relu'),
    tf.keras.layers.MaxPooling2D((2, 2)),
    tf.keras.layers.Conv2D(64, 3, padding='same', strides=2, activation='relu'),
    tf.keras.layers.AveragePooling2D(),
    tf.keras.layers.Flatten(),
    tf.keras.layers.Dense(10, activation='softmax'),
])
model.summary()
model.compile(optimizer='adam', loss='sparse_categorical_crossentropy', metrics=['accuracy'])
x = np.random.rand(64, 28, 28, 1).astype('float32')
y = np.random.randint(0, 10, size=64)
h = model.fit(x, y, epochs=2, batch_size=32, verbose=0)
print(len(h.history['loss']), model.predict(x[:5], verbose=0).shape)
print([w.shape for w in model.get_weights()])
`);
    expect(run.error).toBeNull();
    expect(run.stdout).toBe(
      [
        'Model: "sequential"',
        '┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓',
        '┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃',
        '┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩',
        '│ conv2d (Conv2D)                 │ (None, 26, 26, 32)     │           320 │',
        '├─────────────────────────────────┼────────────────────────┼───────────────┤',
        '│ max_pooling2d (MaxPooling2D)    │ (None, 13, 13, 32)     │             0 │',
        '├─────────────────────────────────┼────────────────────────┼───────────────┤',
        '│ conv2d_1 (Conv2D)               │ (None, 7, 7, 64)       │        18,496 │',
        '├─────────────────────────────────┼────────────────────────┼───────────────┤',
        '│ average_pooling2d               │ (None, 3, 3, 64)       │             0 │',
        '│ (AveragePooling2D)              │                        │               │',
        '├─────────────────────────────────┼────────────────────────┼───────────────┤',
        '│ flatten (Flatten)               │ (None, 576)            │             0 │',
        '├─────────────────────────────────┼────────────────────────┼───────────────┤',
        '│ dense (Dense)                   │ (None, 10)             │         5,770 │',
        '└─────────────────────────────────┴────────────────────────┴───────────────┘',
        ' Total params: 24,586 (96.04 KB)',
        ' Trainable params: 24,586 (96.04 KB)',
        ' Non-trainable params: 0 (0.00 B)',
        '2 (5, 10)',
        '[(3, 3, 1, 32), (32,), (3, 3, 32, 64), (64,), (576, 10), (10,)]',
        '',
      ].join('\n'),
    );
  });

  it('exposes filters, kernel_size, strides, padding, dilation_rate and pool_size as Keras does (tuples, lower-case padding)', async () => {
    const run = await runCollecting(`
from tensorflow import keras
c = keras.layers.Conv2D(8, 5, strides=(2, 1), padding='SAME')
print(c.filters, c.kernel_size, c.strides, c.padding, c.dilation_rate, c)
p = keras.layers.MaxPool2D(pool_size=3, strides=None, padding='same')
a = keras.layers.AvgPool2D((2, 3), 1)
print(p.pool_size, p.strides, p.padding, a.pool_size, a.strides, a.padding, a)
print(keras.layers.MaxPool2D is keras.layers.MaxPooling2D, keras.layers.AvgPool2D is keras.layers.AveragePooling2D)
`);
    expect(run.error).toBeNull();
    expect(run.stdout).toBe(
      [
        '8 (5, 5) (2, 1) same (1, 1) <Conv2D name=conv2d, built=False>',
        '(3, 3) (3, 3) same (2, 3) (1, 1) valid <AveragePooling2D name=average_pooling2d, built=True>',
        'True True',
        '',
      ].join('\n'),
    );
  });

  it('called on a NumPy batch, a layer builds from its shape; a wrong rank is a ValueError', async () => {
    const run = await runCollecting(`
import numpy as np
import keras
conv = keras.layers.Conv2D(2, 3, padding='same', kernel_initializer='ones')
out = conv(np.ones((1, 4, 4, 1)))
print(out.shape, conv.built, [w.shape for w in conv.get_weights()])
print(out.numpy()[0, :, :, 0])
print(keras.layers.AveragePooling2D(padding='same')(np.arange(9.0).reshape(1, 3, 3, 1)).numpy()[0, :, :, 0])
keras.layers.Conv2D(2, 3)(np.ones((4, 4, 1)))
`);
    expect(run.stdout).toBe(
      [
        '(1, 4, 4, 2) True [(3, 3, 1, 2), (2,)]',
        '[[4. 6. 6. 4.]',
        ' [6. 9. 9. 6.]',
        ' [6. 9. 9. 6.]',
        ' [4. 6. 6. 4.]]',
        // 'same' averages over the real elements only: the last row and column windows hold 2 and 1 values.
        '[[2.  3.5]',
        ' [6.5 8. ]]',
        '',
      ].join('\n'),
    );
    expect(run.error).toMatch(
      /ValueError: Input 0 of layer "conv2d_1" is incompatible with the layer: expected min_ndim=4, found ndim=3\. Full shape received: \(4, 4, 1\)\n$/,
    );
  });

  it("rejects Keras' bad arguments with its messages", async () => {
    const error = async (code: string): Promise<string | null> => (await runCollecting(`import keras\n${code}\n`)).error;
    expect(await error('keras.layers.Conv2D(32, (3, 3, 3))')).toMatch(/ValueError: The `kernel_size` argument must be a tuple of 2 integers\. Received kernel_size=\(3, 3, 3\)\n$/);
    expect(await error("keras.layers.Conv2D(4, 3, data_format='channels_first')")).toMatch(/NotImplementedError: data_format='channels_first' is not supported in Tandem/);
    expect(await error("keras.layers.MaxPooling2D(2, padding='full')")).toMatch(/ValueError: The `padding` argument must be a list\/tuple or one of \{'valid', 'same'\}\. Received: full\n$/);
  });

  it('a small CNN learns the handwritten digits (8x8) well above chance in three epochs', async () => {
    const run = await runCollecting(`
import numpy as np
import keras
from sklearn.datasets import load_digits
keras.utils.set_random_seed(0)
digits = load_digits()
x = (digits.images / 16.0).reshape(-1, 8, 8, 1).astype('float32')
y = digits.target
model = keras.Sequential([
    keras.Input(shape=(8, 8, 1)),
    keras.layers.Conv2D(16, 3, padding='same', activation='relu'),
    keras.layers.MaxPooling2D(),
    keras.layers.Conv2D(32, 3, activation='relu'),
    keras.layers.Flatten(),
    keras.layers.Dense(10, activation='softmax'),
])
model.compile(optimizer='adam', loss='sparse_categorical_crossentropy', metrics=['accuracy'])
h = model.fit(x[:1500], y[:1500], epochs=3, batch_size=32, verbose=0)
loss, accuracy = model.evaluate(x[1500:], y[1500:], verbose=0)
print(h.history['loss'][2] < h.history['loss'][0], accuracy > 0.7)
`);
    expect(run.error).toBeNull();
    // Chance is 0.1; this model reaches about 0.8 on the 297 held-out digits.
    expect(run.stdout).toBe('True True\n');
  });
});
