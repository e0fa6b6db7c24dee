# Low-level TensorFlow: we hold the weights and write every step of training.
import tensorflow as tf

# Five points on the line y = 2x + 1
x = tf.constant([-1.0, 0.0, 1.0, 2.0, 3.0])
y = tf.constant([-1.0, 1.0, 3.0, 5.0, 7.0])

# The model is just two numbers, w and b, both starting at zero
w = tf.Variable(0.0)
b = tf.Variable(0.0)
optimizer = tf.keras.optimizers.SGD(learning_rate=0.1)

for step in range(100):
    with tf.GradientTape() as tape:
        prediction = w * x + b
        loss = tf.reduce_mean(tf.square(prediction - y))
    grads = tape.gradient(loss, [w, b])
    optimizer.apply_gradients(zip(grads, [w, b]))

print(f"w = {w.numpy():.3f}, b = {b.numpy():.3f}, loss = {loss.numpy():.5f}")
