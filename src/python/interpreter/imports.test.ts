// Import errors for modules and names outside Tandem: CPython's message first, then whether the real library
// has it, or which libraries Tandem runs. The exception types stay CPython's, so `except ImportError` works.

import { describe, expect, it } from 'vitest';
import { registry } from '../modules/index.ts';
import { runSnippet } from '../testing/runSnippet.ts';

const run = (code: string) => runSnippet(code, registry);
const errorOf = async (code: string) => (await run(code)).error;

describe('import of a module Tandem lacks', () => {
  it('says which library has a missing submodule', async () => {
    expect(await errorOf('import torch.fft')).toBe(
      "ModuleNotFoundError: No module named 'torch.fft' (PyTorch has torch.fft; Tandem does not support it yet)",
    );
    expect(await errorOf('from sklearn.model_selection import train_test_split')).toBe(
      "ModuleNotFoundError: No module named 'sklearn.model_selection' (scikit-learn has sklearn.model_selection; Tandem does not support it yet)",
    );
    expect(await errorOf('from tensorflow.keras.datasets import mnist')).toBe(
      "ModuleNotFoundError: No module named 'tensorflow.keras.datasets' (Keras has keras.datasets; Tandem does not support it yet)",
    );
  });

  it('names the libraries Tandem runs when a learner imports another package', async () => {
    expect(await errorOf('import torchvision')).toBe(
      "ModuleNotFoundError: No module named 'torchvision' (Tandem runs torch, tensorflow.keras, numpy and matplotlib.pyplot in the browser; torchvision is not available)",
    );
    expect(await errorOf('import pandas as pd')).toBe(
      "ModuleNotFoundError: No module named 'pandas' (Tandem runs torch, tensorflow.keras, numpy and matplotlib.pyplot in the browser; pandas is not available)",
    );
  });

  it('says a standard-library module is not supported yet', async () => {
    expect(await errorOf('import os')).toBe(
      "ModuleNotFoundError: No module named 'os' (Python's standard library has os; Tandem does not support it yet)",
    );
  });

  it("keeps CPython's message for a module no one has", async () => {
    expect(await errorOf('import torchvision_extras.models as m')).toBe("ModuleNotFoundError: No module named 'torchvision_extras'");
    expect(await errorOf('import torch.vision')).toBe("ModuleNotFoundError: No module named 'torch.vision'");
    expect(await errorOf('import requests')).toBe("ModuleNotFoundError: No module named 'requests'");
  });
});

describe('from-import of a name Tandem lacks', () => {
  it("says the library has it, after CPython's ImportError text", async () => {
    expect(await errorOf('from torch import stft')).toBe(
      "ImportError: cannot import name 'stft' from 'torch' (unknown location) (PyTorch has torch.stft; Tandem does not support it yet)",
    );
    expect(await errorOf('from torch.nn import LSTM')).toBe(
      "ImportError: cannot import name 'LSTM' from 'torch.nn' (unknown location) (PyTorch has torch.nn.LSTM; Tandem does not support it yet)",
    );
    expect(await errorOf('from tensorflow.keras.layers import LSTM')).toBe(
      "ImportError: cannot import name 'LSTM' from 'tensorflow.keras.layers' (unknown location) (Keras has keras.layers.LSTM; Tandem does not support it yet)",
    );
    expect(await errorOf('from tensorflow.keras import datasets')).toBe(
      "ImportError: cannot import name 'datasets' from 'tensorflow.keras' (unknown location) (Keras has keras.datasets; Tandem does not support it yet)",
    );
  });

  it("keeps CPython's text for a name no library has", async () => {
    expect(await errorOf('from torch import stfft')).toBe("ImportError: cannot import name 'stfft' from 'torch' (unknown location)");
  });
});

describe('code that guards an import', () => {
  it('still catches ImportError and ModuleNotFoundError, with the module name', async () => {
    const code = [
      'try:',
      '    import pandas',
      'except ImportError as e:',
      '    print(type(e).__name__, e.name)',
      'try:',
      '    from torch import stft',
      'except ImportError:',
      '    print("no stft")',
      'try:',
      '    import torch.fft',
      'except ModuleNotFoundError as e:',
      '    print(e.name)',
    ].join('\n');
    const result = await run(code);
    expect(result.error).toBe(null);
    expect(result.stdout).toBe('ModuleNotFoundError pandas\nno stft\ntorch.fft\n');
  });
});
