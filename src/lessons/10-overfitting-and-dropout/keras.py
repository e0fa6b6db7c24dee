# Overfitting: a big network memorizes 20 noisy points. Dropout pushes back.
import numpy as np
import tensorflow as tf
import matplotlib.pyplot as plt

# 40 noisy points around y = x², at random places between -1 and 1
tf.keras.utils.set_random_seed(0)   # seeds NumPy too: the same points as the PyTorch pane
x = (np.random.rand(40) * 2 - 1).reshape(-1, 1)
y = x ** 2 + 0.2 * np.random.randn(40).reshape(-1, 1)

def make_model(dropout_rate):
    # 128 + 128 neurons for 20 points: far more freedom than the data needs
    return tf.keras.Sequential([
        tf.keras.Input(shape=(1,)),
        tf.keras.layers.Dense(128, activation="relu"), tf.keras.layers.Dropout(dropout_rate),
        tf.keras.layers.Dense(128, activation="relu"), tf.keras.layers.Dropout(dropout_rate),
        tf.keras.layers.Dense(1),
    ])

def train(dropout_rate):
    tf.keras.utils.set_random_seed(0)   # the same seed for both runs
    model = make_model(dropout_rate)
    model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.01),
                  loss="mean_squared_error")
    # validation_split=0.5: the first 20 points train the model, the last 20 only judge it.
    # fit() turns dropout on for the training steps and off when it judges.
    history = model.fit(x, y, epochs=300, validation_split=0.5, verbose=0)
    train_losses = history.history["loss"]
    val_losses = history.history["val_loss"]
    best = min(val_losses)
    print(f"dropout {dropout_rate}: lowest val_loss {best:.4f} at epoch {val_losses.index(best) + 1}, "
          f"final val_loss {val_losses[-1]:.4f}, final training loss {train_losses[-1]:.4f}")
    return train_losses, val_losses

for dropout_rate in [0.0, 0.3]:     # rate 0.0 switches dropout off
    train_losses, val_losses = train(dropout_rate)
    plt.plot(train_losses, label="training")
    plt.plot(val_losses, label="validation")
    plt.xlabel("Epoch")
    plt.ylabel("Loss")
    plt.title(f"Dropout {dropout_rate}")
    plt.legend()
    plt.show()
