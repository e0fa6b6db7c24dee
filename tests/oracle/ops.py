#!/usr/bin/env python3
"""Forward and backward of every engine op, as real PyTorch computes them.

Run with Debian's python3-torch:
    /usr/bin/python3 tests/oracle/ops.py
It writes tests/fixtures/ops.json, read by src/engine/ops.test.ts. Each case names an op (the same names the
test maps onto engine calls), its arguments, and PyTorch's result: output values, shape, dtype and grad_fn
name, and for differentiable outputs the input gradients after backward(upstream). Error cases record the
exception type and message instead.
"""
import json
import math
import os

import torch
import torch.nn.functional as F

OUT = os.path.join(os.path.dirname(__file__), '..', 'fixtures', 'ops.json')
torch.manual_seed(0)

DTYPES = {torch.float32: 'float32', torch.float64: 'float64', torch.int64: 'int64', torch.bool: 'bool'}


def T(data, dtype=None, grad=False):
    """A tensor argument (dtype inferred as torch.tensor does); `grad` marks inputs whose gradient is checked."""
    t = torch.tensor(data, dtype=dtype)
    return ('tensor', t, grad)


def R(*shape, grad=True, low=-2.0, high=2.0):
    """A random float32 tensor, rounded to 1/64 so the JSON carries it exactly."""
    t = torch.round((torch.rand(*shape) * (high - low) + low) * 64) / 64
    return ('tensor', t, grad)


def P(*shape, grad=True):
    """A random positive tensor (for log, sqrt, pow...)."""
    return R(*shape, grad=grad, low=0.25, high=3.0)


def I(value):
    return ('int', value)


def Fl(value):
    return ('float', value)


def enc_value(v):
    if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
        return str(v)
    return v


def enc_tensor(t):
    return {
        'shape': list(t.shape),
        'dtype': DTYPES[t.dtype],
        'values': [enc_value(v) for v in t.detach().flatten().tolist()],
    }


def enc_arg(a):
    if isinstance(a, tuple) and a[0] == 'tensor':
        d = enc_tensor(a[1])
        d['kind'] = 'tensor'
        d['requires_grad'] = a[2]
        return d
    if isinstance(a, tuple) and a[0] in ('int', 'float'):
        return {'kind': a[0], 'value': a[1]}
    if isinstance(a, list) and a and isinstance(a[0], tuple):
        return {'kind': 'list', 'items': [enc_arg(x) for x in a]}
    return {'kind': 'json', 'value': a}


def materialize(a):
    if isinstance(a, tuple) and a[0] == 'tensor':
        t = a[1].clone()
        if a[2]:
            t.requires_grad_(True)
        return t
    if isinstance(a, tuple) and a[0] in ('int', 'float'):
        return a[1]
    if isinstance(a, list) and a and isinstance(a[0], tuple):
        return [materialize(x) for x in a]
    return a


def ix(spec):
    """Index items: ints, ('slice', start, stop, step), None, '...', tensors."""
    out = []
    for s in spec:
        if isinstance(s, tuple) and s[0] == 'slice':
            out.append(slice(s[1], s[2], s[3]))
        elif s == '...':
            out.append(Ellipsis)
        elif isinstance(s, tuple) and s[0] == 'tensor':
            out.append(s[1])
        else:
            out.append(s)
    return tuple(out)


def enc_index(spec):
    out = []
    for s in spec:
        if isinstance(s, tuple) and s[0] == 'slice':
            out.append({'kind': 'slice', 'start': s[1], 'stop': s[2], 'step': s[3]})
        elif s == '...':
            out.append({'kind': 'ellipsis'})
        elif s is None:
            out.append({'kind': 'none'})
        elif isinstance(s, tuple) and s[0] == 'tensor':
            d = enc_tensor(s[1])
            d['kind'] = 'tensor'
            out.append(d)
        else:
            out.append({'kind': 'int', 'index': s})
    return out


