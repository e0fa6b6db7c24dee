# Debugging in PyTorch: everything is a Python object you can print.
import torch
import torch.nn as nn

torch.manual_seed(0)

# Four examples, two features each, one target each (the rule: y = 2a - b)
x = torch.tensor([[1.0, 2.0], [2.0, 1.0], [3.0, 4.0], [4.0, 3.0]])
y = torch.tensor([[0.0], [3.0], [2.0], [5.0]])

# 1. Shapes: rows are examples, columns are features
print("x:", x.shape)
print("y:", y.shape)
model = nn.Linear(2, 1)
print(model)
print("weight:", model.weight.shape, "bias:", model.bias.shape)
print("output:", model(x).shape)

# 2. Gradients: empty until backward() runs
loss_fn = nn.MSELoss()
print("grad before backward:", model.weight.grad)
loss = loss_fn(model(x), y)
loss.backward()
print("grad after backward:", model.weight.grad)

# Without zero_grad(), a second backward() ADDS to the old gradient
loss = loss_fn(model(x), y)
loss.backward()
print("grad after a 2nd backward:", model.weight.grad)

# 3. A deliberate shape error: three features into a layer built for two
wrong = torch.tensor([[1.0, 2.0, 3.0]])
try:
    model(wrong)
except RuntimeError as error:
    print("RuntimeError:", error)

# 4. Print inside the loop: the loss and the gradient shrink together
optimizer = torch.optim.SGD(model.parameters(), lr=0.02)
for epoch in range(1, 201):
    optimizer.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    if epoch % 40 == 0:
        print(f"epoch {epoch}: loss {loss.item():.4f}, weight grad {model.weight.grad}")
    optimizer.step()

print("learned weight:", model.weight)
