// AttributeError for names the real library has but Tandem lacks: CPython's message first, then a note that
// it is a feature not supported yet. A real typo keeps CPython's message (and its "Did you mean").

import { describe, expect, it } from 'vitest';
import { registry } from '../modules/index.ts';
import { runSnippet } from '../testing/runSnippet.ts';

const run = (code: string) => runSnippet(code, registry);
const errorOf = async (code: string) => (await run(code)).error;

describe('a name the real library has', () => {
  it('on a module says PyTorch or NumPy has it', async () => {
    expect(await errorOf('import torch\ntorch.stft')).toBe(
      "AttributeError: module 'torch' has no attribute 'stft' (PyTorch has torch.stft; Tandem does not support it yet)",
    );
    expect(await errorOf('import torch.nn as nn\nnn.LSTM(4, 8)')).toBe(
      "AttributeError: module 'torch.nn' has no attribute 'LSTM' (PyTorch has torch.nn.LSTM; Tandem does not support it yet)",
    );
    expect(await errorOf('import numpy as np\nnp.fft.fft([1.0])')).toBe(
      "AttributeError: module 'numpy' has no attribute 'fft' (NumPy has numpy.fft; Tandem does not support it yet)",
    );
  });

  it('on a tensor, a Parameter or an array names the upstream class', async () => {
    expect(await errorOf('import torch\ntorch.zeros(2).to_sparse()')).toBe(
      "AttributeError: 'Tensor' object has no attribute 'to_sparse' (PyTorch has Tensor.to_sparse; Tandem does not support it yet)",
    );
    expect(await errorOf('import torch\nimport torch.nn as nn\nnn.Parameter(torch.zeros(2)).to_sparse()')).toBe(
      "AttributeError: 'Parameter' object has no attribute 'to_sparse' (PyTorch has Tensor.to_sparse; Tandem does not support it yet)",
    );
    expect(await errorOf('import torch\ntorch.Tensor.to_sparse')).toBe(
      "AttributeError: type object 'Tensor' has no attribute 'to_sparse' (PyTorch has Tensor.to_sparse; Tandem does not support it yet)",
    );
    expect(await errorOf('import numpy as np\nnp.zeros(3).tobytes()')).toBe(
      "AttributeError: 'ndarray' object has no attribute 'tobytes' (NumPy has ndarray.tobytes; Tandem does not support it yet)",
    );
  });

  it("on a learner's nn.Module subclass names nn.Module", async () => {
    const code = [
      'import torch.nn as nn',
      'class Net(nn.Module):',
      '    def __init__(self):',
      '        super().__init__()',
      '        self.fc = nn.Linear(2, 1)',
      'Net().half()',
    ].join('\n');
    expect(await errorOf(code)).toBe(
      "AttributeError: 'Net' object has no attribute 'half' (PyTorch has nn.Module.half; Tandem does not support it yet)",
    );
  });

  it('on an optimizer names optim.Optimizer', async () => {
    const code = 'import torch\nw = torch.zeros(1, requires_grad=True)\ntorch.optim.SGD([w], lr=0.1).state_dict';
    expect(await errorOf(code)).toBe(
      "AttributeError: 'SGD' object has no attribute 'state_dict' (PyTorch has optim.Optimizer.state_dict; Tandem does not support it yet)",
    );
  });

  it('on Keras and TensorFlow objects says Keras or TensorFlow has it, tf.keras being keras', async () => {
    expect(await errorOf('import tensorflow as tf\ntf.keras.layers.LSTM(8)')).toBe(
      "AttributeError: module 'keras.layers' has no attribute 'LSTM' (Keras has keras.layers.LSTM; Tandem does not support it yet)",
    );
    expect(await errorOf('from tensorflow import keras\nkeras.Sequential().export')).toBe(
      "AttributeError: 'Sequential' object has no attribute 'export' (Keras has Model.export; Tandem does not support it yet)",
    );
    expect(await errorOf('from tensorflow import keras\nkeras.layers.Dense(2).add_metric')).toBe(
      "AttributeError: 'Dense' object has no attribute 'add_metric' (Keras has Layer.add_metric; Tandem does not support it yet)",
    );
    expect(await errorOf('import tensorflow as tf\ntf.constant([1.0]).consumers()')).toBe(
      "AttributeError: 'EagerTensor' object has no attribute 'consumers' (TensorFlow has tf.Tensor.consumers; Tandem does not support it yet)",
    );
  });

  it('leaves out the "Did you mean" of a close name: the learner meant the real one', async () => {
    expect(await errorOf('import torch\ntorch.optim.Adamax')).toBe(
      "AttributeError: module 'torch.optim' has no attribute 'Adamax' (PyTorch has torch.optim.Adamax; Tandem does not support it yet)",
    );
  });
});

describe('a name no library has', () => {
  it("keeps CPython's message, with its suggestion", async () => {
    expect(await errorOf('import torch\ntorch.stfft')).toBe("AttributeError: module 'torch' has no attribute 'stfft'");
    expect(await errorOf('import torch\ntorch.zeros(2).sumx()')).toBe(
      "AttributeError: 'Tensor' object has no attribute 'sumx'. Did you mean: 'sum'?",
    );
    expect(await errorOf('import math\nmath.squareroot(4)')).toBe("AttributeError: module 'math' has no attribute 'squareroot'");
    expect(await errorOf('[].apend(1)')).toBe("AttributeError: 'list' object has no attribute 'apend'. Did you mean: 'append'?");
  });

  it("leaves a learner's own attribute typo alone, even on an nn.Module", async () => {
    const code = [
      'import torch.nn as nn',
      'class Net(nn.Module):',
      '    def __init__(self):',
      '        super().__init__()',
      '        self.fc1 = nn.Linear(2, 1)',
      'Net().output_layer',
    ].join('\n');
    expect(await errorOf(code)).toBe("AttributeError: 'Net' object has no attribute 'output_layer'");
  });

  it("leaves a learner's own class alone when it shares a name with an upstream class", async () => {
    expect(await errorOf('class Tensor:\n    pass\nTensor().to_sparse')).toBe(
      "AttributeError: 'Tensor' object has no attribute 'to_sparse'",
    );
  });
});

describe('code that probes for a name', () => {
  it('still sees an AttributeError: hasattr, getattr with a default, except AttributeError', async () => {
    const code = [
      'import torch',
      'print(hasattr(torch, "stft"), hasattr(torch.zeros(1), "to_sparse"))',
      'print(getattr(torch, "stft", None))',
      'try:',
      '    torch.stft',
      'except AttributeError as e:',
      '    print(e.name, e.obj is torch)',
    ].join('\n');
    const result = await run(code);
    expect(result.error).toBe(null);
    expect(result.stdout).toBe('False False\nNone\nstft True\n');
  });
});
