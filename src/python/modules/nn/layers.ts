// The built-in layers and losses of torch.nn, each a Python class over its engine module: the constructor takes
// PyTorch's arguments, forward calls the engine. Containers (Sequential, ModuleList) call their children through
// Python, since a child may be a learner's own nn.Module whose forward is Python code.

import { nn, type Reduction } from '../../../engine/index.ts';
import { None } from '../../objects/constants.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { pyBool, pyInt } from '../../objects/int.ts';
import type { PyObject, PyType } from '../../objects/object.ts';
import { pyList } from '../../objects/list.ts';
import { pyStr } from '../../objects/str.ts';
import { pyTuple } from '../../objects/tuple.ts';
import { callObject } from '../../runtime/call.ts';
import { asIndex, asString, given, sliceBounds, sliceIndices } from '../../runtime/convert.ts';
import { PySlice } from '../../objects/slice.ts';
import { getIterator, toArray } from '../../runtime/iteration.ts';
import { classMethod, defineClass, getter, method, nativeFunction, type BoundParams } from '../../runtime/native.ts';
import { engine } from '../engineErrors.ts';
import { flag, indexOr, numberOr, optionalNumber } from '../torch/args.ts';
import { tensorOf, wrap } from '../torch/pyTensor.ts';
import { moduleOf, moduleType, PyNNModule, pyModuleOf } from './pyModule.ts';
import { convPadding, optionalSize2, size2Or, asSize2 } from './windowArgs.ts';
import { paddingIdxOf } from './embeddingArgs.ts';

/** A native layer class: `params` are its constructor's, `build` makes the engine module. */
function layerClass<const Ps extends readonly string[]>(
  name: string,
  params: Ps,
  build: (args: BoundParams<Ps>) => nn.Module,
  members: Record<string, PyObject> = unaryForward,
): PyType {
  const type: PyType = defineClass({
    name,
    module: 'torch.nn',
    bases: [moduleType],
    params,
    construct: async (ctx, cls, args, kwargs) => {
      const made = await make.impl(ctx, args, kwargs);
      made.type = cls;
      return made;
    },
    members,
  });
  const make = nativeFunction(name, params, (_ctx, args) => new PyNNModule(type, engine(() => build(args)), true));
  return type;
}

const unaryForward: Record<string, PyObject> = {
  forward: method(['self', 'input'], (_ctx, [self, input]) =>
    wrap(engine(() => moduleOf(self).forward(tensorOf(input, 'input')))),
  ),
};

const lossForward: Record<string, PyObject> = {
  forward: method(['self', 'input', 'target'], (_ctx, [self, input, target]) =>
    wrap(engine(() => moduleOf(self).forward(tensorOf(input, 'input'), tensorOf(target, 'target')))),
  ),
};

function reduction(obj: PyObject | undefined): Reduction {
  const r = given(obj) ? asString(obj, 'reduction') : 'mean';
  if (r !== 'mean' && r !== 'sum' && r !== 'none') throw pyError(PyExc.ValueError, `${r} is not a valid value for reduction`);
  return r;
}

const optionalDim = (obj: PyObject | undefined) => (given(obj) ? asIndex(obj) : null);

/** The children of a container, as the Python objects that were put in. */
function childrenOf(self: PyObject | undefined): PyNNModule[] {
  return [...moduleOf(self)._modules.values()].filter((m) => m !== null).map((m) => pyModuleOf(m!));
}

const containerMembers: Record<string, PyObject> = {
  __len__: method(['self'], (_ctx, [self]) => pyInt(childrenOf(self).length)),
  __iter__: method(['self'], (ctx, [self]) => getIterator(ctx, pyList(childrenOf(self)))),
  __getitem__: method(['self', 'index'], (_ctx, [self, index]) => {
    const children = childrenOf(self);
    if (index instanceof PySlice) return sliceOf(self!, index);
    const i = asIndex(index);
    const at = i < 0 ? i + children.length : i;
    if (at < 0 || at >= children.length) throw pyError(PyExc.IndexError, `index ${i} is out of range`);
    return children[at]!;
  }),
  append: method(['self', 'module'], (_ctx, [self, module]) => {
    const m = moduleOf(self);
    m.addModule(String(m._modules.size), moduleOf(module, 'module'));
    return self;
  }),
};