def _setitem(a, spec, v):
    b = a * 1  # a non-leaf copy, so the assignment is recorded (CopySlices) when a requires grad
    b[ix(spec)] = v
    return b


def _iadd(a, v):
    b = a * 1
    b += v
    return b


def _imul(a, v):
    b = a * 1
    b *= v
    return b


# Each op: how PyTorch runs it. The engine test has a table with the same names.
OPS = {
    'add': lambda a, b: torch.add(a, b),
    'add_alpha': lambda a, b, alpha: torch.add(a, b, alpha=alpha),
    'sub': lambda a, b: torch.sub(a, b),
    'rsub': lambda a, b: b - a,
    'mul': lambda a, b: torch.mul(a, b),
    'div': lambda a, b: torch.div(a, b),
    'rdiv': lambda a, b: b / a,
    'neg': lambda a: -a,
    'pow': lambda a, b: torch.pow(a, b),
    'maximum': torch.maximum,
    'minimum': torch.minimum,
    'remainder': torch.remainder,
    'floor_divide': torch.floor_divide,
    'exp': torch.exp, 'log': torch.log, 'sqrt': torch.sqrt, 'abs': torch.abs, 'sigmoid': torch.sigmoid,
    'tanh': torch.tanh, 'relu': torch.relu, 'sin': torch.sin, 'cos': torch.cos, 'round': torch.round,
    'round_decimals': lambda a, d: torch.round(a, decimals=d),
    'floor': torch.floor, 'ceil': torch.ceil, 'sign': torch.sign, 'reciprocal': torch.reciprocal,
    'rsqrt': torch.rsqrt, 'log1p': torch.log1p, 'expm1': torch.expm1, 'erf': torch.erf, 'square': torch.square,
    'eq': torch.eq, 'ne': torch.ne, 'lt': torch.lt, 'le': torch.le, 'gt': torch.gt, 'ge': torch.ge,
    'logical_and': torch.logical_and, 'logical_not': torch.logical_not,
    'where': torch.where,
    'clamp': lambda a, lo, hi: torch.clamp(a, lo, hi),
    'masked_fill': lambda a, m, v: a.masked_fill(m, v),
    'sum': lambda a, dim=None, keepdim=False: a.sum() if dim is None else a.sum(dim, keepdim=keepdim),
    'mean': lambda a, dim=None, keepdim=False: a.mean() if dim is None else a.mean(dim, keepdim=keepdim),
    'prod': lambda a: a.prod(),
    'max': lambda a: a.max(),
    'min': lambda a: a.min(),
    'max_dim': lambda a, dim, keepdim=False: list(a.max(dim, keepdim=keepdim)),
    'min_dim': lambda a, dim, keepdim=False: list(a.min(dim, keepdim=keepdim)),
    'amax': lambda a, dim, keepdim=False: a.amax(dim, keepdim=keepdim),
    'argmax': lambda a, dim=None, keepdim=False: a.argmax() if dim is None else a.argmax(dim, keepdim=keepdim),
    'argmin': lambda a, dim=None, keepdim=False: a.argmin() if dim is None else a.argmin(dim, keepdim=keepdim),
    'var': lambda a, dim=None, unbiased=True: a.var(unbiased=unbiased) if dim is None else a.var(dim, unbiased=unbiased),
    'std': lambda a, dim=None, unbiased=True: a.std(unbiased=unbiased) if dim is None else a.std(dim, unbiased=unbiased),
    'logsumexp': lambda a, dim, keepdim=False: torch.logsumexp(a, dim, keepdim=keepdim),
    'norm': lambda a: a.norm(),
    'cumsum': lambda a, dim: torch.cumsum(a, dim),
    'matmul': torch.matmul, 'mm': torch.mm, 'bmm': torch.bmm, 'dot': torch.dot, 'mv': torch.mv,
    'linear': lambda x, w, b=None: F.linear(x, w, b),
    'reshape': lambda a, shape: a.reshape(shape),
    'view': lambda a, shape: a.view(shape),
    'reshape_of_t': lambda a, shape: a.t().reshape(shape),
    'view_of_t': lambda a, shape: a.t().view(shape),
    'flatten': lambda a, s=0, e=-1: a.flatten(s, e),
    'squeeze': lambda a, dim=None: a.squeeze() if dim is None else a.squeeze(dim),
    'unsqueeze': lambda a, dim: a.unsqueeze(dim),
    'permute': lambda a, dims: a.permute(*dims),
    'transpose': lambda a, d0, d1: a.transpose(d0, d1),
    't': lambda a: a.t(),
    'expand': lambda a, shape: a.expand(*shape),
    'contiguous_t': lambda a: a.t().contiguous(),
    'flip': lambda a, dims: a.flip(dims),
    'cat': lambda ts, dim=0: torch.cat(ts, dim),
    'stack': lambda ts, dim=0: torch.stack(ts, dim),
    'split': lambda a, size, dim=0: list(torch.split(a, size, dim)),
    'chunk': lambda a, n, dim=0: list(torch.chunk(a, n, dim)),
    'unbind': lambda a, dim=0: list(torch.unbind(a, dim)),
    'index': lambda a, spec: a[ix(spec)],
    'setitem': _setitem,
    'iadd': _iadd,
    'imul': _imul,
    'gather': lambda a, dim, idx: torch.gather(a, dim, idx),
    'index_select': lambda a, dim, idx: torch.index_select(a, dim, idx),
    'to_float64': lambda a: a.to(torch.float64),
    'to_int64': lambda a: a.to(torch.int64),
    'softmax': lambda a, dim: torch.softmax(a, dim),
    'log_softmax': lambda a, dim: torch.log_softmax(a, dim),
    'leaky_relu': lambda a, s=0.01: F.leaky_relu(a, s),
    'elu': lambda a: F.elu(a),
    'gelu': lambda a: F.gelu(a),
    'gelu_tanh': lambda a: F.gelu(a, approximate='tanh'),
    'softplus': lambda a: F.softplus(a),
    'silu': lambda a: F.silu(a),
    'hardtanh': lambda a: F.hardtanh(a),
    'mse_loss': lambda a, b, reduction='mean': F.mse_loss(a, b, reduction=reduction),
    'l1_loss': lambda a, b: F.l1_loss(a, b),
    'smooth_l1_loss': lambda a, b: F.smooth_l1_loss(a, b),
    'huber_loss': lambda a, b, delta=1.0: F.huber_loss(a, b, delta=delta),
    'binary_cross_entropy': lambda a, b: F.binary_cross_entropy(a, b),
    'bce_with_logits': lambda a, b, reduction='mean': F.binary_cross_entropy_with_logits(a, b, reduction=reduction),
    'bce_with_logits_pos_weight': lambda a, b, pw: F.binary_cross_entropy_with_logits(a, b, pos_weight=pw),
    'cross_entropy': lambda a, b, reduction='mean', ignore_index=-100, label_smoothing=0.0: F.cross_entropy(a, b, reduction=reduction, ignore_index=ignore_index, label_smoothing=label_smoothing),
    'nll_loss': lambda a, b, reduction='mean': F.nll_loss(a, b, reduction=reduction),
    'arange': lambda s, e, st, dtype: torch.arange(s, e, st, dtype=getattr(torch, dtype)),
    'linspace': lambda s, e, n: torch.linspace(s, e, n),
    'eye': lambda n, m: torch.eye(n, m),
}

