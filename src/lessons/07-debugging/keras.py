# Debugging in Keras: fit() hides the steps, but you can still look inside.
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)

# Four examples, two features each, one target each (the rule: y = 2a - b)
x = np.array([[1.0, 2.0], [2.0, 1.0], [3.0, 4.0], [4.0, 3.0]])
y = np.array([[0.0], [3.0], [2.0], [5.0]])

# 1. Shapes: rows are examples, columns are features
print("x:", x.shape)
print("y:", y.shape)
model = tf.keras.Sequential([
    tf.keras.Input(shape=(2,)),
    tf.keras.layers.Dense(1),
])
model.summary()
kernel, bias = model.get_weights()
print("kernel:", kernel.shape, "bias:", bias.shape)
print("output:", model.predict(x, verbose=0).shape)

# 2. Gradients: Keras computes and applies them inside fit(),
#    so we watch their effect on the weights instead (step 4)
model.compile(optimizer=tf.keras.optimizers.SGD(learning_rate=0.02),
              loss="mean_squared_error")

# 3. A deliberate shape error: three features into a model built for two
wrong = np.array([[1.0, 2.0, 3.0]])
try:
    model.predict(wrong, verbose=0)
except ValueError as error:
    print("ValueError:", error)

# 4. Look inside training: fit in short bursts and print between them
for burst in range(1, 6):
    history = model.fit(x, y, epochs=40, verbose=0)
    kernel, bias = model.get_weights()
    print(f"epoch {40 * burst}: loss {history.history['loss'][-1]:.4f}, "
          f"kernel [{kernel[0][0]:.3f}, {kernel[1][0]:.3f}]")
