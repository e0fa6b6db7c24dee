#!/usr/bin/env python3
"""How real PyTorch and NumPy print tensors, arrays, sizes, dtypes and numpy scalars.

Run with Debian's python3-torch and python3-numpy:
    /usr/bin/python3 tests/oracle/format_cases.py
It writes tests/fixtures/format.json; tests/format.test.ts (src/python/modules/format) checks every case.
Each case carries the data (shape, dtype, flat values) and the exact text CPython printed.
"""
import json
import math
import os

import numpy as np
import torch

OUT = os.path.join(os.path.dirname(__file__), '..', 'fixtures', 'format.json')
cases = []


def encode(v):
    """JSON has no nan/inf: spell them as strings."""
    if isinstance(v, bool):
        return 1 if v else 0
    if isinstance(v, float) and not math.isfinite(v):
        return 'nan' if math.isnan(v) else ('inf' if v > 0 else '-inf')
    return v


def torch_dtype(t):
    return str(t.dtype).replace('torch.', '')


def add_tensor(name, t, parameter=False):
    flat = t.detach().reshape(-1).tolist()
    grad_fn = type(t.grad_fn).__name__ if t.grad_fn is not None else None
    cases.append({
        'name': name, 'kind': 'torch',
        'input': {'shape': list(t.shape), 'dtype': torch_dtype(t), 'values': [encode(v) for v in flat],
                  'requiresGrad': bool(t.requires_grad), 'gradFn': grad_fn, 'parameter': parameter},
        'expected': repr(t),
    })
    assert str(t) == repr(t)


def add_array(name, a):
    flat = a.reshape(-1).tolist()
    cases.append({
        'name': name, 'kind': 'numpy',
        'input': {'shape': list(a.shape), 'dtype': str(a.dtype), 'values': [encode(v) for v in flat]},
        'expected': {'str': str(a), 'repr': repr(a)},
    })


def add_scalar(name, s):
    cases.append({
        'name': name, 'kind': 'numpy_scalar',
        'input': {'dtype': str(s.dtype), 'value': encode(s.item())},
        'expected': {'str': str(s), 'repr': repr(s)},
    })


T = torch.tensor
F64 = torch.float64

# ---------- torch: floats ----------
add_tensor('float vector, all integral: int mode', T([1., 2.]))
add_tensor('float vector with fractions', T([1.5, 2.25, -3.125]))
add_tensor('0-d float', T(3.5))
add_tensor('0-d integral float', T(3.))
add_tensor('0-d negative float', T(-0.25))
add_tensor('small value switches to scientific', T([1e-5, 1.0]))
add_tensor('single small value', T([1e-5]))
add_tensor('integral floats with ratio > 1000: scientific', T([1e9, 1.]))
add_tensor('large single integral float', T([123456789.0]))
add_tensor('ratio exactly 1000 stays fixed', T([1000., 1.]))
add_tensor('ratio above 1000 in int mode', T([1001., 1.]))
add_tensor('ratio above 1000 with fractions', T([1000.5, 0.5]))
add_tensor('negative small and positive large', T([-1e-5, 2e3]))
add_tensor('tiny and huge', T([1e20, 1e-20]))
add_tensor('float32 max', T([3.4e38, -1.0]))
add_tensor('padding to common width', T([1.5, -100.25, 3.0]))
add_tensor('round half to even at 4 digits', T([1.03125, 2.09375]))
add_tensor('fractions round to integral-looking text', T([0.99999, 1.5]))
add_tensor('regression prediction', T([[19.013954]]))
add_tensor('long vector wraps at 80 columns', torch.arange(100.) / 7)
add_tensor('integral long vector wraps', torch.arange(100.))
add_tensor('summarised vector', torch.arange(2000.))
add_tensor('summarised vector of fractions', torch.arange(2000.) / 3)
add_tensor('2-D floats', T([[0.1234, -0.5], [2.0, 3.75]]))
add_tensor('2-D integral floats', T([[1., 2.], [3., 4.]]))
add_tensor('3-D floats', torch.arange(24.).reshape(2, 3, 4) / 4)
add_tensor('4-D floats', torch.arange(16.).reshape(2, 2, 2, 2))
add_tensor('summarised 2-D', torch.arange(3000.).reshape(100, 30))
add_tensor('summarised 2-D with short rows', torch.arange(2002.).reshape(1001, 2) / 10)
add_tensor('summarised 3-D', torch.arange(2000.).reshape(20, 10, 10))
add_tensor('wide 2-D rows wrap', torch.arange(60.).reshape(2, 30) / 9)
add_tensor('nan inf and fractions', T([float('nan'), 1.5, float('inf')]))
add_tensor('only nan', T([float('nan')]))
add_tensor('negative inf with integral', T([float('-inf'), 2.]))
add_tensor('nan with small values', T([float('nan'), 1e-6]))
add_tensor('all zeros', T([0., 0.]))
add_tensor('negative zero', T([-0., 1.]))
add_tensor('zero and fractions', T([0., 0.5]))
add_tensor('sigmoid outputs', torch.sigmoid(T([[-3.], [0.], [2.], [5.]])))
add_tensor('scientific 2-D', T([[1e-7, 2.5], [3.0, 4e-3]]))