cases = []


def case(name, op, *args, **kwargs):
    """Runs op in PyTorch and records inputs, output, grad_fn and gradients (or the error)."""
    entry = {'name': name, 'op': op, 'args': [], 'kwargs': kwargs}
    for a in args:
        if op in ('index', 'setitem') and isinstance(a, list):
            entry['args'].append({'kind': 'index', 'items': enc_index(a)})
        else:
            entry['args'].append(enc_arg(a))
    live = [materialize(a) if not (op in ('index', 'setitem') and isinstance(a, list)) else a for a in args]
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
            n = o.numel()
            upstream = torch.tensor([((i * 5 + k) % 9 - 4) / 4 for i in range(n)], dtype=o.dtype).reshape(o.shape)
            enc['upstream'] = upstream.flatten().tolist()
            term = (o * upstream).sum()
            total = term if total is None else total + term
        entry['outputs'].append(enc)
    if total is not None:
        total.backward()
        grads = []
        for a in live:
            items = a if isinstance(a, list) else [a]
            for t in items:
                if isinstance(t, torch.Tensor) and t.requires_grad:
                    grads.append(None if t.grad is None else [enc_value(v) for v in t.grad.flatten().tolist()])
        entry['grads'] = grads
    cases.append(entry)


# Arithmetic with broadcasting, scalars and promotion
case('add broadcast', 'add', R(2, 3), R(3))
case('add column + row', 'add', R(3, 1), R(1, 4))
case('add int scalar', 'add', R(2, 2), I(3))
case('add float scalar to int tensor', 'add', T([1, 2, 3], torch.int64), Fl(2.5))
case('add int tensors', 'add', T([1, 2, 3], torch.int64), T([4, 5, 6], torch.int64))
case('add bool tensors', 'add', T([True, False], torch.bool), T([True, True], torch.bool))
case('add float64 zero-dim to float32', 'add', R(3), T(1.5, torch.float64, True))
case('add alpha', 'add_alpha', R(3), R(3), -0.5)
case('sub broadcast', 'sub', R(2, 3), R(2, 1))
case('rsub scalar', 'rsub', R(4), I(1))
case('mul broadcast', 'mul', R(2, 3), R(1, 3))
case('mul by float scalar', 'mul', R(3), Fl(0.5))
case('div', 'div', R(2, 3), P(3))
case('div int by int', 'div', T([1, 2, 3], torch.int64), T([2, 2, 2], torch.int64))
case('rdiv scalar', 'rdiv', P(3), I(1))
case('neg', 'neg', R(2, 2))
case('pow scalar', 'pow', P(5), I(2))
case('pow fractional', 'pow', P(5), Fl(0.5))
case('pow tensor exponent', 'pow', P(4), R(4))
case('maximum', 'maximum', R(5), R(5))
case('maximum ties', 'maximum', T([1.0, 2.0, 3.0], grad=True), T([1.0, 1.0, 4.0], grad=True))
case('minimum', 'minimum', R(2, 3), R(3))
case('remainder negative', 'remainder', T([-3.0, 3.0, -7.5, 7.5], grad=True), Fl(2.0))
case('remainder int', 'remainder', T([-3, 3, -7, 7], torch.int64), I(3))
case('floor_divide', 'floor_divide', T([-3.0, 3.0, -7.5, 7.5]), Fl(2.0))

