#!/usr/bin/env python3
"""100 training steps of a 2-layer MLP for each optimizer and loss, as real PyTorch runs them.

Run with Debian's python3-torch:
    /usr/bin/python3 tests/oracle/training.py
It writes tests/fixtures/training.json, read by src/engine/optim/training.test.ts. Every run starts from the
explicit weights and data recorded in the file (no random numbers anywhere), takes 100 full-batch steps of
zero_grad / forward / loss / backward / step, and records the loss at every step and the final parameters.
"""
import json
import os

import torch
import torch.nn as nn

OUT = os.path.join(os.path.dirname(__file__), '..', 'fixtures', 'training.json')
STEPS = 100
N, FEATURES, HIDDEN = 8, 3, 6


def pattern(rows, cols, a, b, m, scale):
    """A fixed, irregular-looking matrix of exact binary fractions: ((i·a + b) mod m − m/2) / scale."""
    return [[((r * cols + c) * a + b) % m / scale - (m // 2) / scale for c in range(cols)] for r in range(rows)]


X = pattern(N, FEATURES, 7, 3, 17, 8.0)
TARGETS = {
    # A smooth function of x for regression, labels from its sign and from its size for classification.
    'regression': [[0.5 * x[0] - 0.25 * x[1] * x[2] + 0.125] for x in X],
    'binary': [[1.0 if x[0] - x[1] + 0.5 * x[2] > 0 else 0.0] for x in X],
    'classes': [(0 if x[0] + x[2] < -0.5 else 1 if x[0] + x[2] < 0.5 else 2) for x in X],
}
LOSSES = {
    'mse': (nn.MSELoss, 'regression', 1),
    'bce_with_logits': (nn.BCEWithLogitsLoss, 'binary', 1),
    'bce': (nn.BCELoss, 'binary', 1),
    'cross_entropy': (nn.CrossEntropyLoss, 'classes', 3),
}
OPTIMIZERS = {
    'SGD': torch.optim.SGD,
    'Adam': torch.optim.Adam,
    'Adagrad': torch.optim.Adagrad,
}
ACTIVATIONS = {'tanh': nn.Tanh, 'relu': nn.ReLU}

RUNS = [
    ('SGD', {'lr': 0.05}, 'mse', 'tanh'),
    ('SGD', {'lr': 0.1}, 'cross_entropy', 'tanh'),
    ('SGD', {'lr': 0.05, 'momentum': 0.9}, 'bce_with_logits', 'relu'),
    ('SGD', {'lr': 0.02, 'momentum': 0.9, 'nesterov': True}, 'mse', 'relu'),
    ('Adam', {'lr': 0.01}, 'cross_entropy', 'relu'),
    ('Adam', {'lr': 0.02}, 'bce', 'tanh'),
    ('Adagrad', {'lr': 0.1}, 'mse', 'tanh'),
    ('Adagrad', {'lr': 0.2, 'lr_decay': 0.01, 'weight_decay': 0.01}, 'cross_entropy', 'relu'),
]


def run(optimizer_name, options, loss_name, activation):
    loss_class, target_kind, outputs = LOSSES[loss_name]
    weights = {
        'w1': pattern(HIDDEN, FEATURES, 5, 1, 11, 16.0),
        'b1': pattern(1, HIDDEN, 3, 2, 7, 32.0)[0],
        'w2': pattern(outputs, HIDDEN, 3, 4, 13, 16.0),
        'b2': pattern(1, outputs, 5, 3, 9, 64.0)[0],
    }
    layers = [nn.Linear(FEATURES, HIDDEN), ACTIVATIONS[activation](), nn.Linear(HIDDEN, outputs)]
    if loss_name == 'bce':
        layers.append(nn.Sigmoid())
    model = nn.Sequential(*layers)
    with torch.no_grad():
        model[0].weight.copy_(torch.tensor(weights['w1']))
        model[0].bias.copy_(torch.tensor(weights['b1']))
        model[2].weight.copy_(torch.tensor(weights['w2']))
        model[2].bias.copy_(torch.tensor(weights['b2']))
    x = torch.tensor(X)
    y = torch.tensor(TARGETS[target_kind])
    optimizer = OPTIMIZERS[optimizer_name](model.parameters(), **options)
    criterion = loss_class()
    losses = []
    for _ in range(STEPS):
        optimizer.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return {
        'optimizer': optimizer_name,
        'options': options,
        'loss': loss_name,
        'activation': activation,
        'initial': weights,
        'losses': losses,
        'final': {
            'w1': model[0].weight.flatten().tolist(),
            'b1': model[0].bias.tolist(),
            'w2': model[2].weight.flatten().tolist(),
            'b2': model[2].bias.tolist(),
        },
    }


fixture = {
    'torch_version': torch.__version__,
    'steps': STEPS,
    'x': X,
    'targets': TARGETS,
    'runs': [run(*r) for r in RUNS],
}
with open(OUT, 'w') as f:
    json.dump(fixture, f, indent=None, separators=(',', ':'))
    f.write('\n')
print(f"{len(fixture['runs'])} runs of {STEPS} steps")
