// torch.nn.functional (imported as F): the stateless forms of the layers and losses.

import * as E from '../../../engine/index.ts';
import type { Reduction, Tensor } from '../../../engine/index.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import type { PyModule } from '../../objects/module.ts';
import type { PyObject } from '../../objects/object.ts';
import { asIndex, asString, given } from '../../runtime/convert.ts';
import { defineModule, method } from '../../runtime/native.ts';
import { engine } from '../engineErrors.ts';
import { warn } from '../warnings.ts';
import { flag, indexOr, numberOr } from '../torch/args.ts';
import { tensorOf, wrap } from '../torch/pyTensor.ts';
import { maxOf } from '../extremes.ts';
import { pyTuple } from '../../objects/tuple.ts';
import { asSize2, convPadding, optionalSize2, size2Or } from './windowArgs.ts';
import { paddingIdxOf } from './embeddingArgs.ts';

function reduction(obj: PyObject | undefined): Reduction {
  const r = given(obj) ? asString(obj, 'reduction') : 'mean';
  if (r !== 'mean' && r !== 'sum' && r !== 'none') throw pyError(PyExc.ValueError, `${r} is not a valid value for reduction`);
  return r;
}

const unaryFn = (f: (t: Tensor) => Tensor) =>
  method(['input', 'inplace?'], (_ctx, [input]) => wrap(engine(() => f(tensorOf(input, 'input')))));

/** F.sigmoid and F.tanh work, with PyTorch's UserWarning that torch.sigmoid / torch.tanh are the ones to use. */
const deprecated = (name: string, f: (t: Tensor) => Tensor) =>
  method(['input'], (ctx, [input]) => {
    warn(ctx, 'UserWarning', `nn.functional.${name} is deprecated. Use torch.${name} instead.`);
    return wrap(engine(() => f(tensorOf(input, 'input'))));
  });

const lossFn = (f: (input: Tensor, target: Tensor, r: Reduction) => Tensor) =>
  method(['input', 'target', '*', 'reduction?'], (_ctx, [input, target, , r]) =>
    wrap(engine(() => f(tensorOf(input, 'input'), tensorOf(target, 'target'), reduction(r)))),
  );

/** `F.conv2d`, which torch also offers as `torch.conv2d`. */
export const conv2dFunction = method(['input', 'weight', 'bias?', 'stride?', 'padding?', 'dilation?', 'groups?'], (_ctx, [input, weight, bias, stride, padding, dilation, groups]) => {
  const pad = convPadding(padding, (text) => {
    throw pyError(PyExc.RuntimeError, `Invalid padding string: '${text}'`);
  });
  return wrap(
    engine(() =>
      E.conv2d(
        tensorOf(input, 'input'),
        tensorOf(weight, 'weight'),
        given(bias) ? tensorOf(bias, 'bias') : null,
        size2Or(stride, 1),
        pad,
        size2Or(dilation, 1),
        indexOr(groups, 1),
      ),
    ),
  );
});

