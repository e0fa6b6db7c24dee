# A complete program to take home: learn Celsius -> Fahrenheit, then keep it.
import torch
import torch.nn as nn
import matplotlib.pyplot as plt

torch.manual_seed(0)

celsius = torch.tensor([-40.0, -10.0, 0.0, 8.0, 15.0, 22.0, 38.0, 50.0])
fahrenheit = celsius * 1.8 + 32
x = (celsius / 100).reshape(-1, 1)
y = (fahrenheit / 100).reshape(-1, 1)

model = nn.Linear(1, 1)
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
losses = []
for epoch in range(200):
    optimizer.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    optimizer.step()
    losses.append(loss.item())

# x and y were divided by 100, so F = w * C + 100 * b
print(f"learned: F = {model.weight.item():.3f} * C + {model.bias.item() * 100:.2f}")
with torch.no_grad():
    prediction = model(torch.tensor([[0.30]]))
print(f"30 C -> {prediction.item() * 100:.1f} F")

plt.plot(losses)
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.title("PyTorch: training loss")
plt.show()

# On your own computer (not in the browser, which has no files to write),
# these lines save the trained weights and load them back:
# torch.save(model.state_dict(), "temperature.pt")
# model.load_state_dict(torch.load("temperature.pt"))