# ---------- torch: other dtypes ----------
add_tensor('float64 vector', T([1.5, 2.], dtype=F64))
add_tensor('float64 one third', T([1 / 3, 0.1], dtype=F64))
add_tensor('float64 three-digit exponent', T([1e-100, 1.], dtype=F64))
add_tensor('float64 0-d', T(2.5, dtype=F64))
add_tensor('int64 vector', T([1, 2, 3]))
add_tensor('int64 mixed widths', T([-100, 5, 20]))
add_tensor('int64 0-d', T(5))
add_tensor('int64 2-D', torch.arange(30).reshape(5, 6))
add_tensor('int64 long vector', torch.arange(60))
add_tensor('int64 summarised', torch.arange(5000))
add_tensor('int32 vector', T([1, 2], dtype=torch.int32))
add_tensor('bool vector', T([True, False]))
add_tensor('bool 0-d', T(True))
add_tensor('bool 2-D', T([[True, False, True], [False, False, True]]))
add_tensor('comparison result', T([[1.], [2.]]) == T([[1.], [3.]]))

# ---------- torch: empty ----------
add_tensor('empty float', T([]))
add_tensor('empty 2-D', torch.zeros(0, 3))
add_tensor('empty int64', T([], dtype=torch.int64))
add_tensor('empty float64 3-D', torch.zeros(2, 0, 1, dtype=F64))

# ---------- torch: suffixes ----------
add_tensor('requires_grad', T([1., 2.], requires_grad=True))
add_tensor('0-d requires_grad', T(1.5, requires_grad=True))
w = T([[0.5]], requires_grad=True)
b = T([0.25], requires_grad=True)
add_tensor('AddmmBackward0', torch.addmm(b, T([[10.]]), w.t()))
add_tensor('MulBackward0', T([1., 2.], requires_grad=True) * 3)
add_tensor('MseLossBackward0', torch.nn.functional.mse_loss(T([1., 2.], requires_grad=True), T([1.5, 2.])))
add_tensor('float64 with grad_fn', T([1., 2.], dtype=F64, requires_grad=True) * 0.5)
add_tensor('suffix moves to its own line', (torch.arange(13.) / 7).requires_grad_())
add_tensor('multi-line with grad_fn', (torch.arange(40.).reshape(2, 20) / 7).requires_grad_() * 2)
lin = torch.nn.Linear(3, 2)
with torch.no_grad():
    lin.weight.copy_(T([[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]]))
    lin.bias.copy_(T([0.5, -0.5]))
add_tensor('Parameter weight', lin.weight, parameter=True)
add_tensor('Parameter bias', lin.bias, parameter=True)

# ---------- torch: Size and dtype ----------
for shape in [(2, 3), (), (5,), (1, 1, 28, 28)]:
    cases.append({'name': f'torch.Size {shape}', 'kind': 'torch_size', 'input': {'shape': list(shape)},
                  'expected': repr(torch.Size(shape))})
for dt in [torch.float32, torch.float64, torch.int64, torch.int32, torch.bool]:
    cases.append({'name': f'dtype {dt}', 'kind': 'torch_dtype', 'input': {'dtype': str(dt).replace('torch.', '')},
                  'expected': repr(dt)})

# ---------- numpy ----------
A = np.array
add_array('float vector, integral', A([1., 2.]))
add_array('float vector from ints with dtype=float', A([1, 2, 3, 4, 5], dtype=float))
add_array('fractions pad right', A([1.5, 2.25]))
add_array('tenths', A([0.1, 0.2, 0.3]))
add_array('0.1 + 0.2 rounds at 8 digits', A([0.1 + 0.2]))
add_array('one third', A([1 / 3, 2 / 3]))
add_array('round half to even at 8 digits', A([0.001953125]))
add_array('negative pads left', A([-1.5, 2., 30.]))
add_array('negative zero', A([-0., 1.]))
add_array('int64 vector', A([1, 2, 3]))
add_array('int64 widths', A([1000000, -5]))
add_array('int32 vector', A([1, 2], dtype=np.int32))
add_array('bool vector', A([True, False, True]))
add_array('float32 prediction', A([[19.013954]], dtype=np.float32))
add_array('float32 tenths', A([0.1, 0.2], dtype=np.float32))
add_array('float32 pi', A([np.pi, -np.e], dtype=np.float32))
add_array('float32 2-D', A([[0.25, -1.5, 3.1415927], [2.7182817, 10., 0.001]], dtype=np.float32))
add_array('float32 glorot-like weights',
          A([[0.7403, -0.2378, 1.0381], [-0.6629, 0.0123, 0.4431]], dtype=np.float32) / 3)
