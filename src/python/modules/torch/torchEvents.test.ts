// What torch code reports besides its output: a 'loss' point per backward() call, numbered from 1.

import { describe, expect, it } from 'vitest';
import { runCollecting } from '../runForTest.ts';

describe('loss.backward() reports the training curve', () => {
  it('emits one point per backward() call with the loss it was called on', async () => {
    const run = await runCollecting(`
import torch
w = torch.tensor([1.0], requires_grad=True)
for target in [3.0, 2.0, 1.0]:
    loss = ((w - target) ** 2).sum()
    loss.backward()
`);
    expect(run.error).toBeNull();
    expect(run.metrics).toEqual([
      { series: 'loss', step: 1, value: 4 },
      { series: 'loss', step: 2, value: 1 },
      { series: 'loss', step: 3, value: 0 },
    ]);
  });

  it('does not report a backward() through a non-scalar output', async () => {
    const run = await runCollecting(`
import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
(w * 2).backward(torch.ones(2))
print(w.grad)
`);
    expect(run.error).toBeNull();
    expect(run.stdout).toBe('tensor([2., 2.])\n');
    expect(run.metrics).toEqual([]);
  });
});
