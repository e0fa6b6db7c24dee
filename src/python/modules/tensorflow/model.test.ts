// A Keras model used directly: model(x) as a tf.Tensor a GradientTape differentiates through the model's own
// variables, loss objects called as functions, keras.utils, summary(print_fn=...), and Keras 3's warning about
// input_shape=.

import { describe, expect, it } from 'vitest';
import { registry } from '../index.ts';
import { runProgram } from '../../interpreter/runProgram.ts';
import { runCollecting } from '../runForTest.ts';

describe('a Keras model in a custom training loop', () => {
  it('model(x) equals predict(x), and apply_gradients on trainable_variables trains the model itself', async () => {
    const run = await runCollecting(`
import tensorflow as tf
import keras
import numpy as np
keras.utils.set_random_seed(1)
x = np.array([[0.0], [1.0], [2.0], [3.0]], dtype='float32')
y = 2 * x + 1
model = keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(1)])
out = model(x)
print(type(out).__name__, out.shape, bool(np.allclose(out.numpy(), model.predict(x, verbose=0))))
print(model.trainable_variables)
loss_fn = keras.losses.MeanSquaredError()
optimizer = keras.optimizers.SGD(learning_rate=0.05)
for step in range(300):
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x, training=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
w, b = model.get_weights()
print(round(float(w[0, 0]), 2), round(float(b[0]), 2), float(loss) < 1e-3)
`);
    expect(run.error).toBeNull();
    expect(run.stdout).toBe(
      [
        'EagerTensor (4, 1) True',
        '[<KerasVariable shape=(1, 1), dtype=float32, path=dense/kernel>, <KerasVariable shape=(1,), dtype=float32, path=dense/bias>]',
        '2.0 1.0 True',
        '',
      ].join('\n'),
    );
  });

  it('a loss object called on (y_true, y_pred) gives the batch mean as a float32 tf.Tensor', async () => {
    const run = await runCollecting(`
import keras
import numpy as np
print(keras.losses.MeanSquaredError()(np.array([[1.0], [2.0]]), np.array([[1.5], [2.0]])))
print(float(keras.losses.BinaryCrossentropy(from_logits=True)(np.array([[1.0]]), np.array([[0.0]]))))
`);
    expect(run.error).toBeNull();
    expect(run.stdout).toBe('tf.Tensor(0.125, shape=(), dtype=float32)\n0.6931471824645996\n');
  });
});

describe('activations', () => {
  it('activation= takes a name or an activation function (keras.activations.*, tf.nn.*), which also run on tensors', async () => {
    const run = await runCollecting(`
import tensorflow as tf
import keras
import numpy as np
model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(3, activation=tf.nn.relu), keras.layers.Dense(1, activation=keras.activations.sigmoid)])
out = model(np.ones((4, 2))).numpy()
print(out.shape, bool(((out > 0) & (out < 1)).all()))
print(keras.activations.relu(np.array([-1.0, 2.0])))
keras.layers.Dense(2, activation=print)
`);
    expect(run.stdout).toBe('(4, 1) True\ntf.Tensor([0. 2.], shape=(2,), dtype=float32)\n');
    expect(run.error).toMatch(/ValueError: Could not interpret activation function identifier: builtin_function_or_method\n$/);
  });
});

describe('keras.utils', () => {
  it('set_random_seed seeds NumPy and Python\'s random too, as Keras does', async () => {
    const run = await runCollecting(`
import keras, random
import numpy as np
keras.utils.set_random_seed(0)
print(np.random.rand(), random.random())
`);
    expect(run.stdout).toBe('0.5488135039273248 0.8444218515250481\n');
  });

  it('to_categorical makes float64 one-hot rows, dropping a trailing dim of 1', async () => {
    const run = await runCollecting(`
import keras
import numpy as np
print(keras.utils.to_categorical([0, 2, 1]))
c = keras.utils.to_categorical(np.array([[1], [0]]), num_classes=3)
print(c.shape, c.dtype)
`);
    expect(run.error).toBeNull();
    expect(run.stdout).toBe('[[1. 0. 0.]\n [0. 0. 1.]\n [0. 1. 0.]]\n(2, 3) float64\n');
  });
});

describe('model.summary and warnings', () => {
  it('summary(print_fn=...) hands the whole table to the function in one call, as Keras 3 does', async () => {
    const run = await runCollecting(`
import keras
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(2)])
lines = []
model.summary(print_fn=lines.append)
text = lines[0].split('\\n')
print(len(lines), text[0], len(text), repr(text[-2]), repr(text[-1]))
`);
    expect(run.error).toBeNull();
    expect(run.stdout).toBe('1 Model: "sequential" 10 \' Non-trainable params: 0 (0.00 B)\' \'\'\n');
  });

  it("warns once per line, through the host's warning path, about input_shape= on a layer", async () => {
    const warnings: string[] = [];
    let stdout = '';
    const host = { stdout: (t: string) => (stdout += t), metric: () => {}, figure: () => {}, warning: (t: string) => warnings.push(t) };
    const code = `import keras
for units in [1, 2]:
    keras.layers.Dense(units, input_shape=(4,))
keras.layers.Dense(3, input_dim=4)
print('done')
`;
    const result = await runProgram(code, host, { filename: 'keras.py' }, registry);
    expect(result.ok).toBe(true);
    expect(stdout).toBe('done\n');
    const message =
      'UserWarning: Do not pass an `input_shape`/`input_dim` argument to a layer. When using Sequential models, prefer using an `Input(shape)` object as the first layer in the model instead.\n';
    expect(warnings).toEqual([`keras.py:3: ${message}`, `keras.py:4: ${message}`]);
  });
});