add_array('2-D floats', A([[1., 2.], [3., 4.]]))
add_array('2-D fractions', A([[1.5, 2.], [3., 4.125]]))
add_array('3-D ints', np.arange(24).reshape(2, 3, 4))
add_array('3-D floats', np.arange(24.).reshape(2, 3, 4) / 8)
add_array('long vector wraps', np.arange(100.))
add_array('long vector of fractions wraps', np.arange(40.) / 7)
add_array('linspace', np.linspace(0, 1, 20))
add_array('summarised floats', np.arange(2000.))
add_array('summarised ints', np.arange(2000))
add_array('summarised 2-D', np.arange(3000.).reshape(100, 30))
add_array('summarised 3-D', np.arange(2000).reshape(20, 10, 10))
add_array('scientific small', A([1e-5, 1.]))
add_array('scientific with fractions', A([1.5e-5, 1.25]))
add_array('scientific large', A([1e8]))
add_array('scientific ratio', A([1., 2000.5]))
add_array('scientific three-digit exponent', A([1e-100, 1.]))
add_array('float32 scientific', A([1e-5, 0.5], dtype=np.float32))
add_array('nan inf', A([np.nan, 1., np.inf]))
add_array('only nan', A([np.nan]))
add_array('negative inf', A([-np.inf, 1.5]))
add_array('nan in scientific', A([np.nan, 1e-7, 2.]))
add_array('all zeros', A([0., 0.]))
add_array('empty float', A([]))
add_array('empty int', A([], dtype=np.int64))
add_array('empty 2-D', np.zeros((0, 3)))
add_array('empty float32', A([], dtype=np.float32))
add_array('0-d float', A(1.5))
add_array('0-d int', A(3))
add_array('0-d float32', A(1.5, dtype=np.float32))
add_array('0-d bool', A(True))
add_array('float32 repr dtype wraps', (np.arange(14, dtype=np.float32) / 7))
add_array('float32 repr dtype stays', (np.arange(3, dtype=np.float32) / 7))
add_array('bool 2-D', A([[True, False], [False, True]]))
add_array('int 2-D wraps', np.arange(40).reshape(2, 20) * 1000)
add_array('float 2-D wraps', np.arange(24.).reshape(2, 12) / 7)

# ---------- random values at many scales (exercise rounding and shortest digits) ----------
gen = torch.Generator().manual_seed(0)
rng = np.random.default_rng(0)
for i, scale in enumerate([1e-6, 1e-3, 0.1, 1., 10., 1e3, 1e5, 1e9]):
    add_tensor(f'random float32 x{scale:g}', torch.randn(3, 5, generator=gen) * scale)
    add_tensor(f'random float64 x{scale:g}', torch.randn(7, generator=gen, dtype=F64) * scale)
    add_array(f'random float32 x{scale:g}', (rng.standard_normal((3, 4)) * scale).astype(np.float32))
    add_array(f'random float64 x{scale:g}', rng.standard_normal(6) * scale)
for i in range(6):
    add_scalar(f'random float32 scalar {i}', np.float32(rng.standard_normal() * 10.0 ** rng.integers(-8, 8)))

# ---------- numpy scalars ----------
add_scalar('float64 scalar', np.float64(1.5))
add_scalar('float64 tenth', np.float64(0.1))
add_scalar('float64 integral', np.float64(2.0))
add_scalar('float64 1e16', np.float64(1e16))
add_scalar('float64 small', np.float64(1e-5))
add_scalar('float32 scalar', np.float32(19.013954))
add_scalar('float32 integral', np.float32(2.0))
add_scalar('float32 tenth', np.float32(0.1))
add_scalar('float32 large', np.float32(1e20))
add_scalar('float32 small', np.float32(1e-5))
add_scalar('float32 negative', np.float32(-0.75))
for v in [1e-4, 1e16, 9.9999e15, 0.00011, 123456.79, 16777216., 3.4e38, 1.17549435e-38, 1e-45]:
    add_scalar(f'float32 scalar {v!r}', np.float32(v))
add_scalar('float64 nan', np.float64('nan'))
add_scalar('float64 -inf', np.float64('-inf'))
add_scalar('int64 scalar', np.int64(3))
add_scalar('int32 scalar', np.int32(-7))
add_scalar('bool scalar', np.bool_(True))

with open(OUT, 'w') as f:
    json.dump({'generatedBy': f'torch {torch.__version__}, numpy {np.__version__}', 'cases': cases}, f, indent=1)
print(f'{len(cases)} cases -> {os.path.normpath(OUT)}')
