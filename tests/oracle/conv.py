#!/usr/bin/env python3
"""Convolution and pooling as real PyTorch computes them, and nn.Conv2d / pooling modules' init and reprs.

Run with Debian's python3-torch:
    /usr/bin/python3 tests/oracle/conv.py
It writes tests/fixtures/conv.json, read by src/engine/ops/conv.test.ts and src/engine/nn/conv.test.ts.
Each op case names an op (conv2d, max_pool2d, max_pool2d_indices, avg_pool2d), its tensor arguments (null for
an absent bias) and keyword arguments, and PyTorch's result: output values, shape, dtype and grad_fn name, and
the gradients of every tensor argument after backward(upstream); error cases record the exception type and
message instead. Module cases record the weights a seeded constructor draws and print(module).
"""
import json
import math
import os
import warnings

import torch
import torch.nn as nn
import torch.nn.functional as F

OUT = os.path.join(os.path.dirname(__file__), '..', 'fixtures', 'conv.json')
torch.manual_seed(0)
# padding='same' with an even kernel warns that PyTorch pads a copy; the values are what is recorded here.
warnings.filterwarnings('ignore', message='Using padding=')

DTYPES = {torch.float32: 'float32', torch.float64: 'float64', torch.int64: 'int64', torch.bool: 'bool'}


def R(*shape, grad=True, dtype=torch.float32):
    """A random tensor in [-2, 2], rounded to 1/64 so the JSON carries it exactly."""
    t = (torch.round((torch.rand(*shape) * 4 - 2) * 64) / 64).to(dtype)
    return t.requires_grad_(grad)


def T(data, dtype=None, grad=False):
    return torch.tensor(data, dtype=dtype).requires_grad_(grad)


def enc_value(v):
    if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
        return str(v)
    return v


def enc_tensor(t):
    return {'shape': list(t.shape), 'dtype': DTYPES[t.dtype], 'values': [enc_value(v) for v in t.detach().flatten().tolist()]}


OPS = {
    'conv2d': lambda x, w, b=None, **kw: F.conv2d(x, w, b, **kw),
    'max_pool2d': lambda x, **kw: F.max_pool2d(x, **kw),
    'max_pool2d_indices': lambda x, **kw: list(F.max_pool2d(x, return_indices=True, **kw)),
    'avg_pool2d': lambda x, **kw: F.avg_pool2d(x, **kw),
}

cases = []


def case(name, op, *args, **kwargs):
    """Runs op in PyTorch and records inputs, outputs, grad_fn and gradients (or the error)."""
    entry = {
        'name': name,
        'op': op,
        'args': [None if a is None else {**enc_tensor(a), 'requires_grad': a.requires_grad} for a in args],
        'kwargs': kwargs,
    }
    live = [None if a is None else a.detach().clone().requires_grad_(a.requires_grad) for a in args]
    try:
        out = OPS[op](*live, **kwargs)
    except Exception as e:  # noqa: BLE001 - recording PyTorch's own error is the point
        entry['error'] = {'type': type(e).__name__, 'message': str(e)}
        cases.append(entry)
        return
    outs = out if isinstance(out, list) else [out]
    entry['outputs'] = []
    total = None
    for k, o in enumerate(outs):
        enc = enc_tensor(o)
        enc['grad_fn'] = type(o.grad_fn).__name__ if o.grad_fn is not None else None
        if o.requires_grad:
            upstream = torch.tensor([((i * 5 + k) % 9 - 4) / 4 for i in range(o.numel())], dtype=o.dtype).reshape(o.shape)
            enc['upstream'] = upstream.flatten().tolist()
            term = (o * upstream).sum()
            total = term if total is None else total + term
        entry['outputs'].append(enc)
    if total is not None:
        total.backward()
        entry['grads'] = [enc_tensor(t.grad)['values'] for t in live if t is not None and t.requires_grad]
    cases.append(entry)


