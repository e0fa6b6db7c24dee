// plt.* calls from Python become one Figure event per plt.show(), as the UI draws it.

import { describe, expect, it } from 'vitest';
import { runCollecting } from '../runForTest.ts';

describe('matplotlib.pyplot', () => {
  it('sends the current figure on show() with its lines, labels, legend, grid and limits', async () => {
    const run = await runCollecting(`
import matplotlib.pyplot as plt
import numpy as np
plt.figure(figsize=(6, 4))
plt.plot([1, 2, 3], [2.0, 4.0, 6.0], label='train', color='red', linestyle='--', marker='o')
plt.plot(np.array([3.0, 2.0, 1.0]), 'g:')
plt.scatter([1, 2], [5, 6], label='data')
plt.title('Loss'); plt.xlabel('epoch'); plt.ylabel('value')
plt.legend(); plt.grid(True); plt.xlim(0, 4); plt.ylim((0, 10))
plt.show()
plt.show()
`);
    expect(run.error).toBeNull();
    expect(run.figures).toHaveLength(1);
    const [figure] = run.figures;
    expect(figure).toMatchObject({ title: 'Loss', xlabel: 'epoch', ylabel: 'value', legend: true, grid: true, xlim: [0, 4], ylim: [0, 10] });
    expect(figure!.lines).toEqual([
      { x: [1, 2, 3], y: [2, 4, 6], label: 'train', color: 'red', linestyle: '--', marker: 'o', kind: 'line' },
      { x: [0, 1, 2], y: [3, 2, 1], label: null, color: 'green', linestyle: ':', marker: null, kind: 'line' },
      { x: [1, 2], y: [5, 6], label: 'data', color: null, linestyle: null, marker: null, kind: 'scatter' },
    ]);
  });

  it("returns matplotlib's limits from xlim() and plots tensors and history lists", async () => {
    const run = await runCollecting(`
import matplotlib.pyplot as plt
import torch
plt.plot(torch.tensor([1.0, 4.0, 2.0]))
print(plt.xlim(), plt.ylim())
plt.show()
`);
    expect(run.error).toBeNull();
    expect(run.stdout).toBe('(-0.1, 2.1) (0.85, 4.15)\n');
    expect(run.figures[0]!.lines[0]!.y).toEqual([1, 4, 2]);
  });

  it('refuses a tensor that requires grad, as matplotlib does', async () => {
    const run = await runCollecting(`
import matplotlib.pyplot as plt
import torch
plt.plot(torch.tensor([1.0], requires_grad=True))
`);
    expect(run.error).toMatch(/RuntimeError: Can't call numpy\(\) on Tensor that requires grad/);
  });
});