# Unary
for op in ['exp', 'sigmoid', 'tanh', 'relu', 'abs', 'sin', 'cos', 'neg', 'erf', 'square', 'expm1']:
    case(op, op, R(2, 3))
for op in ['log', 'sqrt', 'reciprocal', 'rsqrt', 'log1p']:
    case(op, op, P(2, 3))
case('round half to even', 'round', T([0.5, 1.5, 2.5, -0.5, -1.5, 2.4, 2.6], grad=True))
case('round decimals', 'round_decimals', T([1.2345, -2.5678, 0.125], grad=True), 2)
case('floor', 'floor', R(4))
case('ceil', 'ceil', R(4))
case('sign', 'sign', T([-2.0, 0.0, 3.0], grad=True))
case('exp of int', 'exp', T([0, 1, 2], torch.int64))
case('sigmoid of extremes', 'sigmoid', T([-100.0, 0.0, 100.0], grad=True))
case('abs int', 'abs', T([-3, 0, 2], torch.int64))

# Comparison and selection
case('eq', 'eq', T([1.0, 2.0, 3.0]), T([1.0, 0.0, 3.0]))
case('eq float32 with python float', 'eq', T([0.1, 0.2]), Fl(0.1))
case('lt broadcast', 'lt', R(2, 3, grad=False), R(3, grad=False))
case('ge scalar', 'ge', T([1, 2, 3], torch.int64), I(2))
case('gt', 'gt', R(4, grad=False), Fl(0.0))
case('le', 'le', R(4, grad=False), R(4, grad=False))
case('ne', 'ne', T([1, 2], torch.int64), T([1, 3], torch.int64))
case('logical_and', 'logical_and', T([True, True, False]), T([True, False, False]))
case('logical_not', 'logical_not', T([True, False]))
case('where', 'where', T([True, False, True]), R(3), R(3))
case('where broadcast', 'where', T([[True], [False]]), R(2, 3), R(3))
case('clamp', 'clamp', R(6), -0.5, 0.5)
case('clamp min only', 'clamp', R(6), 0.0, None)
case('masked_fill', 'masked_fill', R(2, 3), T([[True, False, True], [False, False, True]]), -1.0)

