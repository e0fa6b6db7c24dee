// model.summary() prints Keras 3's table (keras/src/utils/summary_utils.py rendered by rich without colour) at
// a notebook's width of 76: layer names and classes, output shapes with None for the batch, parameter counts
// with thousands separators, then the totals with their size in bytes, and the optimizer's variables once built.

import { beforeEach, describe, expect, it } from 'vitest';
import { tensor } from '../ops/creation.ts';
import { Dense } from './layers/dense.ts';
import { Dropout } from './layers/dropout.ts';
import { Flatten } from './layers/flatten.ts';
import { clearSession } from './naming.ts';
import { Sequential } from './sequential.ts';

beforeEach(() => clearSession());

describe('summary', () => {
  it('draws the layer table and the parameter totals (the Sequential guide\'s model)', () => {
    const model = new Sequential([new Dense(2, { activation: 'relu', inputShape: [4] }), new Dense(3, { activation: 'relu' }), new Dense(4)]);
    expect(model.summary()).toBe(
      [
        'Model: "sequential"',
        '┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓',
        '┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃',
        '┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩',
        '│ dense (Dense)                   │ (None, 2)              │            10 │',
        '├─────────────────────────────────┼────────────────────────┼───────────────┤',
        '│ dense_1 (Dense)                 │ (None, 3)              │             9 │',
        '├─────────────────────────────────┼────────────────────────┼───────────────┤',
        '│ dense_2 (Dense)                 │ (None, 4)              │            16 │',
        '└─────────────────────────────────┴────────────────────────┴───────────────┘',
        ' Total params: 35 (140.00 B)',
        ' Trainable params: 35 (140.00 B)',
        ' Non-trainable params: 0 (0.00 B)',
      ].join('\n'),
    );
  });

  it('separates thousands and sizes memory in KB, with layers that hold no weights', () => {
    const model = new Sequential([new Flatten({ inputShape: [28, 28] }), new Dense(64, { activation: 'relu' }), new Dropout(0.2), new Dense(10)]);
    const lines = model.summary().split('\n');
    expect(lines.slice(4, 11)).toEqual([
      '│ flatten (Flatten)               │ (None, 784)            │             0 │',
      '├─────────────────────────────────┼────────────────────────┼───────────────┤',
      '│ dense (Dense)                   │ (None, 64)             │        50,240 │',
      '├─────────────────────────────────┼────────────────────────┼───────────────┤',
      '│ dropout (Dropout)               │ (None, 64)             │             0 │',
      '├─────────────────────────────────┼────────────────────────┼───────────────┤',
      '│ dense_1 (Dense)                 │ (None, 10)             │           650 │',
    ]);
    expect(lines.slice(-3)).toEqual([' Total params: 50,890 (198.79 KB)', ' Trainable params: 50,890 (198.79 KB)', ' Non-trainable params: 0 (0.00 B)']);
  });

  it('shows ? and "0 (unbuilt)" before the model knows its input', () => {
    const lines = new Sequential([new Dense(8)]).summary().split('\n');
    expect(lines[4]).toBe('│ dense (Dense)                   │ ?                      │   0 (unbuilt) │');
    expect(lines.at(-3)).toBe(' Total params: 0 (0.00 B)');
  });

  it('after fit: the batch size the model was built with, and the optimizer\'s variables (iterations, learning_rate, slots)', async () => {
    const model = new Sequential([new Dense(2), new Dense(1)]);
    model.compile({ optimizer: 'adam', loss: 'mse' });
    await model.fit(tensor([[1, 2, 3]]), tensor([[1]]), { verbose: 0 });
    const lines = model.summary().split('\n');
    expect(lines[4]).toBe('│ dense (Dense)                   │ (1, 2)                 │             8 │');
    // Adam keeps two slots per weight (22 values) plus iterations (int64) and learning_rate: 24 values, 100 bytes.
    expect(lines.slice(-4)).toEqual([
      ' Total params: 35 (144.00 B)',
      ' Trainable params: 11 (44.00 B)',
      ' Non-trainable params: 0 (0.00 B)',
      ' Optimizer params: 24 (100.00 B)',
    ]);
  });

  it('shares out a narrower line length as rich does (line_length=50)', () => {
    const lines = new Sequential([new Dense(1, { inputShape: [1] })]).summary(50).split('\n');
    expect(lines.slice(1, 5)).toEqual([
      '┏━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━┳━━━━━━━━━┓',
      '┃ Layer (type)        ┃ Output Shape   ┃ Param # ┃',
      '┡━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━╇━━━━━━━━━┩',
      '│ dense (Dense)       │ (None, 1)      │       2 │',
    ]);
  });

  it('wraps a name longer than its column onto a second line', () => {
    const model = new Sequential([new Dense(1, { inputShape: [1], name: 'a very long layer name for the table' })]);
    const lines = model.summary().split('\n');
    expect(lines.slice(4, 6)).toEqual([
      '│ a very long layer name for the  │ (None, 1)              │             2 │',
      '│ table (Dense)                   │                        │               │',
    ]);
  });
});
