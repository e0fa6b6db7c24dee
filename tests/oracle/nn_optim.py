#!/usr/bin/env python3
"""torch.nn modules and torch.optim optimizers, as real PyTorch runs them.

Run with Debian's python3-torch:
    /usr/bin/python3 tests/oracle/nn_optim.py
It writes tests/fixtures/nn_optim.json, read by src/engine/nn/nn.test.ts and src/engine/optim/optim.test.ts:
print(model) texts, parameter names, a few steps of every optimizer configuration from fixed weights, and
the seed's two PyTorch programs run from seed 67280421310721: the seed a fresh torch.Generator() has, which
Tandem's global generator starts from (real PyTorch seeds its global generator nondeterministically, so an
unseeded program varies from run to run there; in Tandem it prints these numbers).
"""
import json
import os

import torch
import torch.nn as nn

OUT = os.path.join(os.path.dirname(__file__), '..', 'fixtures', 'nn_optim.json')


class SimpleModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(1, 1)

    def forward(self, x):
        return self.linear(x)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Dropout(0.25), nn.Linear(8, 3, bias=False))
        self.head = nn.Softmax(dim=1)


reprs = {
    'simple_model': repr(SimpleModel()),
    'net': repr(Net()),
    'sequential_zoo': repr(nn.Sequential(
        nn.Linear(2, 3), nn.ReLU(), nn.Dropout(0.2), nn.Softmax(dim=1), nn.LeakyReLU(), nn.GELU(), nn.ELU(),
        nn.Flatten(), nn.Sequential(nn.Tanh(), nn.Sigmoid()), nn.MSELoss(), nn.CrossEntropyLoss(),
        nn.BCEWithLogitsLoss(), nn.LogSoftmax(dim=-1), nn.Identity(), nn.SiLU(), nn.Hardtanh(), nn.ReLU6(),
        nn.Dropout(1e-5), nn.LeakyReLU(0.2), nn.Softmax(), nn.Softplus(), nn.L1Loss(), nn.NLLLoss(), nn.BCELoss(),
    )),
}
net = Net()
names = {
    'named_parameters': [n for n, _ in net.named_parameters()],
    'state_dict': list(net.state_dict().keys()),
    'children': [type(m).__name__ for m in net.children()],
    'modules': [type(m).__name__ for m in net.modules()],
}

# Optimizers: Linear(3, 2) from fixed weights on a fixed batch, MSE, five steps.
X = torch.tensor([[0.5, -1.0, 2.0], [1.5, 0.25, -0.5], [-2.0, 1.0, 0.75], [0.125, -0.375, 1.25]])
Y = torch.tensor([[1.0, -1.0], [0.5, 2.0], [-1.5, 0.25], [0.0, 1.0]])
W0 = [[0.25, -0.5, 0.125], [0.75, 0.5, -0.25]]
B0 = [0.1, -0.2]

CONFIGS = [
    ('SGD', {'lr': 0.1}),
    ('SGD', {'lr': 0.05, 'momentum': 0.9}),
    ('SGD', {'lr': 0.05, 'momentum': 0.9, 'nesterov': True}),
    ('SGD', {'lr': 0.05, 'momentum': 0.5, 'dampening': 0.1, 'weight_decay': 0.01}),
    ('SGD', {'lr': 0.1, 'maximize': True}),
    ('Adam', {'lr': 0.1}),
    ('Adam', {'lr': 0.05, 'betas': (0.8, 0.99), 'eps': 1e-6, 'weight_decay': 0.1}),
    ('Adam', {'lr': 0.05, 'amsgrad': True}),
    ('AdamW', {'lr': 0.05}),
    ('RMSprop', {'lr': 0.01}),
    ('RMSprop', {'lr': 0.01, 'momentum': 0.9, 'centered': True, 'weight_decay': 0.05}),
]

optimizers = []
for name, options in CONFIGS:
    model = nn.Linear(3, 2)
    with torch.no_grad():
        model.weight.copy_(torch.tensor(W0))
        model.bias.copy_(torch.tensor(B0))
    opt = getattr(torch.optim, name)(model.parameters(), **options)
    losses = []
    for _ in range(5):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(X), Y)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    optimizers.append({
        'optimizer': name,
        'options': {k: list(v) if isinstance(v, tuple) else v for k, v in options.items()},
        'losses': losses,
        'weight': model.weight.flatten().tolist(),
        'bias': model.bias.tolist(),
    })


def pytorch_regression():
    """seed/programs/pytorch_regression.py from Tandem's starting seed."""
    torch.manual_seed(67280421310721)
    x = torch.tensor([[1.0], [2.0], [3.0], [4.0], [5.0]])
    y = torch.tensor([[2.0], [4.0], [6.0], [8.0], [10.0]])
    model = SimpleModel()
    criterion = nn.MSELoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    losses = []
    for _ in range(200):
        optimizer.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return {'losses': losses, 'prediction_at_10': model(torch.tensor([[10.0]])).item()}


def pytorch_classification():
    """seed/programs/pytorch_classification.py from Tandem's starting seed."""
    torch.manual_seed(67280421310721)
    x = torch.tensor([[1.0], [2.0], [3.0], [6.0], [7.0], [8.0]])
    y = torch.tensor([[0.0], [0.0], [0.0], [1.0], [1.0], [1.0]])
    model = nn.Linear(1, 1)
    criterion = nn.BCEWithLogitsLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    accuracies = []
    losses = []
    for _ in range(100):
        optimizer.zero_grad()
        output = model(x)
        loss = criterion(output, y)
        loss.backward()
        optimizer.step()
        pred = torch.round(torch.sigmoid(output))
        correct = (pred == y).sum()
        accuracies.append((correct / y.size(0)).item())
        losses.append(loss.item())
    return {'accuracies': accuracies, 'losses': losses}


with open(OUT, 'w') as f:
    json.dump(
        {
            'reprs': reprs,
            'names': names,
            'optimizers': optimizers,
            'pytorch_regression': pytorch_regression(),
            'pytorch_classification': pytorch_classification(),
        },
        f,
        indent=1,
    )
    f.write('\n')
