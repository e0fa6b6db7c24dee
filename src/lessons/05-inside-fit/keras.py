# fit() runs forward, loss, backward and update for you, batch after batch.
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)

x = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
y = np.array([2.0, 4.0, 6.0, 8.0, 10.0])

model = tf.keras.Sequential([
    tf.keras.Input(shape=(1,)),
    tf.keras.layers.Dense(1),
])
model.compile(optimizer=tf.keras.optimizers.SGD(learning_rate=0.05),
              loss="mean_squared_error")

# Epoch 1 on its own. All 5 examples fit in one batch (the default
# batch_size is 32), so one epoch is exactly one update.
w_before = model.get_weights()[0][0][0]
model.fit(x, y, epochs=1, verbose=0)
print(f"w before: {w_before:.4f}")
print(f"w after:  {model.get_weights()[0][0][0]:.4f}")

# Epochs 2 to 150: fit repeats the same four steps
history = model.fit(x, y, epochs=149, verbose=0)
losses = history.history["loss"]    # losses[0] is epoch 2
for epoch in [30, 60, 90, 120, 150]:
    print(f"epoch {epoch}: loss {losses[epoch - 2]:.4f}")

prediction = model.predict(np.array([[10.0]]), verbose=0)
print(f"prediction for 10: {prediction[0][0]:.2f}")
