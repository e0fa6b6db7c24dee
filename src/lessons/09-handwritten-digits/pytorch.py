# Handwritten digits: 8x8 pixel images, ten classes (0 to 9).
import numpy as np
import torch
import torch.nn as nn
import matplotlib.pyplot as plt
from sklearn.datasets import load_digits

np.random.seed(0)                   # the same shuffle as the Keras pane
torch.manual_seed(0)

digits = load_digits()
print("data:", digits.data.shape, "labels:", digits.target.shape)
print("the first image, as 8 rows of 8 pixels (0 = no ink, 16 = all ink):")
print(digits.data[0].reshape(8, 8).astype(int))
print("its label:", digits.target[0])

# Shuffle, then keep the last 20% for validation, as Keras' validation_split does
order = np.random.permutation(len(digits.data))
x = torch.tensor(digits.data[order] / 16.0, dtype=torch.float32)  # pixels 0..16 -> 0..1
y = torch.tensor(digits.target[order])      # int64 class numbers, as CrossEntropyLoss wants
split = int(len(x) * 0.8)
x_train, y_train = x[:split], y[:split]
x_val, y_val = x[split:], y[split:]

model = nn.Sequential(
    nn.Linear(64, 64),
    nn.ReLU(),
    nn.Linear(64, 10),      # ten raw scores; CrossEntropyLoss applies the softmax itself
)
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.001)

train_accuracies = []
val_accuracies = []
for epoch in range(1, 21):
    # One epoch = every batch of 32 training images once
    for start in range(0, split, 32):
        optimizer.zero_grad()
        loss = loss_fn(model(x_train[start:start + 32]), y_train[start:start + 32])
        loss.backward()
        optimizer.step()

    # Accuracy by hand: the class with the highest score is the prediction
    with torch.no_grad():
        train_correct = (model(x_train).argmax(dim=1) == y_train).sum().item()
        val_correct = (model(x_val).argmax(dim=1) == y_val).sum().item()
    train_accuracies.append(train_correct / len(y_train))
    val_accuracies.append(val_correct / len(y_val))
    if epoch in [1, 5, 10, 15, 20]:
        print(f"epoch {epoch}: validation accuracy {val_accuracies[-1]:.3f}")

plt.plot(train_accuracies, label="training")
plt.plot(val_accuracies, label="validation")
plt.xlabel("Epoch")
plt.ylabel("Accuracy")
plt.title("Digits: accuracy")
plt.legend()
plt.show()
