#!/usr/bin/env python3
"""Keras' Conv2D, MaxPooling2D and AveragePooling2D (channels_last, TensorFlow's padding) computed by real
PyTorch on the permuted tensors, since TensorFlow cannot be installed here.

Run with Debian's python3-torch:
    /usr/bin/python3 tests/oracle/keras_conv.py
It writes tests/fixtures/keras_conv.json, read by src/engine/keras/layers/conv2d.test.ts and pooling2d.test.ts.
'same' padding is TensorFlow's: out = ceil(in / stride), total = max((out - 1)*stride + (k - 1)*dilation + 1 - in, 0),
the smaller half before and the larger after, applied with F.pad (zeros for a convolution, -inf for a max). An
average with 'same' divides each window's sum by the real (unpadded) elements it covers, as TensorFlow does.
Each case records the NHWC input, the Keras (kh, kw, in, filters) kernel and bias, the output, and the gradients
of sum(output * upstream) with respect to the input, kernel and bias.
"""
import json
import math
import os

import torch
import torch.nn.functional as F

OUT = os.path.join(os.path.dirname(__file__), '..', 'fixtures', 'keras_conv.json')
torch.manual_seed(0)


def R(*shape):
    """A random tensor in [-2, 2], rounded to 1/64 so the JSON carries it exactly."""
    return (torch.round((torch.rand(*shape) * 4 - 2) * 64) / 64).requires_grad_(True)


def enc(t):
    return {'shape': list(t.shape), 'values': t.detach().flatten().tolist()}


def pair(v):
    return (v, v) if isinstance(v, int) else tuple(v)


def same_pads(size, kernel, stride, dilation):
    """F.pad's (left, right, top, bottom) for TensorFlow's 'same' padding of an (N, C, H, W) tensor."""
    pads = []
    for i in (1, 0):  # F.pad lists the last dim first
        out = math.ceil(size[i] / stride[i])
        total = max((out - 1) * stride[i] + (kernel[i] - 1) * dilation[i] + 1 - size[i], 0)
        pads += [total // 2, total - total // 2]
    return pads


def conv(x, kernel, bias, strides, padding, dilation):
    nchw = x.permute(0, 3, 1, 2)
    if padding == 'same':
        nchw = F.pad(nchw, same_pads(nchw.shape[2:], kernel.shape[:2], strides, dilation))
    return F.conv2d(nchw, kernel.permute(3, 2, 0, 1), bias, stride=strides, dilation=dilation).permute(0, 2, 3, 1)


def pool(mode, x, pool_size, strides, padding):
    nchw = x.permute(0, 3, 1, 2)
    pads = same_pads(nchw.shape[2:], pool_size, strides, (1, 1)) if padding == 'same' else [0, 0, 0, 0]
    if mode == 'max':
        out = F.max_pool2d(F.pad(nchw, pads, value=-math.inf), pool_size, strides)
    else:
        sums = F.avg_pool2d(F.pad(nchw, pads), pool_size, strides, divisor_override=1)
        counts = F.avg_pool2d(F.pad(torch.ones_like(nchw[:1, :1]), pads), pool_size, strides, divisor_override=1)
        out = sums / counts
    return out.permute(0, 2, 3, 1)


cases = []


def record(name, layer, config, out, tensors):
    upstream = torch.round((torch.rand(out.shape) * 2 - 1) * 64) / 64
    (out * upstream).sum().backward()
    cases.append({
        'name': name,
        'layer': layer,
        'config': config,
        'inputs': {k: enc(t) for k, t in tensors.items()},
        'output': enc(out),
        'upstream': enc(upstream),
        'grads': {k: enc(t.grad) for k, t in tensors.items()},
    })


def conv_case(name, x_shape, filters, kernel_size, strides=1, padding='valid', dilation_rate=1, use_bias=True):
    k, s, d = pair(kernel_size), pair(strides), pair(dilation_rate)
    x = R(*x_shape)
    kernel = R(*k, x_shape[-1], filters)
    tensors = {'x': x, 'kernel': kernel}
    bias = None
    if use_bias:
        bias = R(filters)
        tensors['bias'] = bias
    config = {'filters': filters, 'kernel_size': kernel_size, 'strides': strides, 'padding': padding,
              'dilation_rate': dilation_rate, 'use_bias': use_bias}
    record(name, 'Conv2D', config, conv(x, kernel, bias, s, padding, d), tensors)


def pool_case(name, layer, x_shape, pool_size=2, strides=None, padding='valid'):
    p = pair(pool_size)
    s = p if strides is None else pair(strides)
    x = R(*x_shape)
    out = pool('max' if layer == 'MaxPooling2D' else 'average', x, p, s, padding)
    record(name, layer, {'pool_size': pool_size, 'strides': strides, 'padding': padding}, out, {'x': x})


conv_case('valid 3x3', (2, 5, 6, 3), 4, 3)
conv_case('valid, rectangular kernel and strides, no bias', (2, 7, 6, 2), 3, (2, 3), strides=(2, 1), use_bias=False)
conv_case('same 3x3 (symmetric padding)', (1, 5, 5, 2), 3, 3, padding='same')
conv_case('same with an even kernel (the odd pixel after)', (2, 5, 6, 3), 2, (2, 4), padding='same')
conv_case('same with stride 2 (7x8: one side pads 1+1, the other 0+1)', (2, 7, 8, 2), 3, 3, strides=2, padding='same')
conv_case('dilated valid', (1, 7, 7, 2), 2, 3, dilation_rate=2)
conv_case('dilated same', (1, 6, 5, 1), 2, (2, 3), dilation_rate=(2, 1), padding='same')

pool_case('max valid 2x2 (odd rows dropped)', 'MaxPooling2D', (2, 5, 5, 3))
pool_case('max valid 3x3 stride 1', 'MaxPooling2D', (1, 5, 4, 2), pool_size=3, strides=1)
pool_case('max same 2x2 on 5x5 (the odd pixel after, never the max)', 'MaxPooling2D', (2, 5, 5, 2), padding='same')
pool_case('max same 3x3 stride 1 (symmetric)', 'MaxPooling2D', (1, 4, 5, 2), pool_size=3, strides=1, padding='same')
pool_case('average valid (2, 3) strides (1, 2)', 'AveragePooling2D', (2, 5, 7, 2), pool_size=(2, 3), strides=(1, 2))
pool_case('average same 2x2 on 5x7 (edge windows average fewer)', 'AveragePooling2D', (2, 5, 7, 2), padding='same')
pool_case('average same 3x3 stride 1 (symmetric)', 'AveragePooling2D', (1, 4, 4, 3), pool_size=3, strides=1, padding='same')

with open(OUT, 'w') as f:
    json.dump({'torch': torch.__version__, 'cases': cases}, f)
print(f'{len(cases)} cases -> {os.path.normpath(OUT)}')
