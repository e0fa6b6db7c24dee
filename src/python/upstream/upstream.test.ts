// The upstream name lists: which names PyTorch, NumPy, Keras, TensorFlow, scikit-learn and the standard
// library really have, so that a missing name can be told apart from a typo.

import { describe, expect, it } from 'vitest';
import names from './names.json';
import {
  canonicalOwner,
  isStdlibModule,
  isThirdPartyModule,
  isUpstreamSubmodule,
  libraryOf,
  upstreamHas,
} from './upstream.ts';

describe('upstreamHas', () => {
  it('knows module functions and classes of the installed libraries', () => {
    expect(upstreamHas('torch', 'stft')).toBe(true);
    expect(upstreamHas('torch.nn', 'LSTM')).toBe(true);
    expect(upstreamHas('torch.nn.functional', 'conv1d')).toBe(true);
    expect(upstreamHas('torch.optim', 'LBFGS')).toBe(true);
    expect(upstreamHas('numpy', 'fft')).toBe(true);
    expect(upstreamHas('numpy.linalg', 'svd')).toBe(true);
    expect(upstreamHas('matplotlib.pyplot', 'hist2d')).toBe(true);
  });

  it('knows the attributes of instances: tensors, arrays, modules, optimizers', () => {
    expect(upstreamHas('torch.Tensor', 'to_sparse')).toBe(true);
    expect(upstreamHas('torch.nn.Module', 'half')).toBe(true);
    expect(upstreamHas('torch.optim.Optimizer', 'add_param_group')).toBe(true);
    expect(upstreamHas('numpy.ndarray', 'tobytes')).toBe(true);
  });

  it('knows the hand-written Keras and TensorFlow names, tf.keras being keras', () => {
    expect(upstreamHas('keras.layers', 'LSTM')).toBe(true);
    expect(upstreamHas('tensorflow.keras.layers', 'Conv2D')).toBe(true);
    expect(upstreamHas('keras.callbacks', 'ModelCheckpoint')).toBe(true);
    expect(upstreamHas('keras.Model', 'save_weights')).toBe(true);
    expect(upstreamHas('tensorflow', 'reduce_mean')).toBe(true);
    expect(upstreamHas('tensorflow.Tensor', 'numpy')).toBe(true);
  });

  it('counts an importable submodule as an attribute of its package', () => {
    expect(upstreamHas('torch.utils', 'tensorboard')).toBe(true);
    expect(upstreamHas('tensorflow.keras', 'datasets')).toBe(true);
  });

  it('says no to typos, private names and unknown owners', () => {
    expect(upstreamHas('torch', 'stfft')).toBe(false);
    expect(upstreamHas('torch.Tensor', 'to_sparce')).toBe(false);
    expect(upstreamHas('torch', '_C')).toBe(false);
    expect(upstreamHas('torch.Tensor', '__matmul__')).toBe(false);
    expect(upstreamHas('mylib', 'stft')).toBe(false);
  });
});

describe('modules', () => {
  it('lists the real submodules of the libraries', () => {
    expect(isUpstreamSubmodule('torch.fft')).toBe(true);
    expect(isUpstreamSubmodule('torch.utils.tensorboard')).toBe(true);
    expect(isUpstreamSubmodule('numpy.fft')).toBe(true);
    expect(isUpstreamSubmodule('sklearn.model_selection')).toBe(true);
    expect(isUpstreamSubmodule('tensorflow.keras.datasets')).toBe(true);
    expect(isUpstreamSubmodule('tensorflow.data')).toBe(true);
    expect(isUpstreamSubmodule('torch.vision')).toBe(false);
    expect(isUpstreamSubmodule('numpy.tests')).toBe(false);
  });

  it('tells the standard library from other packages learners import', () => {
    expect(isStdlibModule('os')).toBe(true);
    expect(isStdlibModule('pandas')).toBe(false);
    expect(isThirdPartyModule('pandas')).toBe(true);
    expect(isThirdPartyModule('torchvision')).toBe(true);
    expect(isThirdPartyModule('requests')).toBe(false);
  });
});

describe('names', () => {
  it('names libraries as learners do', () => {
    expect(libraryOf('torch.nn')).toBe('PyTorch');
    expect(libraryOf('numpy.ndarray')).toBe('NumPy');
    expect(libraryOf('tensorflow.keras.layers')).toBe('Keras');
    expect(libraryOf('tensorflow')).toBe('TensorFlow');
    expect(libraryOf('sklearn.datasets')).toBe('scikit-learn');
    expect(libraryOf('random')).toBe("Python's standard library");
  });

  it('maps tf.keras onto keras and leaves other names alone', () => {
    expect(canonicalOwner('tensorflow.keras')).toBe('keras');
    expect(canonicalOwner('tensorflow.keras.layers')).toBe('keras.layers');
    expect(canonicalOwner('tensorflow.math')).toBe('tensorflow.math');
  });

  it('keeps every list in names.json sorted, unique and public', () => {
    const lists = [...Object.values(names.attributes), names.submodules, names.stdlib, names.thirdParty];
    for (const list of lists) {
      expect(list).toEqual([...new Set(list)].sort());
      expect(list.filter((n) => n.startsWith('_'))).toEqual([]);
    }
  });
});