# Reductions
case('sum all', 'sum', R(2, 3))
case('sum dim', 'sum', R(2, 3), dim=1)
case('sum dims keepdim', 'sum', R(2, 3, 4), dim=[0, 2], keepdim=True)
case('sum negative dim', 'sum', R(2, 3), dim=-2)
case('sum int', 'sum', T([[1, 2], [3, 4]], torch.int64))
case('sum bool', 'sum', T([True, False, True]))
case('mean all', 'mean', R(3, 4))
case('mean dim keepdim', 'mean', R(3, 4), dim=0, keepdim=True)
case('prod', 'prod', P(5))
case('max', 'max', T([1.0, 3.0, 3.0, 2.0], grad=True))
case('min', 'min', R(2, 3))
case('max dim', 'max_dim', R(3, 4), 1)
case('max dim keepdim', 'max_dim', R(3, 4), 0, keepdim=True)
case('min dim', 'min_dim', R(3, 4), -1)
case('amax ties', 'amax', T([[1.0, 3.0, 3.0], [2.0, 2.0, 1.0]], grad=True), 1)
case('argmax all', 'argmax', R(3, 4, grad=False))
case('argmax dim', 'argmax', R(3, 4, grad=False), dim=1)
case('argmax first of ties', 'argmax', T([1.0, 5.0, 5.0, 2.0]), dim=0)
case('argmin keepdim', 'argmin', R(3, 4, grad=False), dim=0, keepdim=True)
case('var', 'var', R(6))
case('var dim biased', 'var', R(3, 4), dim=1, unbiased=False)
case('std', 'std', R(8))
case('std dim', 'std', R(3, 4), dim=0)
case('logsumexp', 'logsumexp', R(3, 4), 1)
case('logsumexp keepdim', 'logsumexp', R(2, 5), 0, keepdim=True)
case('norm', 'norm', R(2, 3))
case('cumsum', 'cumsum', R(2, 3), 1)
case('cumsum int', 'cumsum', T([1, 2, 3], torch.int64), 0)

