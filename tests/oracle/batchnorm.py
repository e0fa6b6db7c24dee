#!/usr/bin/env python3
"""Batch normalization as real PyTorch computes it: nn.BatchNorm1d / nn.BatchNorm2d and F.batch_norm.

Run with Debian's python3-torch:
    /usr/bin/python3 tests/oracle/batchnorm.py
It writes tests/fixtures/batchnorm.json, read (through src/engine/ops/batchnorm.fixture.ts) by
src/engine/ops/batchnorm.test.ts and src/engine/nn/batchnorm.test.ts.
A module case builds a module and runs a sequence of steps on it, each in train or eval mode: the step's input,
the upstream gradient for backward, and what PyTorch gives: the output (values, grad_fn name), the gradients of
input, weight and bias, and the buffers afterwards. It also records print(module) and the state_dict keys.
A functional case calls F.batch_norm once. Error cases record the exception type and message.
"""
import json
import os

import torch
import torch.nn as nn
import torch.nn.functional as F

OUT = os.path.join(os.path.dirname(__file__), '..', 'fixtures', 'batchnorm.json')
torch.manual_seed(0)


def R(*shape):
    """A random tensor in [-2, 2], rounded to 1/64 so the JSON carries it exactly."""
    return torch.round((torch.rand(*shape) * 4 - 2) * 64) / 64


def enc(t):
    return None if t is None else {'shape': list(t.shape), 'values': t.detach().flatten().tolist()}


def module_case(name, kind, num_features, kwargs, steps):
    m = getattr(nn, kind)(num_features, **kwargs)
    if m.affine:
        # Away from the ones/zeros init, so the weight's part in every gradient shows.
        with torch.no_grad():
            m.weight.copy_(R(num_features))
            m.bias.copy_(R(num_features))
    initial = {'weight': enc(m.weight), 'bias': enc(m.bias)}
    out_steps = []
    for train, shape in steps:
        m.train(train)
        x = R(*shape).requires_grad_(True)
        m.zero_grad()
        y = m(x)
        upstream = R(*y.shape)
        (y * upstream).sum().backward()
        out_steps.append({
            'train': train,
            'input': enc(x),
            'upstream': upstream.flatten().tolist(),
            'output': enc(y),
            'grad_fn': type(y.grad_fn).__name__ if y.grad_fn is not None else None,
            'grad_input': enc(x.grad),
            'grad_weight': enc(m.weight.grad) if m.affine else None,
            'grad_bias': enc(m.bias.grad) if m.affine else None,
            'running_mean': enc(m.running_mean),
            'running_var': enc(m.running_var),
            'num_batches_tracked': None if m.num_batches_tracked is None else int(m.num_batches_tracked),
        })
    return {
        'name': name,
        'kind': kind,
        'num_features': num_features,
        'kwargs': kwargs,
        'initial': initial,
        'repr': repr(m),
        'state_dict_keys': list(m.state_dict().keys()),
        'steps': out_steps,
    }


def functional_case(name, shape, running, affine, training, momentum=0.1, eps=1e-5):
    c = shape[1]
    x = R(*shape).requires_grad_(True)
    rm = R(c) if running else None
    rv = (torch.rand(c) + 0.5) if running else None
    rv = torch.round(rv * 64) / 64 if rv is not None else None
    w = R(c).requires_grad_(True) if affine else None
    b = R(c).requires_grad_(True) if affine else None
    args = {'input': enc(x), 'running_mean': enc(rm), 'running_var': enc(rv), 'weight': enc(w), 'bias': enc(b)}
    y = F.batch_norm(x, rm, rv, w, b, training, momentum, eps)
    upstream = R(*y.shape)
    (y * upstream).sum().backward()
    return {
        'name': name,
        'args': args,
        'training': training,
        'momentum': momentum,
        'eps': eps,
        'upstream': upstream.flatten().tolist(),
        'output': enc(y),
        'grad_fn': type(y.grad_fn).__name__,
        'grad_input': enc(x.grad),
        'grad_weight': enc(w.grad) if affine else None,
        'grad_bias': enc(b.grad) if affine else None,
        'running_mean_after': enc(rm),
        'running_var_after': enc(rv),
    }


