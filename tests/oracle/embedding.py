#!/usr/bin/env python3
"""F.embedding and nn.Embedding as real PyTorch computes them.

Run with Debian's python3-torch:
    /usr/bin/python3 tests/oracle/embedding.py
It writes tests/fixtures/embedding.json, read by src/engine/ops/embedding.test.ts and
src/engine/nn/embedding.test.ts. Each op case gives the weight, the indices and padding_idx, and PyTorch's
result: output values, shape, dtype and grad_fn name, and the weight's gradient after backward(upstream); error
cases record the exception type and message instead. Module cases record what a seeded constructor draws and
print(module).
"""
import json
import os

import torch
import torch.nn as nn
import torch.nn.functional as F

OUT = os.path.join(os.path.dirname(__file__), '..', 'fixtures', 'embedding.json')
torch.manual_seed(0)

DTYPES = {torch.float32: 'float32', torch.float64: 'float64', torch.int64: 'int64', torch.bool: 'bool'}


def R(*shape, grad=True, dtype=torch.float32):
    """A random weight in [-2, 2], rounded to 1/64 so the JSON carries it exactly."""
    t = (torch.round((torch.rand(*shape) * 4 - 2) * 64) / 64).to(dtype)
    return t.requires_grad_(grad)


def enc_tensor(t):
    return {'shape': list(t.shape), 'dtype': DTYPES[t.dtype], 'values': t.detach().flatten().tolist()}


cases = []


def case(name, weight, indices, padding_idx=None):
    entry = {
        'name': name,
        'weight': {**enc_tensor(weight), 'requires_grad': weight.requires_grad},
        'indices': enc_tensor(indices),
        'padding_idx': padding_idx,
    }
    w = weight.detach().clone().requires_grad_(weight.requires_grad)
    try:
        out = F.embedding(indices, w, padding_idx=padding_idx)
    except Exception as e:  # noqa: BLE001 - recording PyTorch's own error is the point
        entry['error'] = {'type': type(e).__name__, 'message': str(e)}
        cases.append(entry)
        return
    enc = enc_tensor(out)
    enc['grad_fn'] = type(out.grad_fn).__name__ if out.grad_fn is not None else None
    entry['output'] = enc
    if out.requires_grad:
        upstream = torch.tensor([(i * 5 % 9 - 4) / 4 for i in range(out.numel())], dtype=out.dtype).reshape(out.shape)
        entry['upstream'] = upstream.flatten().tolist()
        (out * upstream).sum().backward()
        entry['grad'] = enc_tensor(w.grad)['values']
    cases.append(entry)


L = lambda data: torch.tensor(data, dtype=torch.long)  # noqa: E731

case('1-D indices', R(6, 3), L([4, 0, 5, 2]))
case('repeated indices sum their gradients', R(5, 4), L([1, 3, 1, 1, 0, 3]))
case('2-D indices (a batch of sequences)', R(7, 3), L([[1, 2, 4, 5], [4, 3, 2, 9 % 7]]))
case('3-D indices', R(8, 2), L([[[0, 1], [2, 3], [1, 1]], [[7, 6], [5, 4], [0, 7]]]))
case('0-d index gives one row', R(4, 5), L(2))
case('empty indices', R(4, 3), torch.zeros(0, dtype=torch.long))
case('padding_idx rows are looked up but get no gradient', R(6, 3), L([[0, 2, 0], [3, 0, 2]]), padding_idx=0)
case('negative padding_idx counts from the end', R(5, 2), L([4, 1, 4, 3]), padding_idx=-1)
case('padding_idx not among the indices', R(5, 2), L([1, 2, 2]), padding_idx=4)
case('weight without grad', R(4, 3, grad=False), L([[3, 1], [0, 3]]))
case('float64 weight', R(5, 3, dtype=torch.float64), L([[2, 2, 4], [1, 0, 3]]))
case('one-column table', R(3, 1), L([2, 1, 2]))

case('error index equal to num_embeddings', R(5, 3, grad=False), L([1, 5]))
case('error negative index', R(5, 3, grad=False), L([[0, -1]]))
case('error float indices', R(5, 3, grad=False), torch.tensor([1.0, 2.0]))
case('error float64 indices', R(5, 3, grad=False), torch.tensor([1.0], dtype=torch.float64))
case('error bool indices', R(5, 3, grad=False), torch.tensor([True, False]))
case('error 1-D weight', R(5, grad=False), L([1]))
case('error 3-D weight', R(2, 3, 4, grad=False), L([1]))


def module(args, kwargs):
    torch.manual_seed(0)
    m = nn.Embedding(*args, **kwargs)
    return {'args': list(args), 'kwargs': kwargs, 'repr': repr(m), 'padding_idx': m.padding_idx, 'weight': enc_tensor(m.weight)}


modules = [
    module([10, 3], {}),
    module([10, 3], {'padding_idx': 0}),
    module([6, 4], {'padding_idx': -2}),
    module([20, 16], {}),
    module([1, 1], {}),
]

with open(OUT, 'w') as f:
    json.dump({'cases': cases, 'modules': modules}, f, indent=None, separators=(',', ':'))
    f.write('\n')
print(f'wrote {len(cases)} op cases and {len(modules)} module cases to {os.path.normpath(OUT)}')
