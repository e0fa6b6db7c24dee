# Binary classification: is the answer 0 or 1? Here we count right answers ourselves.
import torch
import torch.nn as nn
import matplotlib.pyplot as plt

torch.manual_seed(0)

# Small x values belong to class 0, large ones to class 1
x = torch.tensor([[1.0],[2.0],[3.0],[6.0],[7.0],[8.0]])
y = torch.tensor([[0.0],[0.0],[0.0],[1.0],[1.0],[1.0]])

# No sigmoid in the model: the loss below applies it for us
model = nn.Linear(1, 1)

# BCEWithLogitsLoss = sigmoid + binary cross-entropy in one step,
# which stays accurate even when the raw output is far from zero
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

accuracies = []
for epoch in range(300):
    optimizer.zero_grad()
    output = model(x)
    loss = criterion(output, y)
    loss.backward()
    optimizer.step()

    # Accuracy by hand: round each probability to 0 or 1, count matches
    pred = torch.round(torch.sigmoid(output))
    correct = (pred == y).sum()
    accuracy = correct / y.size(0)
    accuracies.append(accuracy.item())

print(f"final accuracy: {accuracy.item():.2f}")

with torch.no_grad():
    probabilities = torch.sigmoid(model(x))
for i in range(len(x)):
    print(f"x = {x[i].item():.0f}: probability of class 1 = {probabilities[i].item():.2f}")

plt.plot(accuracies)
plt.xlabel("Epoch")
plt.ylabel("Accuracy")
plt.title("Training Accuracy")
plt.show()
