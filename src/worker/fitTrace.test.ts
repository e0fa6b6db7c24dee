import { describe, expect, it } from 'vitest';
import { traceFit } from './fitTrace.ts';

const regression = `import numpy as np
import tensorflow as tf

x = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
y = np.array([2.0, 4.0, 6.0, 8.0, 10.0])
model = tf.keras.Sequential([tf.keras.Input(shape=(1,)), tf.keras.layers.Dense(1)])
model.compile(optimizer=tf.keras.optimizers.SGD(learning_rate=0.05), loss="mean_squared_error")
print("training")
model.fit(x, y, epochs=100, verbose=0)
print("never reached")
`;

describe('traceFit', () => {
  it('records fit’s steps on the learner’s model: the batch, predictions, loss, gradients and update', async () => {
    const result = await traceFit(regression, 3);
    if (result.kind !== 'traced') throw new Error(`expected a trace, got ${JSON.stringify(result)}`);
    const { trace } = result;
    expect(trace).toMatchObject({ loss: 'mean_squared_error', optimizer: 'SGD', learningRate: 0.05, batchSize: 32, examples: 5, line: 9 });
    expect(trace.steps.map((step) => [step.epoch, step.batch, step.batchesPerEpoch])).toEqual([[1, 1, 1], [2, 1, 1], [3, 1, 1]]);

    const [first] = trace.steps;
    // The batch holds the five examples (in whatever order fit's shuffle gives), each y still twice its x.
    expect(first!.x.shape).toEqual([5]);
    expect([...first!.x.values].sort()).toEqual([1, 2, 3, 4, 5]);
    first!.x.values.forEach((x, i) => expect(first!.y.values[i]).toBe(2 * x));

    // The loss is the mean squared error of the recorded predictions.
    const mse = first!.prediction.values.reduce((sum, p, i) => sum + (p - first!.y.values[i]!) ** 2, 0) / 5;
    expect(first!.loss).toBeCloseTo(mse, 4);

    // SGD: every weight moves by -learning_rate × its gradient, and the next step starts where this one ended.
    expect(first!.weights.map((w) => w.name)).toEqual(['dense/kernel', 'dense/bias']);
    for (const weight of first!.weights) {
      weight.before.values.forEach((before, i) => expect(weight.after.values[i]).toBeCloseTo(before - 0.05 * weight.gradient.values[i]!, 5));
    }
    expect(trace.steps[1]!.weights[0]!.before).toEqual(first!.weights[0]!.after);
  });

  it('stops at the end of fit when fit takes fewer steps than asked for', async () => {
    const result = await traceFit(regression.replace('epochs=100', 'epochs=2'), 5);
    expect(result.kind === 'traced' && result.trace.steps.length).toBe(2);
  });

  it('reports an error the program raises before fit', async () => {
    const result = await traceFit('import tensorflow as tf\nmodle.fit()\n', 3);
    expect(result.kind === 'error' && result.error.type).toBe('NameError');
  });

  it('says so when the program never calls fit', async () => {
    expect(await traceFit('print(1)\n', 3)).toEqual({ kind: 'no-fit' });
  });
});
