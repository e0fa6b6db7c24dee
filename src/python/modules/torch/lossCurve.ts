// PyTorch code has no fit() to report progress, so each loss.backward() adds a point to the 'loss' curve
// (DESIGN.md). The value lives on the device: we start its readback and move on, never awaiting inside backward,
// and emit the points in call order as the reads land.

import type { MetricPoint } from '../../../worker/protocol.ts';

export class LossCurve {
  private steps = 0;
  private emitted: Promise<void> = Promise.resolve();

  constructor(private readonly emit: (points: MetricPoint[]) => void) {}

  /** One backward() call on a loss whose value `read` will deliver; its step is the count of calls so far. */
  record(read: Promise<number>): void {
    const step = ++this.steps;
    // Chaining keeps the order even when a later read lands first; a failed read drops only its own point.
    this.emitted = this.emitted.then(() =>
      read.then(
        (value) => this.emit([{ series: 'loss', step, value }]),
        () => undefined,
      ),
    );
  }

  /** Resolves once every recorded point has been emitted; the run awaits it before it ends. */
  settled(): Promise<void> {
    return this.emitted;
  }
}
