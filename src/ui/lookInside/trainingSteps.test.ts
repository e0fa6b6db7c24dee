import { describe, expect, it } from 'vitest';
import { lessons } from '../../lessons/catalog.ts';
import { pytorchStepLines } from './trainingSteps.ts';

const lesson = (id: string) => lessons.find((candidate) => candidate.id === id)!;

describe('finding the PyTorch lines of a training step', () => {
  it('reads the regression loop: the loop, model(x), the criterion, backward and step', () => {
    expect(pytorchStepLines(lesson('04-regression').pytorch)).toEqual({
      batch: { line: 24, text: 'for epoch in range(200):' },
      forward: { line: 26, text: 'output = model(x)' },
      loss: { line: 27, text: 'loss = criterion(output, y)' },
      gradients: { line: 28, text: 'loss.backward()' },
      update: { line: 29, text: 'optimizer.step()' },
    });
  });

  it('takes the first step written out, before any loop, as lesson 5 does', () => {
    const lines = pytorchStepLines(lesson('05-inside-fit').pytorch);
    expect(lines.forward).toEqual({ line: 16, text: 'prediction = model(x)               # 1. forward: run the data through the model' });
    expect(lines.loss?.line).toBe(17);
    expect(lines.gradients?.line).toBe(19);
    expect(lines.update?.line).toBe(21);
    expect(lines.batch).toBeNull();
  });

  it('finds a forward pass written inside the loss call, and a loop over batches', () => {
    const source = ['for xb, yb in loader:', '    opt.zero_grad()', '    l = loss_fn(net(xb), yb)  # all in one', '    l.backward()', '    opt.step()'].join('\n');
    expect(pytorchStepLines(source)).toMatchObject({
      batch: { line: 1 },
      forward: { line: 3 },
      loss: { line: 3 },
      gradients: { line: 4 },
      update: { line: 5 },
    });
  });

  it('finds nothing in a program that never calls backward()', () => {
    expect(pytorchStepLines('print("hello")\n')).toEqual({ batch: null, forward: null, loss: null, gradients: null, update: null });
  });
});
