# Keras: describe the model, then let compile() and fit() do the training.
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)

# Five points on the line y = 2x + 1
x = np.array([-1.0, 0.0, 1.0, 2.0, 3.0])
y = np.array([-1.0, 1.0, 3.0, 5.0, 7.0])

# One Dense neuron holds w and b for us
model = tf.keras.Sequential([
    tf.keras.Input(shape=(1,)),
    tf.keras.layers.Dense(1),
])

model.compile(optimizer=tf.keras.optimizers.SGD(learning_rate=0.1),
              loss="mean_squared_error")
history = model.fit(x, y, epochs=100, verbose=0)

kernel, bias = model.get_weights()
print(f"w = {kernel[0][0]:.3f}, b = {bias[0]:.3f}, loss = {history.history['loss'][-1]:.5f}")