# Matrix products
case('matmul 2d', 'matmul', R(2, 3), R(3, 4))
case('matmul 1d 1d', 'matmul', R(3), R(3))
case('matmul 2d 1d', 'matmul', R(2, 3), R(3))
case('matmul 1d 2d', 'matmul', R(3), R(3, 2))
case('matmul batched', 'matmul', R(2, 2, 3), R(2, 3, 2))
case('matmul broadcast batch', 'matmul', R(2, 1, 2, 3), R(3, 3, 4))
case('matmul 3d 2d', 'matmul', R(2, 2, 3), R(3, 4))
case('matmul 3d 1d', 'matmul', R(2, 2, 3), R(3))
case('matmul 1d 3d', 'matmul', R(3), R(2, 3, 2))
case('mm', 'mm', R(3, 2), R(2, 2))
case('bmm', 'bmm', R(2, 3, 2), R(2, 2, 4))
case('dot', 'dot', R(4), R(4))
case('mv', 'mv', R(2, 3), R(3))
case('linear 2d', 'linear', R(5, 3), R(2, 3), R(2))
case('linear no bias', 'linear', R(5, 3), R(2, 3))
case('linear 1d', 'linear', R(3), R(2, 3), R(2))
case('linear 3d', 'linear', R(2, 4, 3), R(2, 3), R(2))

# Movement
case('reshape', 'reshape', R(2, 3), [3, 2])
case('reshape infer', 'reshape', R(2, 3, 2), [-1, 4])
case('reshape of transpose copies', 'reshape_of_t', R(3, 2), [6])
case('view', 'view', R(2, 6), [3, 4])
case('flatten', 'flatten', R(2, 3, 4))
case('flatten from 1', 'flatten', R(2, 3, 4), 1)
case('squeeze all', 'squeeze', R(1, 3, 1))
case('squeeze dim', 'squeeze', R(1, 3, 1), 2)
case('unsqueeze', 'unsqueeze', R(2, 3), 1)
case('unsqueeze end', 'unsqueeze', R(2, 3), -1)
case('permute', 'permute', R(2, 3, 4), [2, 0, 1])
case('transpose', 'transpose', R(2, 3, 4), 0, 2)
case('t', 't', R(2, 3))
case('expand', 'expand', R(3, 1), [2, 3, 4])
case('expand keep', 'expand', R(1, 3), [4, -1])
case('contiguous of t', 'contiguous_t', R(2, 3))
case('flip', 'flip', R(2, 3), [1])
case('cat', 'cat', [R(2, 3), R(1, 3)])
case('cat dim 1', 'cat', [R(2, 1), R(2, 3)], dim=1)
case('cat promotes', 'cat', [T([1, 2], torch.int64), T([0.5])])
case('stack', 'stack', [R(2, 3), R(2, 3)])
case('stack dim 2', 'stack', [R(2, 3), R(2, 3)], dim=2)
case('split', 'split', R(5, 2), 2)
case('split sizes', 'split', R(5, 2), [1, 4])
case('chunk', 'chunk', R(2, 7), 3, dim=1)
case('unbind', 'unbind', R(3, 2), 1)