# conv2d: strides, padding, dilation, rectangular kernels, odd sizes, groups, unbatched input
case('conv2d basic', 'conv2d', R(2, 3, 5, 5), R(4, 3, 3, 3), R(4))
case('conv2d without bias', 'conv2d', R(2, 3, 5, 5), R(4, 3, 3, 3), None)
case('conv2d stride 2 padding 1', 'conv2d', R(2, 2, 6, 6), R(3, 2, 3, 3), R(3), stride=2, padding=1)
case('conv2d dilation 2', 'conv2d', R(1, 2, 7, 7), R(2, 2, 3, 3), R(2), dilation=2)
case('conv2d rectangular kernel, per-dim stride and padding', 'conv2d', R(2, 2, 5, 7), R(3, 2, 2, 3), R(3), stride=(2, 1), padding=(1, 0))
case('conv2d odd sizes, stride 2, padding 2, dilation 2', 'conv2d', R(1, 3, 9, 8), R(2, 3, 3, 3), R(2), stride=2, padding=2, dilation=2)
case('conv2d stride 3 leaves a ragged edge', 'conv2d', R(1, 1, 8, 7), R(2, 1, 3, 2), R(2), stride=3)
case('conv2d 1x1 kernel', 'conv2d', R(2, 4, 3, 3), R(5, 4, 1, 1), R(5))
case('conv2d kernel as large as the input', 'conv2d', R(2, 2, 3, 3), R(3, 2, 3, 3), R(3))
case('conv2d unbatched input', 'conv2d', R(3, 5, 5), R(4, 3, 3, 3), R(4), padding=1)
case('conv2d padding same', 'conv2d', R(1, 2, 5, 6), R(3, 2, 3, 3), R(3), padding='same')
case('conv2d padding same, even kernel pads after', 'conv2d', R(1, 2, 5, 5), R(2, 2, 2, 4), R(2), padding='same')
case('conv2d padding same with dilation', 'conv2d', R(1, 1, 6, 6), R(2, 1, 3, 3), None, padding='same', dilation=2)
case('conv2d padding valid', 'conv2d', R(1, 2, 5, 5), R(2, 2, 3, 3), R(2), padding='valid')
case('conv2d groups 2', 'conv2d', R(2, 4, 5, 5), R(6, 2, 3, 3), R(6), groups=2, padding=1)
case('conv2d depthwise', 'conv2d', R(1, 3, 4, 4), R(3, 1, 2, 2), R(3), groups=3)
case('conv2d input gradient only', 'conv2d', R(1, 2, 4, 4), R(3, 2, 2, 2, grad=False), R(3, grad=False), stride=2)
case('conv2d weight gradient only', 'conv2d', R(2, 2, 4, 4, grad=False), R(3, 2, 3, 3), None, padding=1)
case('conv2d float64', 'conv2d', R(1, 2, 4, 4, dtype=torch.float64), R(2, 2, 3, 3, dtype=torch.float64), R(2, dtype=torch.float64), padding=1)
case('conv2d MNIST-like', 'conv2d', R(4, 1, 12, 12), R(8, 1, 5, 5), R(8), padding=2)

case('error conv2d input rank', 'conv2d', R(5, 5, grad=False), R(4, 3, 3, 3, grad=False))
case('error conv2d 5-d input', 'conv2d', R(1, 1, 3, 5, 5, grad=False), R(4, 3, 3, 3, grad=False))
case('error conv2d channels', 'conv2d', R(1, 2, 5, 5, grad=False), R(4, 3, 3, 3, grad=False))
case('error conv2d unbatched channels', 'conv2d', R(2, 5, 5, grad=False), R(4, 3, 3, 3, grad=False))
case('error conv2d kernel larger than input', 'conv2d', R(1, 3, 2, 2, grad=False), R(4, 3, 3, 3, grad=False))
case('error conv2d dilated kernel larger than padded input', 'conv2d', R(1, 3, 4, 4, grad=False), R(4, 3, 3, 3, grad=False), dilation=2)
case('error conv2d weight rank', 'conv2d', R(1, 3, 5, 5, grad=False), R(4, 3, 3, grad=False))
case('error conv2d stride length', 'conv2d', R(1, 3, 5, 5, grad=False), R(4, 3, 3, 3, grad=False), stride=[1, 2, 3])
case('error conv2d bias size', 'conv2d', R(1, 3, 5, 5, grad=False), R(4, 3, 3, 3, grad=False), R(3, grad=False))
case('error conv2d zero stride', 'conv2d', R(1, 3, 5, 5, grad=False), R(4, 3, 3, 3, grad=False), stride=0)
case('error conv2d negative padding', 'conv2d', R(1, 3, 5, 5, grad=False), R(4, 3, 3, 3, grad=False), padding=-1)
case('error conv2d zero dilation', 'conv2d', R(1, 3, 5, 5, grad=False), R(4, 3, 3, 3, grad=False), dilation=0)
case('error conv2d same with stride', 'conv2d', R(1, 3, 5, 5, grad=False), R(4, 3, 3, 3, grad=False), padding='same', stride=2)
case('error conv2d padding string', 'conv2d', R(1, 3, 5, 5, grad=False), R(4, 3, 3, 3, grad=False), padding='full')
case('error conv2d weight dtype', 'conv2d', R(1, 3, 5, 5, grad=False), R(4, 3, 3, 3, grad=False, dtype=torch.float64))
case('error conv2d bias dtype', 'conv2d', R(1, 3, 5, 5, grad=False), R(4, 3, 3, 3, grad=False), R(4, grad=False, dtype=torch.float64))
case('error conv2d groups channels', 'conv2d', R(1, 3, 5, 5, grad=False), R(4, 1, 3, 3, grad=False), groups=2)
case('error conv2d groups weight', 'conv2d', R(1, 4, 5, 5, grad=False), R(3, 2, 3, 3, grad=False), groups=2)
case('error conv2d zero groups', 'conv2d', R(1, 4, 5, 5, grad=False), R(3, 2, 3, 3, grad=False), groups=0)

