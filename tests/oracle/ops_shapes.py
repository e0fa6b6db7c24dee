#!/usr/bin/env python3
"""More shape cases for every op that tests/oracle/ops.py covers fewer than three times, with broadcasting
where the op broadcasts, plus prod's gradient at zeros and indexing with a 0-d bool.

Run with Debian's python3-torch:
    /usr/bin/python3 tests/oracle/ops_shapes.py
It writes tests/fixtures/ops_shapes.json in ops.json's format, read by src/engine/ops.test.ts with the same
op table. It reuses ops.py's case recorder: importing ops.py regenerates tests/fixtures/ops.json first, which
is deterministic (seeded), so that file comes out unchanged.
"""
import json
import os

import torch

import ops
from ops import Fl, I, P, R, T, case

OUT = os.path.join(os.path.dirname(__file__), '..', 'fixtures', 'ops_shapes.json')
ops.cases.clear()
ops.OPS['prod_dim'] = lambda a, dim, keepdim=False: a.prod(dim, keepdim=keepdim)

# Arithmetic
case('add_alpha broadcast', 'add_alpha', R(2, 3), R(3), 2.0)
case('add_alpha column + row', 'add_alpha', R(4, 1), R(1, 3), -1.5)
case('sub column - row', 'sub', R(3, 1), R(1, 4))
case('sub python float from int tensor', 'sub', T([1, 2, 3], torch.int64), Fl(0.5))
case('rsub float scalar', 'rsub', R(2, 3), Fl(2.5))
case('rsub int scalar 3d', 'rsub', R(2, 1, 3), I(2))
case('mul 3d by 2d', 'mul', R(2, 1, 3), R(4, 1))
case('div column by row', 'div', R(3, 1), P(1, 4))
case('rdiv float scalar', 'rdiv', P(2, 3), Fl(2.0))
case('rdiv 3d', 'rdiv', P(2, 1, 2), I(3))
case('neg 3d', 'neg', R(2, 1, 3))
case('maximum broadcast', 'maximum', R(2, 1), R(3))
case('minimum same shape', 'minimum', R(4), R(4))
case('minimum with a 0-d tensor', 'minimum', R(2, 2), T(0.0, grad=True))
case('remainder broadcast', 'remainder', R(2, 3), P(3))
case('floor_divide broadcast', 'floor_divide', R(2, 3, grad=False), P(3, grad=False))
case('floor_divide int', 'floor_divide', T([7, -7, 9], torch.int64), I(2))

# Unary, on a vector and on a 3-d tensor
for op in ['exp', 'sigmoid', 'tanh', 'relu', 'abs', 'sin', 'cos', 'erf', 'square', 'expm1', 'neg', 'floor', 'ceil', 'round', 'sign']:
    case(f'{op} vector', op, R(5))
    case(f'{op} 3d', op, R(2, 1, 3))
for op in ['log', 'sqrt', 'reciprocal', 'rsqrt', 'log1p']:
    case(f'{op} vector', op, P(5))
    case(f'{op} 3d', op, P(2, 1, 3))
case('square int', 'square', T([1, -2, 3], torch.int64))
case('sign int', 'sign', T([-3, 0, 4], torch.int64))
case('round decimals 1', 'round_decimals', R(5), 1)
case('round negative decimals', 'round_decimals', T([15.0, 25.0, 149.0, -351.0], grad=True), -1)

# Comparison and selection
case('eq broadcast', 'eq', T([[1.0], [2.0]]), T([1.0, 2.0, 3.0]))
for op in ['lt', 'le', 'gt', 'ge', 'ne']:
    case(f'{op} broadcast', op, R(2, 1, grad=False), R(3, grad=False))
    case(f'{op} python float', op, R(2, 3, grad=False), Fl(0.25))
case('ne float', 'ne', R(4, grad=False), R(4, grad=False))
case('lt int with python int', 'lt', T([1, 5, 3], torch.int64), I(3))
case('logical_and broadcast', 'logical_and', T([[True], [False]]), T([True, False, True]))
case('logical_and of floats', 'logical_and', T([0.0, 1.5, -2.0]), T([1.0, 1.0, 0.0]))
case('logical_not column', 'logical_not', T([[True], [False]]))
case('logical_not of floats', 'logical_not', T([0.0, 1.5, -2.0]))
case('where scalar other', 'where', T([[True, False, True], [False, True, False]]), R(2, 3), Fl(0.0))
case('clamp max only', 'clamp', R(2, 3), None, 0.25)
case('masked_fill broadcast mask', 'masked_fill', R(2, 3), T([True, False, True]), 0.5)
case('masked_fill column mask', 'masked_fill', R(2, 3), T([[False], [True]]), -2.0)

