# 1. Import: bring in the libraries
import torch
import torch.nn as nn
import matplotlib.pyplot as plt

# 2. Load: temperatures read off a cheap thermometer in both scales
celsius = torch.tensor([-40.0, -10.0, 0.0, 8.0, 15.0, 22.0, 38.0, 50.0, 5.0, 30.0])
fahrenheit = torch.tensor([-40.5, 14.3, 31.6, 46.9, 58.7, 72.1, 100.1, 122.4, 41.3, 85.6])

# 3. Prepare: shrink the numbers, make one row per example, hold back the last two
x = (celsius / 100).reshape(-1, 1)
y = (fahrenheit / 100).reshape(-1, 1)
x_train, y_train = x[:8], y[:8]
x_test, y_test = x[8:], y[8:]

# 4. Define: one neuron that computes w * x + b
torch.manual_seed(0)
model = nn.Linear(1, 1)

# 5. Compile: PyTorch has no compile(); you create the loss and optimizer yourself
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.5)

# 6. Train: the loop that Keras' fit() runs for you
losses = []
for epoch in range(200):
    optimizer.zero_grad()
    loss = loss_fn(model(x_train), y_train)
    loss.backward()
    optimizer.step()
    losses.append(loss.item())

# 7. Evaluate: on the two temperatures the model never trained on
with torch.no_grad():
    test_loss = loss_fn(model(x_test), y_test)
    prediction = model(torch.tensor([[0.30]]))
print(f"test loss: {test_loss.item():.6f}")
print(f"30 degrees C is about {prediction.item() * 100:.1f} degrees F")

# 8. Visualize: the loss, epoch by epoch
plt.plot(losses)
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.title("PyTorch: training loss")
plt.show()