# max_pool2d: the first maximum of each window gets the gradient
case('max_pool2d kernel 2', 'max_pool2d', R(2, 3, 6, 6), kernel_size=2)
case('max_pool2d kernel 3 stride 2', 'max_pool2d', R(1, 2, 7, 7), kernel_size=3, stride=2)
case('max_pool2d padding 1', 'max_pool2d', R(1, 2, 5, 5), kernel_size=3, stride=2, padding=1)
case('max_pool2d dilation 2', 'max_pool2d', R(1, 1, 7, 7), kernel_size=2, stride=1, dilation=2)
case('max_pool2d ceil_mode', 'max_pool2d', R(1, 2, 5, 5), kernel_size=2, ceil_mode=True)
case('max_pool2d ceil_mode with padding', 'max_pool2d', R(1, 1, 6, 7), kernel_size=3, stride=2, padding=1, ceil_mode=True)
case('max_pool2d rectangular', 'max_pool2d', R(2, 1, 5, 7), kernel_size=(2, 3), stride=(1, 2), padding=(1, 1))
case('max_pool2d unbatched', 'max_pool2d', R(3, 4, 4), kernel_size=2)
case('max_pool2d all-negative windows with padding', 'max_pool2d', R(1, 1, 4, 4) - 3, kernel_size=3, stride=1, padding=1)
case('max_pool2d ties go to the first maximum', 'max_pool2d', T([[[[1.0, 5.0, 2.0], [5.0, 2.0, 5.0], [0.0, 5.0, 1.0]]]], grad=True), kernel_size=2, stride=1)
case('max_pool2d return_indices', 'max_pool2d_indices', R(2, 2, 5, 5), kernel_size=2, ceil_mode=True)
case('max_pool2d return_indices with padding', 'max_pool2d_indices', R(1, 1, 5, 6), kernel_size=3, stride=2, padding=1)
case('max_pool2d float64', 'max_pool2d', R(1, 2, 4, 4, dtype=torch.float64), kernel_size=2)

case('error max_pool2d input rank', 'max_pool2d', R(5, 5, grad=False), kernel_size=2)
case('error max_pool2d 5-d input', 'max_pool2d', R(1, 1, 1, 5, 5, grad=False), kernel_size=2)
case('error max_pool2d padding over half the kernel', 'max_pool2d', R(1, 3, 5, 5, grad=False), kernel_size=2, padding=2)
case('error max_pool2d output too small', 'max_pool2d', R(1, 3, 5, 5, grad=False), kernel_size=7)
case('error max_pool2d kernel zero', 'max_pool2d', R(1, 3, 5, 5, grad=False), kernel_size=0, stride=1)
case('error max_pool2d stride zero', 'max_pool2d', R(1, 3, 5, 5, grad=False), kernel_size=2, stride=0)
case('error max_pool2d negative padding', 'max_pool2d', R(1, 3, 5, 5, grad=False), kernel_size=2, stride=1, padding=-1)
case('error max_pool2d dilation zero', 'max_pool2d', R(1, 3, 5, 5, grad=False), kernel_size=2, dilation=0)
case('error max_pool2d kernel triple', 'max_pool2d', R(1, 3, 5, 5, grad=False), kernel_size=(2, 3, 4))
case('error max_pool2d stride triple', 'max_pool2d', R(1, 3, 5, 5, grad=False), kernel_size=2, stride=(1, 2, 3))
case('error max_pool2d integer input', 'max_pool2d', T([[[1, 2], [3, 4]]]), kernel_size=2)

