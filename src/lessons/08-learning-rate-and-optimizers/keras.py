# The same model trained with different optimizers and learning rates.
import numpy as np
import tensorflow as tf
import matplotlib.pyplot as plt

x = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
# y = 5x: every random starting weight is at least 3 away from the answer
y = np.array([5.0, 10.0, 15.0, 20.0, 25.0])

def train(optimizer_name, lr, epochs=100):
    tf.keras.utils.set_random_seed(0)   # same starting weights for every run
    model = tf.keras.Sequential([
        tf.keras.Input(shape=(1,)),
        tf.keras.layers.Dense(1),
    ])
    if optimizer_name == "SGD":
        optimizer = tf.keras.optimizers.SGD(learning_rate=lr)
    else:
        optimizer = tf.keras.optimizers.Adam(learning_rate=lr)
    model.compile(optimizer=optimizer, loss="mean_squared_error")
    history = model.fit(x, y, epochs=epochs, verbose=0)
    losses = history.history["loss"]
    print(f"{optimizer_name} lr={lr}: final loss {losses[-1]:.4g}")
    return losses

# Three sensible settings, overlaid on one chart
for optimizer_name, lr in [("SGD", 0.01), ("SGD", 0.05), ("Adam", 0.1)]:
    plt.plot(train(optimizer_name, lr), label=f"{optimizer_name}, lr={lr}")
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.title("SGD vs Adam")
plt.legend()
plt.show()

# One step too far: SGD with a learning rate only twice the best one above
plt.plot(train("SGD", 0.1, epochs=20), label="SGD, lr=0.1")
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.title("A learning rate too large")
plt.legend()
plt.show()
