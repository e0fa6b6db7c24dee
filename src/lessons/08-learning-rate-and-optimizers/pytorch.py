# The same model trained with different optimizers and learning rates.
import torch
import torch.nn as nn
import matplotlib.pyplot as plt

x = torch.tensor([[1.0], [2.0], [3.0], [4.0], [5.0]])
# y = 5x: every random starting weight is at least 3 away from the answer
y = torch.tensor([[5.0], [10.0], [15.0], [20.0], [25.0]])

def train(optimizer_name, lr, epochs=100):
    torch.manual_seed(0)            # same starting weights for every run
    model = nn.Linear(1, 1)
    if optimizer_name == "SGD":
        optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    else:
        optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    loss_fn = nn.MSELoss()
    losses = []
    for epoch in range(epochs):
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
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
