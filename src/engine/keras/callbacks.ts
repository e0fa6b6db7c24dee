// keras.callbacks: hooks fit calls around training (Keras' Callback), and EarlyStopping, which ends training
// once a monitored quantity stops improving. History is fit's own record (history.ts).
import { warn } from '../warnings.ts';
import type { Tensor } from '../tensor.ts';
import { valueError } from '../errors.ts';
import type { Sequential } from './sequential.ts';

export interface KerasCallback {
  onTrainBegin?(model: Sequential): void | Promise<void>;
  onEpochEnd?(epoch: number, logs: Readonly<Record<string, number>>, model: Sequential): void | Promise<void>;
  /** `print` writes a console line (Keras' io_utils.print_msg). */
  onTrainEnd?(model: Sequential, print: (line: string) => void): void | Promise<void>;
}

export interface EarlyStoppingOptions {
  monitor?: string;
  minDelta?: number;
  patience?: number;
  verbose?: number;
  mode?: string;
  baseline?: number | null;
  restoreBestWeights?: boolean;
  startFromEpoch?: number;
}

/** Metrics whose larger values are better (Keras' metric `_direction = "up"`). */
const RISING = new Set(['accuracy', 'acc', 'binary_accuracy', 'categorical_accuracy', 'sparse_categorical_accuracy']);
/** Metrics whose smaller values are better (losses wrapped as metrics). */
const FALLING = new Set(['mse', 'mae', 'mean_squared_error', 'mean_absolute_error']);

/** keras.callbacks.EarlyStopping, following Keras 3's rules for patience, min_delta, baseline and restoring. */
export class EarlyStopping implements KerasCallback {
  readonly monitor: string;
  readonly patience: number;
  readonly verbose: number;
  readonly baseline: number | null;
  readonly restoreBestWeights: boolean;
  readonly startFromEpoch: number;
  readonly mode: 'auto' | 'min' | 'max';
  private minDelta: number;
  /** ops.less or ops.greater, decided at the first epoch end (when the compiled metrics are known). */
  private direction: 'min' | 'max' | null = null;
  wait = 0;
  stoppedEpoch = 0;
  best = Infinity;
  bestEpoch = 0;
  private bestWeights: Tensor[] | null = null;

  constructor(options: EarlyStoppingOptions = {}) {
    this.monitor = options.monitor ?? 'val_loss';
    this.patience = options.patience ?? 0;
    this.verbose = options.verbose ?? 0;
    this.baseline = options.baseline ?? null;
    this.minDelta = Math.abs(options.minDelta ?? 0);
    this.restoreBestWeights = options.restoreBestWeights ?? false;
    this.startFromEpoch = options.startFromEpoch ?? 0;
    const mode = options.mode ?? 'auto';
    if (mode !== 'auto' && mode !== 'min' && mode !== 'max') {
      warn('UserWarning', `EarlyStopping mode ${mode} is unknown, fallback to auto mode.`);
      this.mode = 'auto';
    } else {
      this.mode = mode;
    }
  }

  onTrainBegin(): void {
    // Reset so the callback can be reused; `best` is kept, as in Keras.
    this.wait = 0;
    this.stoppedEpoch = 0;
    this.bestWeights = null;
    this.bestEpoch = 0;
  }

  onEpochEnd(epoch: number, logs: Readonly<Record<string, number>>, model: Sequential): void {
    if (this.direction === null) this.setDirection(model);
    const current = logs[this.monitor];
    if (current === undefined) {
      warn('UserWarning', `Early stopping conditioned on metric \`${this.monitor}\` which is not available. Available metrics are: ${Object.keys(logs).join(',')}`);
      return;
    }
    if (epoch < this.startFromEpoch) return;
    if (this.restoreBestWeights && this.bestWeights === null) {
      // If best weights were never set, the current weights are the best.
      this.bestWeights = model.getWeights();
      this.bestEpoch = epoch;
    }
    this.wait++;
    if (this.isImprovement(current, this.best)) {
      this.best = current;
      this.bestEpoch = epoch;
      if (this.restoreBestWeights) this.bestWeights = model.getWeights();
      // The wait restarts only when the value beats both the previous best and the baseline.
      if (this.baseline === null || this.isImprovement(current, this.baseline)) this.wait = 0;
      return;
    }
    if (this.wait >= this.patience && epoch > 0) {
      this.stoppedEpoch = epoch;
      model.stopTraining = true;
    }
  }

  onTrainEnd(model: Sequential, print: (line: string) => void): void {
    if (this.stoppedEpoch > 0 && this.verbose > 0) print(`Epoch ${this.stoppedEpoch + 1}: early stopping`);
    if (this.restoreBestWeights && this.bestWeights !== null) {
      if (this.verbose > 0) print(`Restoring model weights from the end of the best epoch: ${this.bestEpoch + 1}.`);
      model.setWeights(this.bestWeights);
    }
  }

  private setDirection(model: Sequential): void {
    if (this.mode !== 'auto') {
      this.direction = this.mode;
    } else {
      const metric = this.monitor.startsWith('val_') ? this.monitor.slice(4) : this.monitor;
      const compiled = model.compiled?.metrics ?? [];
      if (metric === 'loss') this.direction = 'min';
      if (compiled.includes(metric) && RISING.has(metric.toLowerCase())) this.direction = 'max';
      if (compiled.includes(metric) && FALLING.has(metric)) this.direction = 'min';
    }
    if (this.direction === null) {
      throw valueError(
        `EarlyStopping callback received monitor=${this.monitor} but Keras isn't able to automatically determine whether that metric should be maximized or minimized. Pass \`mode='max'\` in order to do early stopping based on the highest metric value, or pass \`mode='min'\` in order to use the lowest value.`,
      );
    }
    if (this.direction === 'min') this.minDelta *= -1;
    this.best = this.direction === 'min' ? Infinity : -Infinity;
  }

  private isImprovement(value: number, reference: number): boolean {
    const shifted = value - this.minDelta;
    return this.direction === 'min' ? shifted < reference : shifted > reference;
  }
}
