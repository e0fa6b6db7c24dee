# The same three jobs on the Keras side. Keras hands the math and the
# gradients to TensorFlow underneath, so parts 1 and 2 call TensorFlow.
import tensorflow as tf

# 1. Math on whole arrays at once: one @ multiplies two matrices.
inputs = tf.constant([[1.0, 2.0], [3.0, 4.0]])
weights = tf.constant([[0.5], [-1.0]])
print("inputs @ weights =", (inputs @ weights).numpy())

# 2. Gradients, found for you. A GradientTape records every operation
#    done inside its with-block, so it can work backwards through them.
x = tf.Variable(3.0)
with tf.GradientTape() as tape:
    y = x * x + 2 * x    # y = x² + 2x
grad = tape.gradient(y, x)   # walks the record backwards: dy/dx
print("y at x=3:", y.numpy())
print("dy/dx at x=3:", grad.numpy())

# 3. Ready-made parts: a layer of neurons whose weights are already set up.
tf.keras.utils.set_random_seed(0)
layer = tf.keras.layers.Dense(1)
print("a Dense layer turns shape", list(inputs.shape), "into", list(layer(inputs).shape))
