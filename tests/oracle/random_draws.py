#!/usr/bin/env python3
"""PyTorch's CPU generator, draw for draw: what a seeded program gets from torch.rand, randn, randint,
randperm, nn.Linear's initialisation and dropout.

Run with Debian's python3-torch:
    /usr/bin/python3 tests/oracle/random_draws.py
It writes tests/fixtures/random.json, read by src/engine/random/random.test.ts, which requires the engine's
values to be bit-identical. (randn on 16+ float32 elements takes PyTorch's vectorised AVX2 path; the file
records which CPU capability produced it.)
"""
import json
import os
import re

import torch
import torch.nn as nn
import torch.nn.functional as F

OUT = os.path.join(os.path.dirname(__file__), '..', 'fixtures', 'random.json')

seeds = []
for seed in range(4):
    entry = {'seed': seed}
    torch.manual_seed(seed)
    entry['rand_5'] = torch.rand(5).tolist()
    torch.manual_seed(seed)
    entry['randn_17'] = torch.randn(17).tolist()
    torch.manual_seed(seed)
    entry['randint_0_10_20'] = torch.randint(0, 10, (20,)).tolist()
    torch.manual_seed(seed)
    layer = nn.Linear(4, 3)
    entry['linear_4_3'] = {'weight': layer.weight.flatten().tolist(), 'bias': layer.bias.tolist()}
    torch.manual_seed(seed)
    entry['randn_5'] = torch.randn(5).tolist()
    torch.manual_seed(seed)
    entry['randn_100'] = torch.randn(100).tolist()
    torch.manual_seed(seed)
    entry['randperm_10'] = torch.randperm(10).tolist()
    torch.manual_seed(seed)
    entry['dropout_half_20'] = F.dropout(torch.ones(20), 0.5).tolist()
    torch.manual_seed(seed)
    entry['rand_3_then_randn_3'] = torch.rand(3).tolist() + torch.randn(3).tolist()
    seeds.append(entry)

# A fresh torch.Generator() starts from 67280421310721. (PyTorch seeds its global generator nondeterministically
# at startup; Tandem starts its global generator from this constant instead, so unseeded runs repeat.)
fresh = torch.Generator()
default_seed = {'initial_seed': fresh.initial_seed(), 'rand_4': torch.rand(4, generator=fresh).tolist()}

with open(OUT, 'w') as f:
    json.dump(
        {
            'torch_version': torch.__version__,
            'cpu_capability': re.search(r'CPU capability usage: (\w+)', torch.__config__.show()).group(1),
            'seeds': seeds,
            'default_seed': default_seed,
        },
        f,
        indent=1,
    )
    f.write('\n')
