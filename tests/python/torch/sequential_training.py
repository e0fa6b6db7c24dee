# nn.Sequential with weights set by nn.init and copy_, CrossEntropyLoss, and an Adam optimizer.
import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Linear(2, 3),
    nn.ReLU(),
    nn.Linear(3, 2),
)
with torch.no_grad():
    model[0].weight.copy_(torch.tensor([[0.5, -0.2], [0.1, 0.4], [-0.3, 0.8]]))
    nn.init.constant_(model[0].bias, 0.1)
    model[2].weight.copy_(torch.tensor([[0.2, -0.5, 0.3], [-0.1, 0.6, 0.2]]))
    nn.init.zeros_(model[2].bias)
print(model)
print(len(model), model[1])

x = torch.tensor([[1.0, 2.0], [2.0, -1.0], [-1.0, 0.5], [0.0, 1.0]])
labels = torch.tensor([0, 1, 1, 0])
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.05)
print(optimizer)

for step in range(30):
    optimizer.zero_grad()
    logits = model(x)
    loss = criterion(logits, labels)
    loss.backward()
    optimizer.step()
    if step % 10 == 0:
        print(step, loss.item())

logits = model(x)
print(logits)
print(logits.argmax(dim=1))
print(torch.softmax(logits, dim=1))
for name, p in model.named_parameters():
    print(name, p.shape)
print(optimizer.param_groups[0]['lr'])
