# What fit() does, written out: forward, loss, backward, update.
import torch
import torch.nn as nn

torch.manual_seed(0)

x = torch.tensor([[1.0], [2.0], [3.0], [4.0], [5.0]])
y = torch.tensor([[2.0], [4.0], [6.0], [8.0], [10.0]])

model = nn.Linear(1, 1)
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)

# Epoch 1, slowly, so you can check the arithmetic of one update
w_before = model.weight.item()
prediction = model(x)               # 1. forward: run the data through the model
loss = loss_fn(prediction, y)       # 2. loss: one number for how wrong it is
optimizer.zero_grad()               #    (clear gradients left from before)
loss.backward()                     # 3. backward: d(loss)/d(w) lands in model.weight.grad
grad = model.weight.grad.item()
optimizer.step()                    # 4. update: w = w - lr * grad
print(f"w before: {w_before:.4f}")
print(f"gradient: {grad:.4f}")
print(f"w after:  {model.weight.item():.4f}")
print(f"check:    {w_before:.4f} - 0.05 * {grad:.4f} = {w_before - 0.05 * grad:.4f}")

# Epochs 2 to 150: the same four steps, again and again
for epoch in range(2, 151):
    prediction = model(x)
    loss = loss_fn(prediction, y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if epoch % 30 == 0:
        print(f"epoch {epoch}: loss {loss.item():.4f}")

print(f"prediction for 10: {model(torch.tensor([[10.0]])).item():.2f}")
