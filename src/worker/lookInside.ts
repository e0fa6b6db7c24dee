// "Look inside fit()": the messages of a traced run. The worker runs the learner's Keras program up to its first
// model.fit(...) and takes fit's first steps one at a time, recording what each part of a step computed
// (fitTrace.ts). These types cross the worker boundary next to protocol.ts's run messages.
import type { PyErrorInfo, Request, RunEvent } from './protocol.ts';

/** The first few numbers of a tensor, enough to read, with its full shape. */
export interface TensorPeek {
  shape: number[];
  values: number[];
  /** True when the tensor holds more numbers than `values` shows. */
  truncated: boolean;
}

/** One trainable weight through one step: its value before, the gradient backward() left, its value after. */
export interface WeightStep {
  /** Keras' name for it: the layer's name and the weight's ('dense/kernel'). */
  name: string;
  before: TensorPeek;
  gradient: TensorPeek;
  after: TensorPeek;
}

/** One training step of fit: batch → forward → loss → gradients → update. */
export interface FitStep {
  /** Epoch and batch, both from 1 as Keras counts them. */
  epoch: number;
  batch: number;
  batchesPerEpoch: number;
  x: TensorPeek;
  y: TensorPeek;
  prediction: TensorPeek;
  loss: number;
  weights: WeightStep[];
}

export interface FitTrace {
  /** The compiled loss, as Keras names it ('mean_squared_error'). */
  loss: string;
  optimizer: string;
  learningRate: number;
  batchSize: number;
  /** Training examples per epoch (after any validation split). */
  examples: number;
  /** The line of keras.py whose fit(...) call was traced. */
  line: number | null;
  steps: FitStep[];
}

export type FitTraceResult =
  | { kind: 'traced'; trace: FitTrace }
  /** The program raised before its first fit() finished its traced steps. */
  | { kind: 'error'; error: PyErrorInfo }
  /** The program ended without calling fit(). */
  | { kind: 'no-fit' };

export type LookInsideRequest = { type: 'look-inside-fit'; runId: number; code: string; steps: number; timeLimitMs?: number };
export type LookInsideEvent = { type: 'fit-trace'; runId: number; result: FitTraceResult };

/** Everything the page may send a Python worker, and everything it may send back. */
export type WorkerRequest = Request | LookInsideRequest;
export type WorkerEvent = RunEvent | LookInsideEvent;
