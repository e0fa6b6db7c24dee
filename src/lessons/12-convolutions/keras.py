# The same digits, now kept as 8x8 images so that a convolution can look at neighbouring pixels.
import numpy as np
import tensorflow as tf
import matplotlib.pyplot as plt
from sklearn.datasets import load_digits

tf.keras.utils.set_random_seed(0)   # seeds NumPy too, so the shuffle below repeats

digits = load_digits()
order = np.random.permutation(len(digits.data))
# Keras wants images as (batch, height, width, channels): one grey channel here
x = (digits.data[order] / 16.0).reshape(-1, 8, 8, 1)
y = digits.target[order]
print("the images:", x.shape)

model = tf.keras.Sequential([
    tf.keras.Input(shape=(8, 8, 1)),
    tf.keras.layers.Conv2D(16, kernel_size=3, padding="same", activation="relu"),  # 16 filters of 3x3
    tf.keras.layers.MaxPooling2D(pool_size=2),    # keep the strongest response in each 2x2 block
    tf.keras.layers.Flatten(),                    # 4x4 maps of 16 filters -> 256 numbers
    tf.keras.layers.Dense(10, activation="softmax"),
])
model.summary()

model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.01),
              loss="sparse_categorical_crossentropy",
              metrics=["accuracy"])
# fit shuffles the training images again at every epoch
history = model.fit(x, y, epochs=10, batch_size=32, validation_split=0.2, verbose=0)

for epoch in range(1, 11):
    print(f"epoch {epoch}: validation accuracy {history.history['val_accuracy'][epoch - 1]:.3f}")

# What the first filter learned: 3x3 weights, positive where it wants ink
kernel = model.layers[0].get_weights()[0]       # (3, 3, 1, 16): height, width, in, filters
print(kernel[:, :, 0, 0].round(2))

plt.plot(history.history["val_accuracy"])
plt.xlabel("Epoch")
plt.ylabel("Validation accuracy")
plt.title("A small CNN on the digits")
plt.show()
