// The walking skeleton: the seed's four programs run unchanged and print what their real counterparts print
// (numbers vary with random initialisation, so the shape of the text is what is checked).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCollecting } from './runForTest.ts';

// The parser's copies of /work/shared/seed/programs, so the tests run anywhere.
const seed = (name: string) => readFileSync(new URL(`../parser/testdata/seed/${name}`, import.meta.url), 'utf8');

describe('seed programs', () => {
  it('pytorch_regression.py learns y = 2x and prints the prediction as PyTorch does', async () => {
    const run = await runCollecting(seed('pytorch_regression.py'));
    expect(run.error).toBeNull();
    const last = run.stdout.trimEnd().split('\n').pop()!;
    expect(last).toMatch(/^tensor\(\[\[(\d+\.\d{4})\]\], grad_fn=<AddmmBackward0>\)$/);
    expect(Math.abs(Number(/\[\[(.*)\]\]/.exec(last)![1]) - 20)).toBeLessThan(2);
    const losses = run.metrics.filter((m) => m.series === 'loss');
    expect(losses.map((m) => m.step)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(losses[199]!.value).toBeLessThan(losses[0]!.value);
    expect(run.figures).toHaveLength(1);
    expect(run.figures[0]).toMatchObject({ title: 'PyTorch Training Loss', xlabel: 'Epochs', ylabel: 'Loss' });
    expect(run.figures[0]!.lines[0]!.y).toHaveLength(200);
  });

  it('pytorch_classification.py prints its accuracy as a 0-d tensor', async () => {
    const run = await runCollecting(seed('pytorch_classification.py'));
    expect(run.error).toBeNull();
    expect(run.stdout.trimEnd()).toMatch(/^tensor\((0|1)\.\d{4}\)$/);
    expect(run.figures[0]).toMatchObject({ title: 'Training Accuracy', ylabel: 'Accuracy' });
    expect(run.figures[0]!.lines[0]!.y).toHaveLength(100);
  });

  it("keras_regression.py prints Keras' predict progress line and a float32 prediction near 20", async () => {
    const run = await runCollecting(seed('keras_regression.py'));
    expect(run.error).toBeNull();
    const [progress, prediction] = run.stdout.trimEnd().split('\n');
    expect(progress).toMatch(/^1\/1 ━{20} \d+s \d+(us|ms)\/step$/);
    expect(prediction).toMatch(/^\[\[\d+\.\d+\]\]$/);
    expect(Math.abs(Number(prediction!.slice(2, -2)) - 20)).toBeLessThan(2);
    const losses = run.metrics.filter((m) => m.series === 'loss');
    expect(losses.map((m) => m.step)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(run.figures[0]).toMatchObject({ title: 'Training Loss Curve', xlabel: 'Epochs', ylabel: 'Loss' });
  });

  it('keras_classification.py trains silently and plots accuracy per epoch', async () => {
    const run = await runCollecting(seed('keras_classification.py'));
    expect(run.error).toBeNull();
    expect(run.stdout).toBe('');
    const accuracy = run.metrics.filter((m) => m.series === 'accuracy');
    expect(accuracy).toHaveLength(100);
    expect(accuracy.every((m) => m.value >= 0 && m.value <= 1)).toBe(true);
    expect(run.figures[0]!.lines[0]!.y).toEqual(accuracy.map((m) => m.value));
  });
});