# Reductions
case('mean dims', 'mean', R(2, 3, 4), dim=[0, 2])
case('prod 2d', 'prod', P(2, 3))
case('prod one zero', 'prod', T([1.5, 0.0, 3.0, 2.0], grad=True))
case('prod two zeros', 'prod', T([1.0, 0.0, 3.0, 0.0], grad=True))
case('prod dim', 'prod_dim', P(2, 3), 1)
case('prod dim 0 of 3d', 'prod_dim', P(3, 2, 2), 0)
case('prod dim with zeros', 'prod_dim', T([[1.0, 0.0], [3.0, 2.0], [0.0, 0.0]], grad=True), 1, keepdim=True)
case('max 2d', 'max', R(2, 3))
case('max vector', 'max', R(5))
case('min 3d', 'min', R(2, 2, 2))
case('min vector', 'min', R(5))
case('max dim 3d', 'max_dim', R(2, 3, 4), 2)
case('min dim keepdim', 'min_dim', R(3, 4), 0, keepdim=True)
case('min dim 3d', 'min_dim', R(2, 2, 3), 1)
case('amax dim 0 keepdim', 'amax', R(3, 4), 0, keepdim=True)
case('amax last dim', 'amax', R(2, 3, 4), -1)
case('argmin all', 'argmin', R(3, 4, grad=False))
case('argmin dim', 'argmin', R(2, 5, grad=False), dim=1)
case('var dims', 'var', R(2, 3, 4), dim=[1])
case('std dims', 'std', R(2, 3, 2), dim=[0, 2])
case('logsumexp vector', 'logsumexp', R(4), -1)
case('norm vector', 'norm', R(5))
case('norm 3d', 'norm', R(2, 2, 2))
case('cumsum 3d', 'cumsum', R(2, 3, 2), 0)

# Matrix products
case('mm row by matrix', 'mm', R(1, 4), R(4, 3))
case('mm to a column', 'mm', R(3, 3), R(3, 1))
case('bmm batch of one', 'bmm', R(1, 2, 3), R(1, 3, 1))
case('bmm batch of three', 'bmm', R(3, 1, 4), R(3, 4, 2))
case('dot length 1', 'dot', R(1), R(1))
case('dot length 7', 'dot', R(7), R(7))
case('mv tall', 'mv', R(3, 2), R(2))
case('mv one row', 'mv', R(1, 4), R(4))

# Movement
case('reshape 3d infer', 'reshape', R(4, 3), [2, -1, 3])
case('reshape of transpose wide', 'reshape_of_t', R(2, 4), [8])
case('reshape of transpose square', 'reshape_of_t', R(3, 3), [9])
case('view flat', 'view', R(3, 4), [12])
case('view infer', 'view', R(2, 3, 4), [6, -1])
case('flatten middle dims', 'flatten', R(2, 3, 4), 0, 1)
case('squeeze to 0-d', 'squeeze', R(1, 1))
case('unsqueeze front', 'unsqueeze', R(3), 0)
case('permute 2d', 'permute', R(2, 3), [1, 0])
case('permute 4d', 'permute', R(2, 1, 3, 2), [3, 1, 0, 2])
case('transpose 2d', 'transpose', R(2, 3), 0, 1)
case('transpose negative dims', 'transpose', R(2, 3, 4), -1, -2)
case('t column', 't', R(3, 1))
case('t of a vector', 't', R(4))
case('expand from one element', 'expand', R(1), [3, 2])
case('contiguous of t row', 'contiguous_t', R(1, 5))
case('contiguous of t tall', 'contiguous_t', R(4, 3))
case('flip vector', 'flip', R(4), [0])
case('flip two dims', 'flip', R(2, 3, 2), [0, 2])
case('stack vectors at the end', 'stack', [R(3), R(3), R(3)], dim=-1)
case('split dim 1', 'split', R(4, 3), 2, dim=1)
case('chunk vector', 'chunk', R(6), 3)
case('chunk uneven', 'chunk', R(5, 2), 2)
case('unbind rows', 'unbind', R(3, 2))
case('unbind last dim', 'unbind', R(2, 3, 2), 2)