# Indexing
case('index int', 'index', R(3, 4), [1])
case('index negative int', 'index', R(3, 4), [-1, 2])
case('index slice', 'index', R(5, 4), [('slice', 1, 4, None)])
case('index slice step', 'index', R(6, 3), [('slice', None, None, 2), 1])
case('index slice clamps', 'index', R(4), [('slice', -10, 10, None)])
case('index None and ellipsis', 'index', R(2, 3, 4), ['...', None, 1])
case('index tensor', 'index', R(5, 2), [('tensor', torch.tensor([4, 0, 4]), False)])
case('index negative tensor', 'index', R(5), [('tensor', torch.tensor([-1, -2]), False)])
case('index two tensors adjacent', 'index', R(3, 4, 2), [('slice', None, None, None), ('tensor', torch.tensor([0, 3]), False), ('tensor', torch.tensor([1, 0]), False)])
case('index two tensors apart', 'index', R(3, 4, 2), [('tensor', torch.tensor([2, 0]), False), ('slice', None, None, None), ('tensor', torch.tensor([1, 1]), False)])
case('index bool mask', 'index', R(2, 3), [('tensor', torch.tensor([[True, False, True], [False, True, True]]), False)])
case('index bool row mask', 'index', R(3, 2), [('tensor', torch.tensor([True, False, True]), False)])
case('setitem row', 'setitem', R(3, 4), [1], R(4))
case('setitem slice scalar', 'setitem', R(5), [('slice', 1, 3, None)], Fl(0.0))
case('setitem column broadcast', 'setitem', R(3, 4), [('slice', None, None, None), 0], R(3))
case('setitem index tensor', 'setitem', R(5, 2), [('tensor', torch.tensor([0, 3]), False)], R(2, 2))
case('setitem two index tensors', 'setitem', R(3, 3), [('tensor', torch.tensor([0, 2]), False), ('tensor', torch.tensor([1, 1]), False)], Fl(5.0))
case('setitem bool mask', 'setitem', R(2, 3), [('tensor', torch.tensor([[True, False, True], [False, False, True]]), False)], Fl(-1.0))
case('setitem int tensor', 'setitem', T([1, 2, 3], torch.int64), [0], I(7))
case('setitem float into int truncates', 'setitem', T([1, 2, 3], torch.int64), [('slice', 1, None, None)], Fl(2.9))
case('iadd', 'iadd', R(2, 3), R(3))
case('imul scalar', 'imul', R(4), Fl(3.0))
case('error iadd float into int', 'iadd', T([1, 2], torch.int64), Fl(0.5))
case('gather', 'gather', R(3, 4), 1, T([[0, 3], [1, 1], [2, 0]], torch.int64))
case('gather dim 0', 'gather', R(3, 2), 0, T([[2, 0], [1, 2]], torch.int64))
case('index_select', 'index_select', R(4, 3), 0, T([3, 0, 3], torch.int64))

# dtype conversion
case('to float64', 'to_float64', R(3))
case('to int64 truncates', 'to_int64', T([-1.7, 0.5, 2.9]))

# Activations
case('softmax', 'softmax', R(2, 4), 1)
case('softmax dim 0', 'softmax', R(3, 2), 0)
case('softmax large', 'softmax', T([1000.0, 1001.0, 999.0], grad=True), 0)
case('log_softmax', 'log_softmax', R(2, 4), -1)
case('leaky_relu', 'leaky_relu', R(6))
case('leaky_relu slope', 'leaky_relu', R(6), 0.2)
case('elu', 'elu', R(6))
case('gelu', 'gelu', R(6))
case('gelu tanh', 'gelu_tanh', R(6))
case('softplus', 'softplus', R(6))
case('silu', 'silu', R(6))
case('hardtanh', 'hardtanh', R(6))

# Losses
case('mse_loss', 'mse_loss', R(5, 1), R(5, 1))
case('mse_loss sum', 'mse_loss', R(4), R(4), reduction='sum')
case('mse_loss none', 'mse_loss', R(2, 3), R(2, 3), reduction='none')
case('l1_loss', 'l1_loss', R(6), R(6))
case('smooth_l1_loss', 'smooth_l1_loss', R(6), R(6))
case('huber_loss', 'huber_loss', R(6), R(6), delta=0.5)
case('binary_cross_entropy', 'binary_cross_entropy', ('tensor', torch.tensor([0.1, 0.7, 0.999, 0.5]), True), T([0.0, 1.0, 1.0, 0.0]))
case('bce_with_logits', 'bce_with_logits', R(6, 1), T([[0.0], [0.0], [0.0], [1.0], [1.0], [1.0]]))
case('bce_with_logits large logits', 'bce_with_logits', T([-50.0, 50.0, 0.0], grad=True), T([1.0, 0.0, 1.0]))
case('bce_with_logits none', 'bce_with_logits', R(4), T([0.0, 1.0, 1.0, 0.0]), reduction='none')
case('bce_with_logits pos_weight', 'bce_with_logits_pos_weight', R(3, 2), T([[0.0, 1.0], [1.0, 1.0], [0.0, 0.0]]), T([2.0, 0.5]))
case('cross_entropy', 'cross_entropy', R(4, 3), T([2, 0, 1, 2], torch.int64))
case('cross_entropy sum', 'cross_entropy', R(4, 3), T([2, 0, 1, 2], torch.int64), reduction='sum')
case('cross_entropy ignore_index', 'cross_entropy', R(3, 4), T([1, -100, 3], torch.int64))
case('cross_entropy probabilities', 'cross_entropy', R(2, 3), T([[0.2, 0.3, 0.5], [1.0, 0.0, 0.0]]))
case('cross_entropy label smoothing', 'cross_entropy', R(3, 4), T([0, 3, 1], torch.int64), label_smoothing=0.1)
case('cross_entropy unbatched', 'cross_entropy', R(4), T(2, torch.int64))
case('cross_entropy spatial', 'cross_entropy', R(2, 3, 2), T([[0, 2], [1, 1]], torch.int64))
case('nll_loss', 'nll_loss', R(3, 4), T([3, 0, 1], torch.int64))