# avg_pool2d: divisors as PyTorch counts them
case('avg_pool2d kernel 2', 'avg_pool2d', R(2, 3, 6, 6), kernel_size=2)
case('avg_pool2d kernel 3 stride 1 padding 1', 'avg_pool2d', R(1, 2, 5, 5), kernel_size=3, stride=1, padding=1)
case('avg_pool2d count_include_pad False', 'avg_pool2d', R(1, 2, 5, 5), kernel_size=3, stride=2, padding=1, count_include_pad=False)
case('avg_pool2d ceil_mode', 'avg_pool2d', R(1, 1, 5, 5), kernel_size=2, ceil_mode=True)
case('avg_pool2d ceil_mode with padding', 'avg_pool2d', R(1, 1, 5, 6), kernel_size=2, stride=2, padding=1, ceil_mode=True)
case('avg_pool2d ceil_mode with padding, pad excluded', 'avg_pool2d', R(1, 1, 6, 5), kernel_size=3, stride=2, padding=1, ceil_mode=True, count_include_pad=False)
case('avg_pool2d rectangular', 'avg_pool2d', R(2, 1, 5, 7), kernel_size=(2, 3), stride=(1, 2), padding=(1, 0))
case('avg_pool2d divisor_override', 'avg_pool2d', R(1, 2, 4, 4), kernel_size=2, padding=1, divisor_override=3)
case('avg_pool2d unbatched', 'avg_pool2d', R(3, 4, 4), kernel_size=2)
case('avg_pool2d float64', 'avg_pool2d', R(1, 2, 4, 4, dtype=torch.float64), kernel_size=2, stride=1)

case('error avg_pool2d input rank', 'avg_pool2d', R(5, 5, grad=False), kernel_size=2)
case('error avg_pool2d padding over half the kernel', 'avg_pool2d', R(1, 3, 5, 5, grad=False), kernel_size=2, padding=2)
case('error avg_pool2d output too small', 'avg_pool2d', R(1, 3, 5, 5, grad=False), kernel_size=7)
case('error avg_pool2d kernel zero', 'avg_pool2d', R(1, 3, 5, 5, grad=False), kernel_size=0, stride=1)
case('error avg_pool2d stride zero', 'avg_pool2d', R(1, 3, 5, 5, grad=False), kernel_size=2, stride=0)
case('error avg_pool2d kernel triple', 'avg_pool2d', R(1, 3, 5, 5, grad=False), kernel_size=(2, 3, 4))
case('error avg_pool2d divisor zero', 'avg_pool2d', R(1, 3, 5, 5, grad=False), kernel_size=2, divisor_override=0)


# Modules: what a seeded constructor draws, and print(module)
def conv_module(*args, **kwargs):
    torch.manual_seed(0)
    m = nn.Conv2d(*args, **kwargs)
    return {
        'kind': 'Conv2d',
        'args': list(args),
        'kwargs': kwargs,
        'repr': repr(m),
        'weight': enc_tensor(m.weight),
        'bias': None if m.bias is None else enc_tensor(m.bias),
    }


def pool_module(kind, **kwargs):
    return {'kind': kind, 'args': [], 'kwargs': kwargs, 'repr': repr(getattr(nn, kind)(**kwargs))}


modules = [
    conv_module(1, 4, 3),
    conv_module(3, 8, 5, padding=2),
    conv_module(2, 3, (3, 5), stride=2, padding=(1, 2), dilation=2, bias=False),
    conv_module(1, 2, 3, padding='same'),
    conv_module(1, 2, 2, padding='valid'),
    conv_module(4, 6, 3, groups=2),
    pool_module('MaxPool2d', kernel_size=2),
    pool_module('MaxPool2d', kernel_size=(2, 3), stride=1, padding=1, dilation=2, ceil_mode=True),
    pool_module('AvgPool2d', kernel_size=2),
    pool_module('AvgPool2d', kernel_size=(2, 3), stride=(1, 2), padding=1, ceil_mode=True, count_include_pad=False),
]

with open(OUT, 'w') as f:
    json.dump({'torch_version': torch.__version__, 'cases': cases, 'modules': modules}, f, indent=None, separators=(',', ':'))
    f.write('\n')
print(f'{len(cases)} op cases, {len(modules)} module cases')
