# Binary classification: is the answer 0 or 1? Keras does the counting for us.
import numpy as np
import tensorflow as tf
import matplotlib.pyplot as plt

tf.keras.utils.set_random_seed(0)

# Small x values belong to class 0, large ones to class 1
x = np.array([1, 2, 3, 6, 7, 8], dtype=float)
y = np.array([0, 0, 0, 1, 1, 1], dtype=float)

# The sigmoid squashes w * x + b into 0..1: the probability of class 1
model = tf.keras.Sequential([
    tf.keras.Input(shape=(1,)),
    tf.keras.layers.Dense(1, activation="sigmoid"),
])

# Binary cross-entropy punishes confident wrong answers hardest.
# metrics=["accuracy"] makes Keras count right answers every epoch.
model.compile(
    optimizer=tf.keras.optimizers.SGD(learning_rate=0.1),
    loss="binary_crossentropy",
    metrics=["accuracy"],
)

history = model.fit(x, y, epochs=300, verbose=0)
print(f"final accuracy: {history.history['accuracy'][-1]:.2f}")

probabilities = model.predict(x, verbose=0)
for i in range(len(x)):
    print(f"x = {x[i]:.0f}: probability of class 1 = {probabilities[i][0]:.2f}")

plt.plot(history.history["accuracy"])
plt.xlabel("Epoch")
plt.ylabel("Accuracy")
plt.title("Training Accuracy")
plt.show()
