# Overfitting: a big network memorizes 20 noisy points. Dropout pushes back.
import numpy as np
import torch
import torch.nn as nn
import matplotlib.pyplot as plt

# 40 noisy points around y = x², at random places between -1 and 1
np.random.seed(0)
x_all = (np.random.rand(40) * 2 - 1).reshape(-1, 1)
y_all = x_all ** 2 + 0.2 * np.random.randn(40).reshape(-1, 1)
x = torch.tensor(x_all, dtype=torch.float32)
y = torch.tensor(y_all, dtype=torch.float32)

# The first 20 points train the model; the last 20 only judge it
x_train, y_train = x[:20], y[:20]
x_val, y_val = x[20:], y[20:]

def make_model(dropout_rate):
    # 128 + 128 neurons for 20 points: far more freedom than the data needs
    return nn.Sequential(
        nn.Linear(1, 128), nn.ReLU(), nn.Dropout(dropout_rate),
        nn.Linear(128, 128), nn.ReLU(), nn.Dropout(dropout_rate),
        nn.Linear(128, 1),
    )

def train(dropout_rate):
    torch.manual_seed(0)            # same starting weights for both runs
    model = make_model(dropout_rate)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    loss_fn = nn.MSELoss()
    train_losses = []
    val_losses = []
    for epoch in range(300):
        model.train()               # dropout on while learning
        optimizer.zero_grad()
        loss = loss_fn(model(x_train), y_train)
        loss.backward()
        optimizer.step()
        model.eval()                # dropout off while judging
        with torch.no_grad():
            val_loss = loss_fn(model(x_val), y_val)
        train_losses.append(loss.item())
        val_losses.append(val_loss.item())
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
