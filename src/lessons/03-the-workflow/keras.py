# 1. Import: bring in the libraries
import numpy as np
import tensorflow as tf
import matplotlib.pyplot as plt

# 2. Load: temperatures read off a cheap thermometer in both scales
celsius = np.array([-40.0, -10.0, 0.0, 8.0, 15.0, 22.0, 38.0, 50.0, 5.0, 30.0])
fahrenheit = np.array([-40.5, 14.3, 31.6, 46.9, 58.7, 72.1, 100.1, 122.4, 41.3, 85.6])

# 3. Prepare: shrink the numbers to around -1..1, hold back the last two for testing
x = celsius / 100
y = fahrenheit / 100
x_train, y_train = x[:8], y[:8]
x_test, y_test = x[8:], y[8:]

# 4. Define: one neuron that computes w * x + b
tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential([
    tf.keras.Input(shape=(1,)),
    tf.keras.layers.Dense(1),
])

# 5. Compile: how to measure the error, and how to reduce it
model.compile(optimizer=tf.keras.optimizers.SGD(learning_rate=0.5),
              loss="mean_squared_error")

# 6. Train
history = model.fit(x_train, y_train, epochs=200, verbose=0)

# 7. Evaluate: on the two temperatures the model never trained on
test_loss = model.evaluate(x_test, y_test, verbose=0)
print(f"test loss: {test_loss:.6f}")
prediction = model.predict(np.array([[0.30]]), verbose=0)
print(f"30 degrees C is about {prediction[0][0] * 100:.1f} degrees F")

# 8. Visualize: the loss, epoch by epoch
plt.plot(history.history["loss"])
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.title("Keras: training loss")
plt.show()