/**
 * container[a:b]: a new container of the same class over the same modules; a Sequential keeps their names
 * ('1', '2'), a ModuleList numbers them afresh, as PyTorch's __getitem__ does.
 */
function sliceOf(self: PyObject, slice: PySlice): PyNNModule {
  const entries = [...moduleOf(self)._modules].filter((e): e is [string, nn.Module] => e[1] !== null);
  const picked = sliceIndices(sliceBounds(slice, entries.length)).map((i) => entries[i]!);
  const module = moduleOf(self) instanceof nn.Sequential ? new nn.Sequential(new Map(picked)) : new nn.ModuleList(picked.map(([, m]) => m));
  return new PyNNModule(self.type, module, true);
}

const PADDING_MODES = ['zeros', 'reflect', 'replicate', 'circular'] as const;

function paddingModeOf(obj: PyObject | undefined): nn.PaddingMode {
  const mode = given(obj) ? asString(obj, 'padding_mode') : 'zeros';
  const known = PADDING_MODES.find((m) => m === mode);
  if (known === undefined) {
    throw pyError(PyExc.ValueError, `padding_mode must be one of {'zeros', 'reflect', 'replicate', 'circular'}, but got padding_mode='${mode}'`);
  }
  return known;
}

const convOf = (self: PyObject | undefined): nn.Conv2d => moduleOf(self) as nn.Conv2d;

/** A module's (h, w) hyperparameter as the tuple PyTorch stores. */
const pairValue = (p: readonly number[]): PyObject => pyTuple(p.map((v) => pyInt(v)));

/** A pooling hyperparameter as given: an int stays an int, a pair is a tuple. */
const sizeValue = (size: number | readonly number[]): PyObject => (typeof size === 'number' ? pyInt(size) : pairValue(size));

const poolMembers: Record<string, PyObject> = {
  kernel_size: getter((_ctx, self) => sizeValue((moduleOf(self) as nn.MaxPool2d | nn.AvgPool2d).kernelSize)),
  stride: getter((_ctx, self) => sizeValue((moduleOf(self) as nn.MaxPool2d | nn.AvgPool2d).stride)),
  padding: getter((_ctx, self) => sizeValue((moduleOf(self) as nn.MaxPool2d | nn.AvgPool2d).padding)),
};

const modulesFrom = (items: readonly PyObject[]) => items.map((m) => moduleOf(m, 'module'));