def error_case(name, kind, num_features, kwargs, train, shape):
    m = getattr(nn, kind)(num_features, **kwargs)
    m.train(train)
    try:
        m(R(*shape))
    except Exception as e:  # noqa: BLE001 - the exception is the expected result
        return {'name': name, 'kind': kind, 'num_features': num_features, 'kwargs': kwargs, 'train': train,
                'shape': list(shape), 'error': {'type': type(e).__name__, 'message': str(e)},
                'num_batches_tracked': None if m.num_batches_tracked is None else int(m.num_batches_tracked)}
    raise AssertionError(f'{name}: no error')


modules = [
    module_case('BatchNorm1d on (N, C): three training steps, then eval', 'BatchNorm1d', 4, {},
                [(True, (6, 4)), (True, (5, 4)), (True, (8, 4)), (False, (3, 4)), (False, (1, 4))]),
    module_case('BatchNorm1d on (N, C, L)', 'BatchNorm1d', 3, {}, [(True, (4, 3, 5)), (True, (2, 3, 7)), (False, (2, 3, 4))]),
    module_case('BatchNorm1d with momentum=None keeps a cumulative average', 'BatchNorm1d', 3, {'momentum': None},
                [(True, (5, 3)), (True, (4, 3)), (True, (6, 3)), (False, (2, 3))]),
    module_case('BatchNorm1d with eps and momentum given', 'BatchNorm1d', 2, {'eps': 0.001, 'momentum': 0.3},
                [(True, (4, 2)), (True, (4, 2)), (False, (4, 2))]),
    module_case('BatchNorm1d without affine', 'BatchNorm1d', 3, {'affine': False}, [(True, (5, 3)), (False, (4, 3))]),
    module_case('BatchNorm1d without running stats uses batch stats in eval too', 'BatchNorm1d', 3,
                {'track_running_stats': False}, [(True, (5, 3)), (False, (4, 3))]),
    module_case('BatchNorm2d on (N, C, H, W)', 'BatchNorm2d', 3, {}, [(True, (2, 3, 4, 4)), (True, (3, 3, 2, 5)), (False, (2, 3, 3, 3))]),
]

functional = [
    functional_case('F.batch_norm training without running stats', (6, 3), False, True, True),
    functional_case('F.batch_norm training moves the given running stats', (4, 3, 5), True, True, True, 0.2),
    functional_case('F.batch_norm in eval uses the running stats', (4, 3), True, True, False),
    functional_case('F.batch_norm in eval without weight or bias', (2, 3, 2, 2), True, False, False, 0.1, 0.01),
]

errors = [
    error_case('a single value per channel in training', 'BatchNorm1d', 4, {}, True, (1, 4)),
    error_case('a single value per channel of (1, C, 1) in training', 'BatchNorm1d', 4, {}, True, (1, 4, 1)),
    error_case('BatchNorm1d refuses 4-D input', 'BatchNorm1d', 4, {}, True, (3, 4, 2, 2)),
    error_case('BatchNorm1d refuses 1-D input', 'BatchNorm1d', 4, {}, True, (4,)),
    error_case('BatchNorm2d refuses 3-D input', 'BatchNorm2d', 4, {}, True, (3, 4, 2)),
    error_case('channel count mismatch', 'BatchNorm1d', 4, {}, True, (3, 5)),
    error_case('channel count mismatch without running stats', 'BatchNorm1d', 4, {'track_running_stats': False}, True, (3, 5)),
]

with open(OUT, 'w') as f:
    json.dump({'modules': modules, 'functional': functional, 'errors': errors}, f, indent=1)
    f.write('\n')
print(f'wrote {OUT}')