# Indexing and in-place
case('index 0-d True', 'index', R(2, 3), [('tensor', torch.tensor(True), False)])
case('index 0-d False', 'index', R(2, 3), [('tensor', torch.tensor(False), False)])
case('gather 3d', 'gather', R(2, 3, 2), 2, T([[[1], [0], [1]], [[0], [0], [1]]], torch.int64))
case('index_select columns', 'index_select', R(3, 4), 1, T([0, 3], torch.int64))
case('index_select last dim', 'index_select', R(2, 3, 2), -1, T([1], torch.int64))
case('iadd python float', 'iadd', R(3), Fl(0.5))
case('iadd column broadcast', 'iadd', R(2, 3), R(2, 1))
case('imul broadcast row', 'imul', R(2, 3), R(3))
case('imul python int', 'imul', R(2, 2), I(2))

# dtype conversion
case('to float64 from int', 'to_float64', T([1, -2, 3], torch.int64))
case('to float64 2d', 'to_float64', R(2, 3))
case('to int64 2d', 'to_int64', T([[1.5, -2.5], [0.25, 7.75]]))
case('to int64 from bool', 'to_int64', T([True, False, True]))

# Activations
case('log_softmax vector', 'log_softmax', R(3), 0)
case('log_softmax 3d', 'log_softmax', R(2, 3, 4), 1)
case('leaky_relu 2d', 'leaky_relu', R(2, 3), 0.1)
for op in ['elu', 'gelu', 'gelu_tanh', 'softplus', 'silu', 'hardtanh']:
    case(f'{op} 2d', op, R(2, 3))
    case(f'{op} 3d', op, R(3, 1, 2))

# Losses
case('l1_loss 2d', 'l1_loss', R(2, 3), R(2, 3))
case('l1_loss column', 'l1_loss', R(4, 1), R(4, 1))
case('smooth_l1_loss 2d', 'smooth_l1_loss', R(2, 3), R(2, 3))
case('smooth_l1_loss column', 'smooth_l1_loss', R(4, 1), R(4, 1))
case('huber_loss 2d', 'huber_loss', R(2, 3), R(2, 3), delta=1.0)
case('huber_loss column', 'huber_loss', R(4, 1), R(4, 1), delta=2.0)
case('binary_cross_entropy 2d', 'binary_cross_entropy', ('tensor', torch.tensor([[0.2, 0.9], [0.6, 0.05], [0.5, 0.75]]), True), T([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]))
case('binary_cross_entropy column', 'binary_cross_entropy', ('tensor', torch.tensor([[0.3], [0.8], [0.45], [0.99], [0.01]]), True), T([[0.0], [1.0], [0.0], [1.0], [1.0]]))
case('bce_with_logits pos_weight vector', 'bce_with_logits_pos_weight', R(4), T([0.0, 1.0, 1.0, 0.0]), T([3.0]))
case('bce_with_logits pos_weight 3d', 'bce_with_logits_pos_weight', R(2, 2, 3), T([[[0.0, 1.0, 1.0], [1.0, 0.0, 0.0]], [[1.0, 1.0, 0.0], [0.0, 0.0, 1.0]]]), T([1.0, 2.0, 0.5]))
case('nll_loss sum', 'nll_loss', R(4, 3), T([2, 0, 1, 1], torch.int64), reduction='sum')
case('nll_loss two classes', 'nll_loss', R(2, 2), T([1, 0], torch.int64))

# CrossEntropyLoss with float targets that are not class probabilities of the input's shape
case('error cross_entropy float class targets', 'cross_entropy', R(3, 4, grad=False), T([0.0, 1.0, 2.0]))
case('error cross_entropy float targets of another width', 'cross_entropy', R(3, 4, grad=False), R(3, 5, grad=False))
case('error cross_entropy float targets of another batch', 'cross_entropy', R(3, 4, grad=False), R(2, 4, grad=False))
case('error cross_entropy int targets shaped like the input', 'cross_entropy', R(3, grad=False), T([0, 1, 2], torch.int64))
case('error cross_entropy probabilities with ignore_index', 'cross_entropy', R(2, 3, grad=False), R(2, 3, grad=False), ignore_index=1)

# Factories
case('linspace unit interval', 'linspace', 0.0, 1.0, 5)
case('linspace one step', 'linspace', 2.0, -2.0, 1)
case('linspace descending', 'linspace', 1.0, -1.0, 4)
case('eye square', 'eye', 3, 3)
case('eye one row', 'eye', 1, 4)

with open(OUT, 'w') as f:
    json.dump({'torch_version': torch.__version__, 'cases': ops.cases}, f, indent=None, separators=(',', ':'))
    f.write('\n')
print(f'{len(ops.cases)} cases')
