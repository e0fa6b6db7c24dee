// The benchmark's TensorFlow.js 4.22 side: the same workloads as ./tandem.worker.ts, written as TF.js programs
// (model, compile, fit, predict), on each of its backends. Only this benchmark page loads TF.js.

import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-backend-webgpu';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import { fitMs, gflops, medianMs, MLP, values, type BenchEvent, type BenchRequest, type Workload } from './protocol.ts';

setWasmPaths({ 'tfjs-backend-wasm.wasm': wasmPlain, 'tfjs-backend-wasm-simd.wasm': wasmSimd, 'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedSimd });

const post = (event: BenchEvent): void => postMessage(event);

/** keras_regression.py in TF.js: the same model, compile, fit(200 epochs) and predict. */
async function regressionProgram(): Promise<void> {
  const x = tf.tensor1d([1, 2, 3, 4, 5]);
  const y = tf.tensor1d([2, 4, 6, 8, 10]);
  const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [1] })] });
  model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
  await model.fit(x, y, { epochs: 200, verbose: 0 });
  const prediction = model.predict(tf.tensor2d([[10]])) as tf.Tensor;
  await prediction.data();
  tf.dispose([x, y, prediction]);
  model.dispose();
}

/** keras_classification.py in TF.js: fit(100 epochs) with accuracy. */
async function classifierProgram(): Promise<void> {
  const x = tf.tensor1d([1, 2, 3, 6, 7, 8]);
  const y = tf.tensor1d([0, 0, 0, 1, 1, 1]);
  const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, activation: 'sigmoid', inputShape: [1] })] });
  model.compile({ optimizer: 'sgd', loss: 'binaryCrossentropy', metrics: ['accuracy'] });
  const history = await model.fit(x, y, { epochs: 100, verbose: 0 });
  if (history.history.acc === undefined && history.history.accuracy === undefined) throw new Error('no accuracy');
  tf.dispose([x, y]);
  model.dispose();
}

async function mlpStepMs(): Promise<number> {
  const x = tf.tensor2d(values(MLP.batch * MLP.inputs, 1), [MLP.batch, MLP.inputs]);
  const labels = tf.oneHot(tf.tensor1d(Array.from({ length: MLP.batch }, (_, i) => i % MLP.classes), 'int32'), MLP.classes);
  const model = tf.sequential({
    layers: [tf.layers.dense({ units: MLP.hidden, activation: 'relu', inputShape: [MLP.inputs] }), tf.layers.dense({ units: MLP.classes })],
  });
  const optimizer = tf.train.adam(1e-3);
  const step = (): tf.Scalar => optimizer.minimize(() => tf.losses.softmaxCrossEntropy(labels, model.apply(x) as tf.Tensor), true) as tf.Scalar;
  const ms = await medianMs(async () => {
    let loss = step();
    for (let s = 1; s < MLP.steps; s++) {
      loss.dispose();
      loss = step();
    }
    await loss.data();
    loss.dispose();
  }, 3);
  tf.dispose([x, labels]);
  model.dispose();
  return ms / MLP.steps;
}

async function matmulGflops(n: number): Promise<number> {
  const a = tf.tensor2d(values(n * n, 2), [n, n]);
  const b = tf.tensor2d(values(n * n, 3), [n, n]);
  const reps = n >= 1024 ? 2 : 5;
  const ms = await medianMs(async () => {
    const products = Array.from({ length: reps }, () => tf.matMul(a, b));
    await products[reps - 1].data();
    tf.dispose(products);
  }, 3);
  tf.dispose([a, b]);
  return gflops(n, ms / reps);
}

const WORK: Record<Workload, () => Promise<number>> = {
  'regression-fit': () => fitMs(regressionProgram),
  'classifier-fit': () => fitMs(classifierProgram),
  'mlp-step': mlpStepMs,
  'matmul-512': () => matmulGflops(512),
  'matmul-1024': () => matmulGflops(1024),
};

self.onmessage = async (message: MessageEvent<BenchRequest>) => {
  for (const runner of message.data.runners) {
    const name = runner.replace('tfjs-', '');
    let ready: string | null = null;
    try {
      if (!(await tf.setBackend(name))) ready = `tf.setBackend('${name}') failed`;
      else await tf.ready();
    } catch (e) {
      ready = e instanceof Error ? e.message : String(e);
    }
    for (const workload of message.data.workloads) {
      const run = WORK[workload];
      try {
        if (ready !== null) throw new Error(ready);
        post({ kind: 'measurement', measurement: { runner, workload, value: await run() } });
      } catch (e) {
        post({ kind: 'measurement', measurement: { runner, workload, error: (e instanceof Error ? e.message : String(e)).split('\n')[0] } });
      }
    }
  }
  post({ kind: 'done' });
};