# Factories
case('arange int', 'arange', 0, 5, 1, 'int64')
case('arange float step', 'arange', 0.0, 1.0, 0.1, 'float32')
case('arange negative step', 'arange', 5.0, 0.0, -1.5, 'float32')
case('linspace', 'linspace', -3.3, 7.1, 9)
case('eye', 'eye', 2, 3)

# PyTorch's error messages
case('error broadcast', 'add', R(3, grad=False), R(2, grad=False))
case('error broadcast 2d', 'mul', R(2, 3, grad=False), R(3, 2, grad=False))
case('error matmul shapes', 'matmul', R(5, 2, grad=False), R(1, 1, grad=False))
case('error linear shapes', 'linear', R(2, 5, grad=False), R(3, 4, grad=False))
case('error mm dtype', 'mm', R(2, 3, grad=False), T([[1, 2], [3, 4], [5, 6]], torch.int64))
case('error dot sizes', 'dot', R(3, grad=False), R(4, grad=False))
case('error view', 'view_of_t', R(2, 3, grad=False), [6])
case('error reshape size', 'reshape', R(3, grad=False), [2, 2])
case('error reshape infer', 'view', R(3, grad=False), [2, -1])
case('error dim range', 'sum', R(3, grad=False), dim=2)
case('error squeeze dim', 'squeeze', R(2, 2, grad=False), 3)
case('error index bounds', 'index', R(3, grad=False), [5])
case('error index tensor bounds', 'index', R(3, grad=False), [('tensor', torch.tensor([0, 5]), False)])
case('error too many indices', 'index', R(3, grad=False), [0, 0])
case('error cat sizes', 'cat', [R(2, 3, grad=False), R(3, 2, grad=False)])
case('error stack sizes', 'stack', [R(2, 3, grad=False), R(3, 2, grad=False)])
case('error expand', 'expand', R(3, grad=False), [2, 4])
case('error mean int', 'mean', T([1, 2], torch.int64))
case('error cross_entropy target', 'cross_entropy', R(3, 4, grad=False), T([0, 1, 5], torch.int64))
case('error cross_entropy float target dtype', 'nll_loss', R(3, 4, grad=False), T([0.0, 1.0, 2.0]))
case('error cross_entropy batch', 'cross_entropy', R(3, 4, grad=False), T([0, 1], torch.int64))
case('error bce shape', 'bce_with_logits', R(6, 1, grad=False), R(6, grad=False))
case('error bce probabilities shape', 'binary_cross_entropy', P(6, 1, grad=False), P(6, grad=False))
case('error gather dims', 'gather', R(3, 4, grad=False), 1, T([0, 1], torch.int64))
case('error arange step', 'arange', 0, 5, 0, 'int64')
case('error arange sign', 'arange', 5, 0, 1, 'int64')

with open(OUT, 'w') as f:
    json.dump({'torch_version': torch.__version__, 'cases': cases}, f, indent=None, separators=(',', ':'))
    f.write('\n')
print(f'{len(cases)} cases')
