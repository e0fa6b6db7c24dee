// The layout Keras 3's model.summary() prints (as in the Keras documentation's Sequential examples).

import { describe, expect, it } from 'vitest';
import { formatKerasSummary } from './kerasSummary.ts';

describe('formatKerasSummary', () => {
  it("lays out layers, shapes and grouped parameter counts in Keras 3's box table", () => {
    const text = formatKerasSummary(
      'sequential',
      [
        { layer: 'dense (Dense)', outputShape: '(None, 64)', params: 4160 },
        { layer: 'dense_1 (Dense)', outputShape: '(None, 10)', params: 650 },
      ],
      4810,
      0,
    );
    expect(text).toBe(
      [
        'Model: "sequential"',
        '┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓',
        '┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃',
        '┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩',
        '│ dense (Dense)                   │ (None, 64)             │         4,160 │',
        '├─────────────────────────────────┼────────────────────────┼───────────────┤',
        '│ dense_1 (Dense)                 │ (None, 10)             │           650 │',
        '└─────────────────────────────────┴────────────────────────┴───────────────┘',
        ' Total params: 4,810 (18.79 KB)',
        ' Trainable params: 4,810 (18.79 KB)',
        ' Non-trainable params: 0 (0.00 B)',
        '',
      ].join('\n'),
    );
  });

  it('shows an unbuilt layer as Keras does before the input shape is known', () => {
    const text = formatKerasSummary('sequential_1', [{ layer: 'dense_2 (Dense)', outputShape: '?', params: null }], 0, 0);
    expect(text.split('\n')[4]).toBe('│ dense_2 (Dense)                 │ ?                      │   0 (unbuilt) │');
    expect(text).toContain(' Total params: 0 (0.00 B)');
  });
});
