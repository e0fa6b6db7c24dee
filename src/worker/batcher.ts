import type { MetricPoint, RunEvent } from './protocol.ts';

/** How often at most a run posts coalesced stdout and metric events: about two frames at 60 fps. */
export const FLUSH_INTERVAL_MS = 30;

/**
 * Coalesces a run's chatty events (stdout text, metric points) and posts them at most every
 * FLUSH_INTERVAL_MS, so a loop that prints or calls loss.backward() thousands of times a second costs the UI
 * a few messages per frame instead of thousands.
 *
 * The interval is checked on every write rather than left to a timer alone: an async interpreter running a
 * tight loop only ever awaits resolved promises (microtasks), so a setTimeout would not fire until the loop
 * ends. The timer is there for the quiet tail, when a program stops writing while it awaits a readback.
 */
export class EventBatcher {
  private text = '';
  private points: MetricPoint[] = [];
  private lastFlush: number;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly runId: number,
    private readonly post: (event: RunEvent) => void,
    private readonly now: () => number,
    private readonly intervalMs = FLUSH_INTERVAL_MS,
  ) {
    this.lastFlush = now();
  }

  stdout(text: string): void {
    if (text === '') return;
    this.text += text;
    this.written();
  }

  metric(points: MetricPoint[]): void {
    if (points.length === 0) return;
    this.points.push(...points);
    this.written();
  }

  /** Posts an event that must come after everything written before it (a figure, an error, the end). */
  postInOrder(event: RunEvent): void {
    this.flush();
    this.post(event);
  }

  flush(): void {
    this.cancelTimer();
    this.lastFlush = this.now();
    if (this.text !== '') {
      this.post({ type: 'stdout', runId: this.runId, text: this.text });
      this.text = '';
    }
    if (this.points.length > 0) {
      this.post({ type: 'metric', runId: this.runId, points: this.points });
      this.points = [];
    }
  }

  /** Posts what is left and stops the timer; the run is over. */
  close(): void {
    this.flush();
  }

  private written(): void {
    const waited = this.now() - this.lastFlush;
    if (waited >= this.intervalMs) {
      this.flush();
    } else if (this.timer === null) {
      this.timer = setTimeout(() => this.flush(), this.intervalMs - waited);
    }
  }

  private cancelTimer(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }
}