export function layerClasses(): Record<string, PyType> {
  return {
    Module: moduleType,
    Linear: layerClass(
      'Linear',
      ['in_features', 'out_features', 'bias?', 'device?', 'dtype?'],
      ([inFeatures, outFeatures, bias]) => new nn.Linear(asIndex(inFeatures), asIndex(outFeatures), flag(bias, true)),
      {
        ...unaryForward,
        in_features: getter((_ctx, self) => pyInt((moduleOf(self) as nn.Linear).inFeatures)),
        out_features: getter((_ctx, self) => pyInt((moduleOf(self) as nn.Linear).outFeatures)),
      },
    ),
    Identity: layerClass('Identity', ['*args', '**kwargs'], () => new nn.Identity()),
    ReLU: layerClass('ReLU', ['inplace?'], ([inplace]) => new nn.ReLU(flag(inplace, false))),
    Sigmoid: layerClass('Sigmoid', [], () => new nn.Sigmoid()),
    Tanh: layerClass('Tanh', [], () => new nn.Tanh()),
    SiLU: layerClass('SiLU', ['inplace?'], () => new nn.SiLU()),
    GELU: layerClass('GELU', ['approximate?'], ([approximate]) => {
      const a = given(approximate) ? asString(approximate, 'approximate') : 'none';
      if (a !== 'none' && a !== 'tanh') throw pyError(PyExc.ValueError, `approximate argument must be either none or tanh.`);
      return new nn.GELU(a);
    }),
    Softmax: layerClass('Softmax', ['dim?'], ([dim]) => new nn.Softmax(optionalDim(dim))),
    LogSoftmax: layerClass('LogSoftmax', ['dim?'], ([dim]) => new nn.LogSoftmax(optionalDim(dim))),
    LeakyReLU: layerClass(
      'LeakyReLU',
      ['negative_slope?', 'inplace?'],
      ([slope, inplace]) => new nn.LeakyReLU(numberOr(slope, 0.01), flag(inplace, false)),
    ),
    ELU: layerClass('ELU', ['alpha?', 'inplace?'], ([alpha, inplace]) => new nn.ELU(numberOr(alpha, 1), flag(inplace, false))),
    Softplus: layerClass('Softplus', ['beta?', 'threshold?'], ([beta, threshold]) =>
      new nn.Softplus(numberOr(beta, 1), numberOr(threshold, 20)),
    ),
    Hardtanh: layerClass('Hardtanh', ['min_val?', 'max_val?'], ([min, max]) =>
      new nn.Hardtanh(numberOr(min, -1), numberOr(max, 1)),
    ),
    ReLU6: layerClass('ReLU6', ['inplace?'], () => new nn.ReLU6()),
    Dropout: layerClass('Dropout', ['p?', 'inplace?'], ([p, inplace]) => {
      const rate = numberOr(p, 0.5);
      if (rate < 0 || rate > 1) throw pyError(PyExc.ValueError, `dropout probability has to be between 0 and 1, but got ${rate}`);
      return new nn.Dropout(rate, flag(inplace, false));
    }),
    ...batchNormClasses(),
    Flatten: layerClass('Flatten', ['start_dim?', 'end_dim?'], ([start, end]) => new nn.Flatten(indexOr(start, 1), indexOr(end, -1))),
    Embedding: layerClass(
      'Embedding',
      ['num_embeddings', 'embedding_dim', 'padding_idx?', 'max_norm?', 'norm_type?', 'scale_grad_by_freq?', 'sparse?', '_weight?', '_freeze?', 'device?', 'dtype?'],
      ([num, dim, paddingIdx, maxNorm, , scaleGradByFreq, sparse, weight, freeze]) => {
        const rows = asIndex(num);
        const padding = paddingIdxOf(paddingIdx, rows);
        const pretrained = given(weight) ? { weight: tensorOf(weight, '_weight'), freeze: flag(freeze, false) } : null;
        return new nn.Embedding(rows, asIndex(dim), padding, optionalNumber(maxNorm), flag(scaleGradByFreq, false), flag(sparse, false), undefined, pretrained);
      },
      {
        ...unaryForward,
        num_embeddings: getter((_ctx, self) => pyInt((moduleOf(self) as nn.Embedding).numEmbeddings)),
        embedding_dim: getter((_ctx, self) => pyInt((moduleOf(self) as nn.Embedding).embeddingDim)),
        padding_idx: getter((_ctx, self) => {
          const padding = (moduleOf(self) as nn.Embedding).paddingIdx;
          return padding === null ? None : pyInt(padding);
        }),
        from_pretrained: classMethod(
          method(
            ['cls', 'embeddings', 'freeze?', 'padding_idx?', 'max_norm?', 'norm_type?', 'scale_grad_by_freq?', 'sparse?'],
            (ctx, [cls, embeddings, freeze, paddingIdx, maxNorm, , scaleGradByFreq, sparse]) => {
              const table = tensorOf(embeddings, 'embeddings');
              if (table.ndim !== 2) throw pyError(PyExc.AssertionError, 'Embeddings parameter is expected to be 2-dimensional');
              const kwargs = new Map<string, PyObject>([
                ['padding_idx', paddingIdx ?? None],
                ['max_norm', maxNorm ?? None],
                ['scale_grad_by_freq', scaleGradByFreq ?? None],
                ['sparse', sparse ?? None],
                ['_weight', embeddings],
                ['_freeze', pyBool(flag(freeze, true))],
              ]);
              return callObject(ctx, cls, [pyInt(table.shape[0]), pyInt(table.shape[1])], kwargs);
            },
          ),
        ),
      },
    ),

    Conv2d: layerClass(
      'Conv2d',
      ['in_channels', 'out_channels', 'kernel_size', 'stride?', 'padding?', 'dilation?', 'groups?', 'bias?', 'padding_mode?', 'device?', 'dtype?'],
      ([inChannels, outChannels, kernelSize, stride, padding, dilation, groups, bias, paddingMode]) =>
        new nn.Conv2d(
          asIndex(inChannels),
          asIndex(outChannels),
          asSize2(kernelSize),
          size2Or(stride, 1),
          convPadding(padding, (text) => {
            throw pyError(PyExc.ValueError, `Invalid padding string '${text}', should be one of {'same', 'valid'}`);
          }),
          size2Or(dilation, 1),
          indexOr(groups, 1),
          flag(bias, true),
          paddingModeOf(paddingMode),
        ),
      {
        ...unaryForward,
        in_channels: getter((_ctx, self) => pyInt(convOf(self).inChannels)),
        out_channels: getter((_ctx, self) => pyInt(convOf(self).outChannels)),
        kernel_size: getter((_ctx, self) => pairValue(convOf(self).kernelSize)),
        stride: getter((_ctx, self) => pairValue(convOf(self).stride)),
        padding: getter((_ctx, self) => {
          const p = convOf(self).padding;
          return typeof p === 'string' ? pyStr(p) : pairValue(p);
        }),
        dilation: getter((_ctx, self) => pairValue(convOf(self).dilation)),
        groups: getter((_ctx, self) => pyInt(convOf(self).groups)),
      },
    ),
    MaxPool2d: layerClass(
      'MaxPool2d',
      ['kernel_size', 'stride?', 'padding?', 'dilation?', 'return_indices?', 'ceil_mode?'],
      ([kernelSize, stride, padding, dilation, returnIndices, ceilMode]) =>
        new nn.MaxPool2d(asSize2(kernelSize), optionalSize2(stride), size2Or(padding, 0), size2Or(dilation, 1), flag(returnIndices, false), flag(ceilMode, false)),
      {
        forward: method(['self', 'input'], (_ctx, [self, input]) => {
          const pool = moduleOf(self) as nn.MaxPool2d;
          const x = tensorOf(input, 'input');
          if (!pool.returnIndices) return wrap(engine(() => pool.forward(x)));
          const { values, indices } = engine(() => pool.forwardWithIndices(x));
          return pyTuple([wrap(values), wrap(indices)]);
        }),
        ...poolMembers,
      },
    ),
    AvgPool2d: layerClass(
      'AvgPool2d',
      ['kernel_size', 'stride?', 'padding?', 'ceil_mode?', 'count_include_pad?', 'divisor_override?'],
      ([kernelSize, stride, padding, ceilMode, countIncludePad, divisorOverride]) =>
        new nn.AvgPool2d(
          asSize2(kernelSize),
          optionalSize2(stride),
          size2Or(padding, 0),
          flag(ceilMode, false),
          flag(countIncludePad, true),
          given(divisorOverride) ? asIndex(divisorOverride) : null,
        ),
      { ...unaryForward, ...poolMembers },
    ),

    MSELoss: layerClass('MSELoss', ['size_average?', 'reduce?', 'reduction?'], ([, , r]) => new nn.MSELoss(reduction(r)), lossForward),
    L1Loss: layerClass('L1Loss', ['size_average?', 'reduce?', 'reduction?'], ([, , r]) => new nn.L1Loss(reduction(r)), lossForward),
    SmoothL1Loss: layerClass(
      'SmoothL1Loss',
      ['size_average?', 'reduce?', 'reduction?', 'beta?'],
      ([, , r, beta]) => new nn.SmoothL1Loss(reduction(r), numberOr(beta, 1)),
      lossForward,
    ),
    HuberLoss: layerClass('HuberLoss', ['reduction?', 'delta?'], ([r, delta]) => new nn.HuberLoss(reduction(r), numberOr(delta, 1)), lossForward),
    BCELoss: layerClass('BCELoss', ['weight?', 'size_average?', 'reduce?', 'reduction?'], ([, , , r]) => new nn.BCELoss(reduction(r)), lossForward),
    BCEWithLogitsLoss: layerClass(
      'BCEWithLogitsLoss',
      ['weight?', 'size_average?', 'reduce?', 'reduction?', 'pos_weight?'],
      ([, , , r, posWeight]) => new nn.BCEWithLogitsLoss(reduction(r), given(posWeight) ? tensorOf(posWeight, 'pos_weight') : null),
      lossForward,
    ),
    CrossEntropyLoss: layerClass(
      'CrossEntropyLoss',
      ['weight?', 'size_average?', 'ignore_index?', 'reduce?', 'reduction?', 'label_smoothing?'],
      ([, , ignore, , r, smoothing]) => new nn.CrossEntropyLoss(reduction(r), indexOr(ignore, -100), numberOr(smoothing, 0)),
      lossForward,
    ),
    NLLLoss: layerClass(
      'NLLLoss',
      ['weight?', 'size_average?', 'ignore_index?', 'reduce?', 'reduction?'],
      ([weight, , ignore, , r]) => new nn.NLLLoss(reduction(r), indexOr(ignore, -100), given(weight) ? tensorOf(weight, 'weight') : null),
      lossForward,
    ),

    Sequential: layerClass('Sequential', ['*modules'], ([modules]) => new nn.Sequential(modulesFrom(modules)), {
      ...containerMembers,
      forward: method(['self', 'input'], async (ctx, [self, input]) => {
        let x = input;
        for (const child of childrenOf(self)) x = await callObject(ctx, child, [x]);
        return x;
      }),
    }),
    ModuleList: defineModuleList(),
  };
}

