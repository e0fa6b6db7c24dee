# The seed's classification program with fixed weights: BCEWithLogitsLoss, sigmoid, round and accuracy.
import torch
import torch.nn as nn

x = torch.tensor([[1.0],[2.0],[3.0],[6.0],[7.0],[8.0]])
y = torch.tensor([[0.0],[0.0],[0.0],[1.0],[1.0],[1.0]])

model = nn.Linear(1, 1)
model.weight = nn.Parameter(torch.tensor([[-0.1]]))
model.bias = nn.Parameter(torch.tensor([0.05]))
print(model)
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)

accuracies = []
for epoch in range(100):
    optimizer.zero_grad()
    output = model(x)
    loss = criterion(output, y)
    loss.backward()
    optimizer.step()

    pred = torch.round(torch.sigmoid(output))
    correct = (pred == y).sum()
    accuracy = correct / y.size(0)
    accuracies.append(accuracy.item())
    if epoch % 25 == 0:
        print(epoch, loss, correct, accuracy)

print(loss)
print(accuracies[:5], accuracies[-1])
print(pred)
print(accuracy)
