# A complete program to take home: learn Celsius -> Fahrenheit, then keep it.
import numpy as np
import tensorflow as tf
import matplotlib.pyplot as plt

tf.keras.utils.set_random_seed(0)

celsius = np.array([-40.0, -10.0, 0.0, 8.0, 15.0, 22.0, 38.0, 50.0])
fahrenheit = celsius * 1.8 + 32
x = celsius / 100
y = fahrenheit / 100

model = tf.keras.Sequential([
    tf.keras.Input(shape=(1,)),
    tf.keras.layers.Dense(1),
])
model.compile(optimizer=tf.keras.optimizers.SGD(learning_rate=0.5),
              loss="mean_squared_error")
history = model.fit(x, y, epochs=200, verbose=0)

# x and y were divided by 100, so F = w * C + 100 * b
kernel, bias = model.get_weights()
print(f"learned: F = {kernel[0][0]:.3f} * C + {bias[0] * 100:.2f}")
prediction = model.predict(np.array([[0.30]]), verbose=0)
print(f"30 C -> {prediction[0][0] * 100:.1f} F")

plt.plot(history.history["loss"])
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.title("Keras: training loss")
plt.show()

# On your own computer (not in the browser, which has no files to write),
# these lines save the trained model and load it back:
# model.save("temperature.keras")
# model = tf.keras.models.load_model("temperature.keras")