export function loadFunctional(): PyModule {
  return defineModule('torch.nn.functional', {
    relu: unaryFn(E.relu),
    sigmoid: deprecated('sigmoid', E.sigmoid),
    tanh: deprecated('tanh', E.tanh),
    silu: unaryFn(E.silu),
    relu6: unaryFn(E.relu6),
    gelu: method(['input', '*', 'approximate?'], (_ctx, [input, , approximate]) => {
      const a = given(approximate) ? asString(approximate, 'approximate') : 'none';
      if (a !== 'none' && a !== 'tanh') throw pyError(PyExc.ValueError, 'approximate argument must be either none or tanh.');
      return wrap(engine(() => E.gelu(tensorOf(input, 'input'), a)));
    }),
    leaky_relu: method(['input', 'negative_slope?', 'inplace?'], (_ctx, [input, slope]) =>
      wrap(engine(() => E.leakyRelu(tensorOf(input, 'input'), numberOr(slope, 0.01)))),
    ),
    elu: method(['input', 'alpha?', 'inplace?'], (_ctx, [input, alpha]) =>
      wrap(engine(() => E.elu(tensorOf(input, 'input'), numberOr(alpha, 1)))),
    ),
    softplus: method(['input', 'beta?', 'threshold?'], (_ctx, [input, beta, threshold]) =>
      wrap(engine(() => E.softplus(tensorOf(input, 'input'), numberOr(beta, 1), numberOr(threshold, 20)))),
    ),
    softmax: method(['input', 'dim'], (_ctx, [input, dim]) =>
      wrap(engine(() => E.softmax(tensorOf(input, 'input'), asIndex(dim)))),
    ),
    log_softmax: method(['input', 'dim'], (_ctx, [input, dim]) =>
      wrap(engine(() => E.logSoftmax(tensorOf(input, 'input'), asIndex(dim)))),
    ),
    dropout: method(['input', 'p?', 'training?', 'inplace?'], (_ctx, [input, p, training]) =>
      wrap(engine(() => E.dropout(tensorOf(input, 'input'), numberOr(p, 0.5), flag(training, true)))),
    ),
    linear: method(['input', 'weight', 'bias?'], (_ctx, [input, weight, bias]) =>
      wrap(engine(() => E.linear(tensorOf(input, 'input'), tensorOf(weight, 'weight'), given(bias) ? tensorOf(bias, 'bias') : null))),
    ),
    embedding: method(
      ['input', 'weight', 'padding_idx?', 'max_norm?', 'norm_type?', 'scale_grad_by_freq?', 'sparse?'],
      (_ctx, [input, weight, paddingIdx, maxNorm, , scaleGradByFreq, sparse]) => {
        if (given(maxNorm) || flag(scaleGradByFreq, false) || flag(sparse, false)) {
          throw pyError(PyExc.NotImplementedError, 'F.embedding with max_norm, scale_grad_by_freq or sparse is not supported in Tandem');
        }
        const table = tensorOf(weight, 'weight');
        const padding = table.ndim === 0 ? null : paddingIdxOf(paddingIdx, table.shape[0]);
        return wrap(engine(() => E.embedding(table, tensorOf(input, 'input'), padding)));
      },
    ),
    batch_norm: method(
      ['input', 'running_mean', 'running_var', 'weight?', 'bias?', 'training?', 'momentum?', 'eps?'],
      (_ctx, [input, runningMean, runningVar, weight, bias, training, momentum, eps]) => {
        const optional = (obj: PyObject | undefined, what: string) => (given(obj) ? tensorOf(obj, what) : null);
        return wrap(
          engine(() =>
            E.batchNorm(
              tensorOf(input, 'input'),
              optional(runningMean, 'running_mean'),
              optional(runningVar, 'running_var'),
              optional(weight, 'weight'),
              optional(bias, 'bias'),
              flag(training, false),
              numberOr(momentum, 0.1),
              numberOr(eps, 1e-5),
            ),
          ),
        );
      },
    ),
    conv2d: conv2dFunction,
    max_pool2d: method(
      ['input', 'kernel_size', 'stride?', 'padding?', 'dilation?', 'ceil_mode?', 'return_indices?'],
      (_ctx, [input, kernelSize, stride, padding, dilation, ceilMode, returnIndices]) => {
        const args = [tensorOf(input, 'input'), asSize2(kernelSize), optionalSize2(stride), size2Or(padding, 0), size2Or(dilation, 1), flag(ceilMode, false)] as const;
        if (!flag(returnIndices, false)) return wrap(engine(() => E.maxPool2d(...args)));
        const { values, indices } = engine(() => E.maxPool2dWithIndices(...args));
        return pyTuple([wrap(values), wrap(indices)]);
      },
    ),
    avg_pool2d: method(
      ['input', 'kernel_size', 'stride?', 'padding?', 'ceil_mode?', 'count_include_pad?', 'divisor_override?'],
      (_ctx, [input, kernelSize, stride, padding, ceilMode, countIncludePad, divisorOverride]) =>
        wrap(
          engine(() =>
            E.avgPool2d(
              tensorOf(input, 'input'),
              asSize2(kernelSize),
              optionalSize2(stride),
              size2Or(padding, 0),
              flag(ceilMode, false),
              flag(countIncludePad, true),
              given(divisorOverride) ? asIndex(divisorOverride) : null,
            ),
          ),
        ),
    ),
    /** one_hot(labels, num_classes=-1): int64 rows with a 1 at each label; -1 means max label + 1. */
    one_hot: method(['tensor', 'num_classes?'], async (_ctx, [tensor, numClasses]) => {
      const t = tensorOf(tensor, 'tensor');
      if (t.dtype !== 'int64') throw pyError(PyExc.RuntimeError, 'one_hot is only applicable to index tensor.');
      const labels = Array.from(await t.data());
      const classes = indexOr(numClasses, -1) === -1 ? maxOf(labels, -1) + 1 : indexOr(numClasses, -1);
      if (labels.some((v) => v < 0)) throw pyError(PyExc.RuntimeError, 'Class values must be non-negative.');
      if (labels.some((v) => v >= classes)) throw pyError(PyExc.RuntimeError, 'Class values must be smaller than num_classes.');
      return wrap(engine(() => E.to(E.eq(E.unsqueeze(t, -1), E.arange(0, classes, 1, 'int64')), 'int64')));
    }),
    mse_loss: lossFn(E.mseLoss),
    l1_loss: lossFn(E.l1Loss),
    binary_cross_entropy: lossFn(E.binaryCrossEntropy),
    binary_cross_entropy_with_logits: method(
      ['input', 'target', 'weight?', '*', 'reduction?', 'pos_weight?'],
      (_ctx, [input, target, , , r, posWeight]) =>
        wrap(
          engine(() =>
            E.binaryCrossEntropyWithLogits(
              tensorOf(input, 'input'),
              tensorOf(target, 'target'),
              reduction(r),
              given(posWeight) ? tensorOf(posWeight, 'pos_weight') : null,
            ),
          ),
        ),
    ),
    smooth_l1_loss: method(['input', 'target', '*', 'reduction?', 'beta?'], (_ctx, [input, target, , r, beta]) =>
      wrap(engine(() => E.smoothL1Loss(tensorOf(input, 'input'), tensorOf(target, 'target'), reduction(r), numberOr(beta, 1)))),
    ),
    cross_entropy: method(
      ['input', 'target', 'weight?', '*', 'ignore_index?', 'reduction?', 'label_smoothing?'],
      (_ctx, [input, target, , , ignore, r, smoothing]) =>
        wrap(
          engine(() =>
            E.crossEntropy(tensorOf(input, 'input'), tensorOf(target, 'target'), reduction(r), indexOr(ignore, -100), numberOr(smoothing, 0)),
          ),
        ),
    ),
    nll_loss: method(['input', 'target', 'weight?', '*', 'ignore_index?', 'reduction?'], (_ctx, [input, target, weight, , ignore, r]) =>
      wrap(
        engine(() =>
          E.nllLoss(
            tensorOf(input, 'input'),
            tensorOf(target, 'target'),
            reduction(r),
            indexOr(ignore, -100),
            given(weight) ? tensorOf(weight, 'weight') : null,
          ),
        ),
      ),
    ),
  });
}
