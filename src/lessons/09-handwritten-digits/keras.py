# Handwritten digits: 8x8 pixel images, ten classes (0 to 9).
import numpy as np
import tensorflow as tf
import matplotlib.pyplot as plt
from sklearn.datasets import load_digits

tf.keras.utils.set_random_seed(0)   # seeds NumPy too, so the shuffle below repeats

digits = load_digits()
print("data:", digits.data.shape, "labels:", digits.target.shape)
print("the first image, as 8 rows of 8 pixels (0 = no ink, 16 = all ink):")
print(digits.data[0].reshape(8, 8).astype(int))
print("its label:", digits.target[0])

# validation_split takes the LAST rows as they are, so shuffle first
order = np.random.permutation(len(digits.data))
x = digits.data[order] / 16.0       # pixels 0..16 -> 0..1
y = digits.target[order]            # one whole number 0..9 per image

model = tf.keras.Sequential([
    tf.keras.Input(shape=(64,)),
    tf.keras.layers.Dense(64, activation="relu"),
    tf.keras.layers.Dense(10, activation="softmax"),  # ten probabilities that add up to 1
])

# "sparse" because each label is a class number, not a list of ten 0s and 1s
model.compile(optimizer="adam",
              loss="sparse_categorical_crossentropy",
              metrics=["accuracy"])

# Hold back 20% of the images; Keras reports val_loss and val_accuracy on them
history = model.fit(x, y, epochs=20, batch_size=32, validation_split=0.2, verbose=0)

for epoch in [1, 5, 10, 15, 20]:
    print(f"epoch {epoch}: validation accuracy {history.history['val_accuracy'][epoch - 1]:.3f}")

plt.plot(history.history["accuracy"], label="training")
plt.plot(history.history["val_accuracy"], label="validation")
plt.xlabel("Epoch")
plt.ylabel("Accuracy")
plt.title("Digits: accuracy")
plt.legend()
plt.show()
