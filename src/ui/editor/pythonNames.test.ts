import { describe, expect, it } from 'vitest';
import { registry } from '../../python/modules/index.ts';
import { docsFor, supportedNames } from './pythonNames.ts';

describe('the supported Python names, read from the modules', () => {
  it('finds the classes, functions and submodules a lesson uses, with what each one is', async () => {
    const { names } = await supportedNames(registry);
    expect(names.get('torch.nn.Linear')).toMatchObject({ kind: 'class', detail: 'class torch.nn.Linear(Module)' });
    expect(names.get('torch.manual_seed')).toMatchObject({ kind: 'function', detail: 'function torch.manual_seed(seed)' });
    expect(names.get('torch.nn')).toMatchObject({ kind: 'module' });
    expect(names.get('torch.optim.SGD')).toMatchObject({ kind: 'class' });
    expect(names.get('numpy.array')).toMatchObject({ kind: 'function' });
    expect(names.get('tensorflow.keras.layers.Dense')).toMatchObject({ kind: 'class' });
    expect(names.get('keras.Sequential.fit')).toMatchObject({ kind: 'method' });
    expect(names.get('matplotlib.pyplot.plot')).toMatchObject({ kind: 'function' });
    expect(names.get('torch.float32')).toMatchObject({ kind: 'value', detail: 'torch.float32: torch.dtype' });
  });

  it('gives each function, method and layer the parameters its module declares', async () => {
    const { names } = await supportedNames(registry);
    expect(names.get('torch.nn.Linear')?.signature).toBe('torch.nn.Linear(in_features, out_features, bias=…, device=…, dtype=…)');
    expect(names.get('tensorflow.keras.layers.Dense')?.signature).toMatch(/^tensorflow\.keras\.layers\.Dense\(units, activation=…/);
    // A method leaves out self; optional parameters show their default as …
    expect(names.get('torch.Tensor.backward')?.detail).toBe('method torch.Tensor.backward(gradient=…, retain_graph=…, create_graph=…)');
    expect(names.get('keras.Sequential.fit')?.detail).toMatch(/^method keras\.Sequential\.fit\(x=…, y=…, batch_size=…, epochs=…/);
    expect(names.get('numpy.array')?.detail).toBe('function numpy.array(object, dtype=…, *, copy=…)');
  });

  it('lists a class’s methods, inherited ones included, but nothing private', async () => {
    const { members } = await supportedNames(registry);
    const linear = (members.get('torch.nn.Linear') ?? []).map((name) => name.path);
    expect(linear).toEqual(expect.arrayContaining(['torch.nn.Linear.forward', 'torch.nn.Linear.parameters']));
    expect(linear.some((path) => path.split('.').at(-1)!.startsWith('_'))).toBe(false);
    expect((members.get('torch.Tensor') ?? []).map((name) => name.path)).toContain('torch.Tensor.backward');
  });

  it('leaves out what Tandem does not have', async () => {
    const { names } = await supportedNames(registry);
    expect(names.has('torch.nn.LSTM')).toBe(false);
    expect(names.has('torch.nn.Linear.__init__')).toBe(false);
  });

  it('links each library’s own documentation', () => {
    expect(docsFor('torch.nn.Linear', 'class')).toBe('https://pytorch.org/docs/stable/generated/torch.nn.Linear.html');
    expect(docsFor('torch.Tensor.backward', 'method')).toBe('https://pytorch.org/docs/stable/generated/torch.Tensor.backward.html');
    expect(docsFor('torch.nn.Linear.forward', 'method')).toBe('https://pytorch.org/docs/stable/generated/torch.nn.Linear.html');
    expect(docsFor('torch.utils.data.DataLoader', 'class')).toBe('https://pytorch.org/docs/stable/data.html#torch.utils.data.DataLoader');
    expect(docsFor('torch.utils.data', 'module')).toBe('https://pytorch.org/docs/stable/data.html');
    expect(docsFor('numpy.zeros', 'function')).toBe('https://numpy.org/doc/stable/reference/generated/numpy.zeros.html');
    expect(docsFor('tensorflow.keras.layers.Dense', 'class')).toBe('https://www.tensorflow.org/api_docs/python/tf/keras/layers/Dense');
    expect(docsFor('keras.Sequential.fit', 'method')).toBe('https://www.tensorflow.org/api_docs/python/tf/keras/Sequential');
    expect(docsFor('matplotlib.pyplot.plot', 'function')).toBe('https://matplotlib.org/stable/api/_as_gen/matplotlib.pyplot.plot.html');
  });
});