/** nn.BatchNorm1d and nn.BatchNorm2d; `momentum=None` (a cumulative average) differs from leaving it out (0.1). */
function batchNormClasses(): Record<string, PyType> {
  const params = ['num_features', 'eps?', 'momentum?', 'affine?', 'track_running_stats?', 'device?', 'dtype?'] as const;
  const members = { ...unaryForward, num_features: getter((_ctx, self) => pyInt((moduleOf(self) as nn.BatchNorm1d).numFeatures)) };
  const classOf = (name: 'BatchNorm1d' | 'BatchNorm2d', Kind: typeof nn.BatchNorm1d | typeof nn.BatchNorm2d): PyType =>
    layerClass(name, params, ([features, eps, momentum, affine, track]) =>
      new Kind(asIndex(features), numberOr(eps, 1e-5), momentum === None ? null : numberOr(momentum, 0.1), flag(affine, true), flag(track, true)),
      members,
    );
  return { BatchNorm1d: classOf('BatchNorm1d', nn.BatchNorm1d), BatchNorm2d: classOf('BatchNorm2d', nn.BatchNorm2d) };
}

function defineModuleList(): PyType {
  const type: PyType = defineClass({
    name: 'ModuleList',
    module: 'torch.nn',
    bases: [moduleType],
    construct: async (ctx, cls, args) => {
      const items = args[0] === undefined || args[0] === None ? [] : await toArray(ctx, args[0]);
      return new PyNNModule(cls, new nn.ModuleList(modulesFrom(items)), true);
    },
    members: {
      ...containerMembers,
      extend: method(['self', 'modules'], async (ctx, [self, modules]) => {
        const m = moduleOf(self);
        for (const item of await toArray(ctx, modules)) m.addModule(String(m._modules.size), moduleOf(item, 'module'));
        return self;
      }),
    },
  });
  return type;
}
