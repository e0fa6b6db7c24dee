#!/usr/bin/env python3
"""Keras `fit` from fixed initial weights, computed by hand in PyTorch from Keras 3's own formulas.

Run with Debian's python3-torch (TensorFlow is not available here, so Keras' rules are written out below):
    /usr/bin/python3 tests/oracle/keras_fit.py
It writes tests/fixtures/keras_fit.json, read by src/engine/keras/fit.fixtures.test.ts. Each case gives the
data, the initial weights, compile() and fit() arguments, and what Keras computes: History.history per epoch,
the final weights, and EarlyStopping's messages.

The Keras rules reproduced (keras/src/trainers, losses, metrics, optimizers, callbacks):
  - validation_split holds out the LAST fraction of the rows, before any shuffling: split_at = floor(n·(1 − f));
    shuffle=False keeps batches in order, the last one smaller.
  - The batch loss is the per-sample loss (mean over the last axis) summed and divided by the sample count.
    Crossentropy after a sigmoid/softmax is computed from the logits, as Keras 3 on TensorFlow does.
  - The epoch's `loss` is a float32 Mean of the batch losses weighted by batch size; metrics are float32 means
    of per-sample values, computed from each batch's predictions before its update.
  - 'accuracy' means binary accuracy (threshold 0.5) for one output unit, sparse categorical accuracy (argmax
    vs integer labels) for integer labels, categorical accuracy (argmax vs argmax) for one-hot labels.
  - val_* metrics are evaluated after the epoch's last update, in batches of batch_size.
  - Optimizers update in float32 with Keras' defaults: SGD(0.01), Adam(0.001, beta_1=0.9, beta_2=0.999,
    epsilon=1e-7, alpha = lr·sqrt(1 − β2^t)/(1 − β1^t), w −= alpha·m/(sqrt(v) + ε)), RMSprop(0.001, rho=0.9,
    epsilon=1e-7, w −= lr·g/sqrt(v + ε)).
  - EarlyStopping: patience, min_delta, restore_best_weights (at the end of training), its printed messages.
"""
import json
import math
import os

import torch

OUT = os.path.join(os.path.dirname(__file__), '..', 'fixtures', 'keras_fit.json')
F32 = torch.float32


