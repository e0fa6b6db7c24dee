# The same digits, now kept as 8x8 images so that a convolution can look at neighbouring pixels.
import numpy as np
import torch
import torch.nn as nn
import matplotlib.pyplot as plt
from sklearn.datasets import load_digits
from torch.utils.data import TensorDataset, DataLoader

np.random.seed(0)
torch.manual_seed(0)

digits = load_digits()
order = np.random.permutation(len(digits.data))
# PyTorch wants images as (batch, channels, height, width): one grey channel here
x = torch.tensor(digits.data[order] / 16.0, dtype=torch.float32).reshape(-1, 1, 8, 8)
y = torch.tensor(digits.target[order])
split = int(len(x) * 0.8)
train = DataLoader(TensorDataset(x[:split], y[:split]), batch_size=32, shuffle=True)
x_val, y_val = x[split:], y[split:]
print("one batch of images:", next(iter(train))[0].shape)

model = nn.Sequential(
    nn.Conv2d(1, 16, kernel_size=3, padding=1),   # 16 filters of 3x3 pixels slide over the image
    nn.ReLU(),
    nn.MaxPool2d(2),                              # keep the strongest response in each 2x2 block
    nn.Flatten(),                                 # 16 maps of 4x4 -> 256 numbers
    nn.Linear(16 * 4 * 4, 10),
)
print(model)
print("parameters:", sum(p.numel() for p in model.parameters()))

loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
val_accuracies = []
for epoch in range(1, 11):
    for images, labels in train:       # a fresh shuffle every epoch
        optimizer.zero_grad()
        loss = loss_fn(model(images), labels)
        loss.backward()
        optimizer.step()
    with torch.no_grad():
        correct = (model(x_val).argmax(dim=1) == y_val).sum().item()
    val_accuracies.append(correct / len(y_val))
    print(f"epoch {epoch}: validation accuracy {val_accuracies[-1]:.3f}")

# What the first filter learned: 3x3 weights, positive where it wants ink
print(model[0].weight[0, 0].detach().numpy().round(2))

plt.plot(val_accuracies)
plt.xlabel("Epoch")
plt.ylabel("Validation accuracy")
plt.title("A small CNN on the digits")
plt.show()
