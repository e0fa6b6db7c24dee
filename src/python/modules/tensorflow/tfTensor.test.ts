// Low-level TensorFlow as lessons use it, printed the way TensorFlow's documentation shows it.

import { describe, expect, it } from 'vitest';
import { runCollecting } from '../runForTest.ts';

describe('tf tensors and variables', () => {
  it('print as tf.Tensor(value, shape, dtype), and repr with numpy=', async () => {
    const run = await runCollecting(`
import tensorflow as tf
print(tf.constant([1.0, 2.0]))
print(tf.constant(3.0))
print(tf.constant([[1, 2], [3, 4]]))
print(repr(tf.constant([1.0, 2.0])))
print(repr(tf.Variable(3.0)))
x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
print(x.shape, repr(x.shape), list(x.shape), x.dtype)
print(x.numpy(), type(x.numpy()).__name__, tf.reduce_mean(x).numpy())
`);
    expect(run.error).toBeNull();
    expect(run.stdout).toBe(
      [
        'tf.Tensor([1. 2.], shape=(2,), dtype=float32)',
        'tf.Tensor(3.0, shape=(), dtype=float32)',
        'tf.Tensor(\n[[1 2]\n [3 4]], shape=(2, 2), dtype=int32)',
        '<tf.Tensor: shape=(2,), dtype=float32, numpy=array([1., 2.], dtype=float32)>',
        "<tf.Variable 'Variable:0' shape=() dtype=float32, numpy=3.0>",
        '(2, 2) TensorShape([2, 2]) [2, 2] tf.float32',
        '[[1. 2.]\n [3. 4.]] ndarray 2.5',
        '',
      ].join('\n'),
    );
  });

  it('refuses to mix dtypes, as TensorFlow does', async () => {
    const run = await runCollecting(`
import tensorflow as tf
tf.constant([1.0]) + tf.constant([1])
`);
    expect(run.error).toMatch(/InvalidArgumentError: cannot compute AddV2 as input #1\(zero-based\) was expected to be a float32 tensor but is a int32 tensor \[Op:AddV2\]/);
  });
});

describe('tf.GradientTape', () => {
  it('differentiates what ran inside it, once unless persistent, with None for unused sources', async () => {
    const run = await runCollecting(`
import tensorflow as tf
x = tf.Variable(3.0)
unused = tf.Variable(1.0)
with tf.GradientTape() as tape:
    y = x * x + 2 * x
print(tape.gradient(y, [x, unused]))
try:
    tape.gradient(y, x)
except RuntimeError as e:
    print(e)
`);
    expect(run.error).toBeNull();
    expect(run.stdout).toBe(
      '[<tf.Tensor: shape=(), dtype=float32, numpy=8.0>, None]\n' +
        'A non-persistent GradientTape can only be used to compute one set of gradients (or jacobians)\n',
    );
  });

  it('drives an optimizer through apply_gradients', async () => {
    const run = await runCollecting(`
import tensorflow as tf
w = tf.Variable(0.0)
opt = tf.keras.optimizers.SGD(learning_rate=0.1)
for _ in range(2):
    with tf.GradientTape() as tape:
        loss = (w - 1.0) ** 2
    opt.apply_gradients(zip([tape.gradient(loss, w)], [w]))
print(f"{w.numpy():.4f}")
`);
    expect(run.error).toBeNull();
    // w ← w − 0.1·2(w − 1): 0 → 0.2 → 0.36
    expect(run.stdout).toBe('0.3600\n');
  });
});
