#!/usr/bin/env python3
"""The walking skeleton's regression run in real PyTorch: the losses the engine must reproduce.

Run with Debian's python3-torch:
    /usr/bin/python3 tests/oracle/regression_losses.py
It writes tests/fixtures/regression_losses.json, read by src/engine/regression.test.ts. The seed's data
(x = 1..5, y = 2x), nn.Linear(1, 1) started at weight 0.5 and bias 0.1, MSELoss and SGD(lr=0.01): the loss
of each of 200 full-batch steps. Keras fit with the same start (kernel 0.5, bias 0.1, one batch of 5, SGD
0.01, MSE) computes the same numbers, so the engine's Keras path is checked against this file too.
"""
import json
import os

import torch
import torch.nn as nn

OUT = os.path.join(os.path.dirname(__file__), '..', 'fixtures', 'regression_losses.json')

x = torch.tensor([[1.0], [2.0], [3.0], [4.0], [5.0]])
y = 2 * x

model = nn.Linear(1, 1)
with torch.no_grad():
    model.weight.fill_(0.5)
    model.bias.fill_(0.1)
criterion = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)

losses = []
for _ in range(200):
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
    losses.append(loss.item())

with open(OUT, 'w') as f:
    json.dump(
        {
            'x': x.flatten().tolist(),
            'y': y.flatten().tolist(),
            'initial_weight': 0.5,
            'initial_bias': 0.1,
            'lr': 0.01,
            'losses': losses,
            'final_weight': model.weight.item(),
            'final_bias': model.bias.item(),
        },
        f,
        indent=1,
    )
    f.write('\n')
