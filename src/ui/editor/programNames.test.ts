import { beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../python/modules/index.ts';
import { membersOf, programBindings, resolve } from './programNames.ts';
import { supportedNames, type NameTable } from './pythonNames.ts';

let table: NameTable;
beforeAll(async () => {
  table = await supportedNames(registry);
});

const program = `import torch
import torch.nn as nn
import numpy as np, matplotlib.pyplot as plt
from torch import optim
from tensorflow.keras import layers as L  # Keras layers
import tensorflow as tf

model = tf.keras.Sequential([L.Dense(1)])
net = nn.Linear(1, 1)
`;

describe('the names a program binds', () => {
  it('follows imports, aliases and from-imports to the modules they name', () => {
    const bindings = programBindings(program, table);
    expect(bindings.get('torch')).toEqual({ kind: 'path', path: 'torch' });
    expect(bindings.get('nn')).toEqual({ kind: 'path', path: 'torch.nn' });
    expect(bindings.get('np')).toEqual({ kind: 'path', path: 'numpy' });
    expect(bindings.get('plt')).toEqual({ kind: 'path', path: 'matplotlib.pyplot' });
    expect(bindings.get('optim')).toEqual({ kind: 'path', path: 'torch.optim' });
    expect(bindings.get('L')).toEqual({ kind: 'path', path: 'tensorflow.keras.layers' });
  });

  it('knows what a class call assigned: model is a Sequential, net a Linear', () => {
    const bindings = programBindings(program, table);
    expect(bindings.get('model')).toEqual({ kind: 'instance', classPath: 'tensorflow.keras.Sequential' });
    expect(bindings.get('net')).toEqual({ kind: 'instance', classPath: 'torch.nn.Linear' });
  });

  it('resolves dotted expressions through the bindings, and nothing it does not know', () => {
    const bindings = programBindings(program, table);
    expect(resolve('nn.Linear', bindings, table)).toEqual({ kind: 'path', path: 'torch.nn.Linear' });
    expect(resolve('model.fit', bindings, table)).toEqual({ kind: 'path', path: 'tensorflow.keras.Sequential.fit' });
    expect(resolve('nn.LSTM', bindings, table)).toBeNull();
    expect(resolve('pandas.DataFrame', bindings, table)).toBeNull();
  });

  it('offers an instance its class’s methods', () => {
    const bindings = programBindings(program, table);
    const names = membersOf(resolve('model', bindings, table), table).map((name) => name.path.split('.').at(-1));
    expect(names).toEqual(expect.arrayContaining(['compile', 'fit', 'predict', 'evaluate']));
  });
});