def pattern(rows, cols, a, b, m, scale):
    """A fixed matrix of exact binary fractions: ((i·a + b) mod m − m/2) / scale."""
    return [[((r * cols + c) * a + b) % m / scale - (m // 2) / scale for c in range(cols)] for r in range(rows)]


# ---- the model: Dense layers (kernel (in, out), bias), each with an activation ----

def forward(weights, activations, x):
    """The output and the last layer's pre-activation (the logits Keras' crossentropy uses)."""
    h = x
    z = None
    for (kernel, bias), activation in zip(weights, activations):
        z = h @ kernel + bias
        h = {'linear': lambda t: t, 'relu': torch.relu, 'tanh': torch.tanh, 'sigmoid': torch.sigmoid,
             'softmax': lambda t: torch.softmax(t, -1)}[activation](z)
    return h, z


def match_rank(y_true, y_pred):
    """squeeze_or_expand_to_same_rank."""
    if y_true.dim() == y_pred.dim() - 1 and y_pred.shape[-1] == 1:
        return y_true.unsqueeze(-1), y_pred
    return y_true, y_pred


def batch_loss(loss, y, out, logits):
    if loss == 'sparse_categorical_crossentropy':
        per_sample = -torch.log_softmax(logits, -1).gather(-1, y.long().reshape(-1, 1)).squeeze(-1)
    else:
        y, out = match_rank(y, out)
        if loss == 'mse':
            per_sample = ((out - y) ** 2).mean(-1)
        elif loss == 'mae':
            per_sample = (out - y).abs().mean(-1)
        elif loss == 'binary_crossentropy':  # tf.nn.sigmoid_cross_entropy_with_logits
            per_sample = (torch.relu(logits) - logits * y + torch.log1p(torch.exp(-logits.abs()))).mean(-1)
        elif loss == 'categorical_crossentropy':
            per_sample = -(y * torch.log_softmax(logits, -1)).sum(-1)
    return per_sample.sum() / per_sample.numel()


def metric_values(name, loss, y, out):
    """Per-sample values of a compiled metric."""
    if name == 'accuracy':
        if out.shape[-1] == 1:
            y, out = match_rank(y, out)
            return (y == (out > 0.5).to(F32)).to(F32).mean(-1)
        if loss == 'sparse_categorical_crossentropy':
            return (y.long().reshape(-1) == out.argmax(-1)).to(F32)
        return (y.argmax(-1) == out.argmax(-1)).to(F32)
    y, out = match_rank(y, out)
    if name == 'mae':
        return (out - y).abs().mean(-1)
    if name == 'mse':
        return ((out - y) ** 2).mean(-1)
    raise ValueError(name)


class Mean:
    """keras.metrics.Mean: float32 total and count."""

    def __init__(self):
        self.total = torch.zeros((), dtype=F32)
        self.count = torch.zeros((), dtype=F32)

    def update(self, values, weight=1.0):
        self.total = self.total + values.sum() * weight
        self.count = self.count + values.numel() * weight

    def result(self):
        return (self.total / self.count).item()


# ---- Keras 3 optimizers, in float32 ----

class SGD:
    def __init__(self, learning_rate=0.01, momentum=0.0, nesterov=False):
        self.lr, self.momentum, self.nesterov = learning_rate, momentum, nesterov
        self.slots = None

    def apply(self, grads, variables, iteration):
        lr = torch.tensor(self.lr, dtype=F32)
        self.slots = self.slots or [torch.zeros_like(v) for v in variables]
        for g, v, m in zip(grads, variables, self.slots):
            if self.momentum == 0:
                v -= g * lr
                continue
            m.copy_(m * self.momentum - g * lr)
            v += (m * self.momentum - g * lr) if self.nesterov else m


class Adam:
    def __init__(self, learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7):
        self.lr, self.beta_1, self.beta_2, self.epsilon = learning_rate, beta_1, beta_2, epsilon
        self.slots = None

    def apply(self, grads, variables, iteration):
        self.slots = self.slots or [(torch.zeros_like(v), torch.zeros_like(v)) for v in variables]
        lr = torch.tensor(self.lr, dtype=F32)
        step = torch.tensor(float(iteration + 1), dtype=F32)
        beta_1_power = torch.pow(torch.tensor(self.beta_1, dtype=F32), step)
        beta_2_power = torch.pow(torch.tensor(self.beta_2, dtype=F32), step)
        alpha = lr * torch.sqrt(1 - beta_2_power) / (1 - beta_1_power)
        for g, v, (m, u) in zip(grads, variables, self.slots):
            m += (g - m) * (1 - self.beta_1)
            u += (g * g - u) * (1 - self.beta_2)
            v -= (m * alpha) / (torch.sqrt(u) + self.epsilon)


class RMSprop:
    def __init__(self, learning_rate=0.001, rho=0.9, epsilon=1e-7):
        self.lr, self.rho, self.epsilon = learning_rate, rho, epsilon
        self.slots = None

    def apply(self, grads, variables, iteration):
        self.slots = self.slots or [torch.zeros_like(v) for v in variables]
        lr = torch.tensor(self.lr, dtype=F32)
        for g, v, velocity in zip(grads, variables, self.slots):
            velocity.copy_(self.rho * velocity + (1 - self.rho) * (g * g))
            v -= (lr * g) / torch.sqrt(velocity + self.epsilon)


OPTIMIZERS = {'sgd': SGD, 'adam': Adam, 'rmsprop': RMSprop}


# ---- EarlyStopping ----

class EarlyStopping:
    def __init__(self, monitor='val_loss', min_delta=0, patience=0, verbose=0, mode='auto', restore_best_weights=False):
        self.monitor, self.patience, self.verbose = monitor, patience, verbose
        self.min_delta, self.restore_best_weights = abs(min_delta), restore_best_weights
        name = monitor[4:] if monitor.startswith('val_') else monitor
        self.increasing = mode == 'max' or (mode == 'auto' and name == 'accuracy')
        if not self.increasing:
            self.min_delta *= -1
        self.best = -math.inf if self.increasing else math.inf
        self.wait, self.stopped_epoch, self.best_weights, self.best_epoch = 0, 0, None, 0

    def improves(self, value, reference):
        shifted = value - self.min_delta
        return shifted > reference if self.increasing else shifted < reference

    def on_epoch_end(self, epoch, logs, weights):
        """Returns True to stop training."""
        current = logs[self.monitor]
        if self.restore_best_weights and self.best_weights is None:
            self.best_weights, self.best_epoch = [w.clone() for w in weights], epoch
        self.wait += 1
        if self.improves(current, self.best):
            self.best, self.best_epoch = current, epoch
            if self.restore_best_weights:
                self.best_weights = [w.clone() for w in weights]
            self.wait = 0
            return False
        if self.wait >= self.patience and epoch > 0:
            self.stopped_epoch = epoch
            return True
        return False

    def on_train_end(self, weights, printed):
        if self.stopped_epoch > 0 and self.verbose > 0:
            printed.append(f'Epoch {self.stopped_epoch + 1}: early stopping')
        if self.restore_best_weights and self.best_weights is not None:
            if self.verbose > 0:
                printed.append(f'Restoring model weights from the end of the best epoch: {self.best_epoch + 1}.')
            for w, best in zip(weights, self.best_weights):
                w.copy_(best)


# ---- fit ----

def fit(case):
    layers = case['layers']
    weights = [(torch.tensor(l['kernel'], dtype=F32), torch.tensor(l['bias'], dtype=F32)) for l in layers]
    activations = [l['activation'] for l in layers]
    variables = [t for pair in weights for t in pair]
    x = torch.tensor(case['x'], dtype=F32)
    y = torch.tensor(case['y'], dtype=F32)
    fit_args = case['fit']
    optimizer_spec = case['compile']['optimizer']
    optimizer = OPTIMIZERS[optimizer_spec['name']](**optimizer_spec.get('options', {}))
    loss, metrics = case['compile']['loss'], case['compile']['metrics']
    batch_size = fit_args['batch_size']

    n = x.shape[0]
    split_at = math.floor(n * (1 - fit_args.get('validation_split', 0)))
    train_x, train_y, val_x, val_y = x[:split_at], y[:split_at], x[split_at:], y[split_at:]
    has_validation = split_at < n
    stopper = EarlyStopping(**case['early_stopping']) if 'early_stopping' in case else None

    def batches(xs, ys):
        return [(xs[i:i + batch_size], ys[i:i + batch_size]) for i in range(0, xs.shape[0], batch_size)]

    def evaluate(xs, ys):
        loss_mean, metric_means = Mean(), {m: Mean() for m in metrics}
        with torch.no_grad():
            for bx, by in batches(xs, ys):
                out, logits = forward(weights, activations, bx)
                loss_mean.update(batch_loss(loss, by, out, logits), float(bx.shape[0]))
                for m in metrics:
                    metric_means[m].update(metric_values(m, loss, by, out))
        return {'loss': loss_mean.result(), **{m: metric_means[m].result() for m in metrics}}

    history = {}
    iteration = 0
    printed = []
    for epoch in range(fit_args['epochs']):
        loss_mean, metric_means = Mean(), {m: Mean() for m in metrics}
        for bx, by in batches(train_x, train_y):
            for v in variables:
                v.requires_grad_(True)
            out, logits = forward(weights, activations, bx)
            value = batch_loss(loss, by, out, logits)
            grads = torch.autograd.grad(value, variables)
            with torch.no_grad():
                for v in variables:
                    v.requires_grad_(False)
                optimizer.apply(grads, variables, iteration)
                iteration += 1
                loss_mean.update(value.detach(), float(bx.shape[0]))
                for m in metrics:
                    metric_means[m].update(metric_values(m, loss, by, out.detach()))
        logs = {'loss': loss_mean.result(), **{m: metric_means[m].result() for m in metrics}}
        if has_validation:
            logs.update({f'val_{k}': v for k, v in evaluate(val_x, val_y).items()})
        for k, v in logs.items():
            history.setdefault(k, []).append(v)
        if stopper is not None and stopper.on_epoch_end(epoch, logs, variables):
            break
    if stopper is not None:
        with torch.no_grad():
            stopper.on_train_end(variables, printed)
    return {
        'history': history,
        'final_weights': [t.flatten().tolist() for t in variables],
        'printed': printed,
    }


def dense(inputs, units, activation, seed):
    return {
        'kernel': pattern(inputs, units, 5 + seed, 1 + seed, 11, 8.0),
        'bias': pattern(1, units, 3, seed, 7, 32.0)[0],
        'activation': activation,
    }


N = 16
X2 = pattern(N, 2, 7, 3, 17, 8.0)
X3 = pattern(N, 3, 5, 2, 13, 4.0)
ONE_HOT = [[1.0 if k == c else 0.0 for k in range(3)] for c in [(0 if x[0] + x[1] < -0.25 else 1 if x[0] < 0.25 else 2) for x in X2]]

CASES = [
    {
        'name': 'binary crossentropy, sgd defaults, batches of 4 with the last smaller, validation_split, (N,) labels',
        'x': X2[:12],
        'y': [1.0 if x[0] + x[1] > 0 else 0.0 for x in X2[:12]],
        'layers': [dense(2, 4, 'relu', 2), dense(4, 1, 'sigmoid', 3)],
        'compile': {'optimizer': {'name': 'sgd'}, 'loss': 'binary_crossentropy', 'metrics': ['accuracy']},
        'fit': {'epochs': 5, 'batch_size': 4, 'validation_split': 0.25},
    },
    {
        'name': 'categorical crossentropy, adam defaults, one-hot labels (categorical accuracy)',
        'x': X2,
        'y': ONE_HOT,
        'layers': [dense(2, 5, 'tanh', 6), dense(5, 3, 'softmax', 7)],
        'compile': {'optimizer': {'name': 'adam'}, 'loss': 'categorical_crossentropy', 'metrics': ['accuracy']},
        'fit': {'epochs': 6, 'batch_size': 5, 'validation_split': 0.2},
    },
    {
        'name': 'sparse categorical crossentropy, rmsprop defaults, integer labels (sparse accuracy)',
        'x': X2[:10],
        'y': [float(row.index(1.0)) for row in ONE_HOT[:10]],
        'layers': [dense(2, 4, 'relu', 6), dense(4, 3, 'softmax', 7)],
        'compile': {'optimizer': {'name': 'rmsprop'}, 'loss': 'sparse_categorical_crossentropy', 'metrics': ['accuracy']},
        'fit': {'epochs': 5, 'batch_size': 3, 'validation_split': 0.3},
    },
    {
        'name': 'mse with an mae metric, SGD with momentum, EarlyStopping on val_loss restoring the best weights',
        'x': X3,
        'y': [[0.5 * x[0] - x[1] + 0.25 * x[2]] for x in X3],
        'layers': [dense(3, 4, 'tanh', 6), dense(4, 1, 'linear', 7)],
        'compile': {'optimizer': {'name': 'sgd', 'options': {'learning_rate': 0.3, 'momentum': 0.9}}, 'loss': 'mse', 'metrics': ['mae']},
        'fit': {'epochs': 30, 'batch_size': 8, 'validation_split': 0.25},
        'early_stopping': {'monitor': 'val_loss', 'patience': 2, 'verbose': 1, 'restore_best_weights': True},
    },
    {
        'name': 'binary crossentropy, adam, EarlyStopping on val_accuracy (a rising metric) with min_delta',
        'x': X3,
        'y': [[1.0 if x[0] + x[2] > 0.3 else 0.0] for x in X3],
        'layers': [dense(3, 3, 'relu', 8), dense(3, 1, 'sigmoid', 9)],
        'compile': {'optimizer': {'name': 'adam', 'options': {'learning_rate': 0.05}}, 'loss': 'binary_crossentropy', 'metrics': ['accuracy']},
        'fit': {'epochs': 20, 'batch_size': 6, 'validation_split': 0.25},
        'early_stopping': {'monitor': 'val_accuracy', 'patience': 1, 'min_delta': 0.01, 'verbose': 1},
    },
]

for case in CASES:
    case.update(fit(case))
    epochs_run = len(case['history']['loss'])
    if 'early_stopping' in case:
        assert epochs_run < case['fit']['epochs'], f"{case['name']}: EarlyStopping never stopped"
    print(f"{case['name']}: {epochs_run} epochs, final loss {case['history']['loss'][-1]:.6f}")

with open(OUT, 'w') as f:
    json.dump({'torch_version': torch.__version__, 'cases': CASES}, f, indent=None, separators=(',', ':'))
    f.write('\n')
