import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventBatcher, FLUSH_INTERVAL_MS } from './batcher.ts';
import type { RunEvent } from './protocol.ts';

function setup() {
  let clock = 0;
  const posted: RunEvent[] = [];
  const batch = new EventBatcher(7, (event) => posted.push(event), () => clock);
  return { batch, posted, advance: (ms: number) => (clock += ms) };
}

afterEach(() => vi.useRealTimers());

describe('EventBatcher', () => {
  it('coalesces stdout written within one interval into a single event', () => {
    const { batch, posted } = setup();
    for (let i = 0; i < 1000; i++) batch.stdout(`${i}\n`);
    expect(posted).toEqual([]);
    batch.close();
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ type: 'stdout', runId: 7 });
    expect(posted[0]!.type === 'stdout' && posted[0]!.text.split('\n')).toHaveLength(1001);
  });

  it('coalesces metric points into one event, keeping their order', () => {
    const { batch, posted } = setup();
    batch.metric([{ series: 'loss', step: 1, value: 3 }]);
    batch.metric([{ series: 'loss', step: 2, value: 2 }, { series: 'loss', step: 3, value: 1 }]);
    batch.close();
    expect(posted).toEqual([
      {
        type: 'metric',
        runId: 7,
        points: [
          { series: 'loss', step: 1, value: 3 },
          { series: 'loss', step: 2, value: 2 },
          { series: 'loss', step: 3, value: 1 },
        ],
      },
    ]);
  });

  it('posts as soon as a write comes an interval after the last post, even if no timer could fire', () => {
    const { batch, posted, advance } = setup();
    batch.stdout('a');
    advance(FLUSH_INTERVAL_MS - 1);
    batch.stdout('b');
    expect(posted).toEqual([]);
    advance(1);
    batch.stdout('c');
    expect(posted).toEqual([{ type: 'stdout', runId: 7, text: 'abc' }]);
    batch.stdout('d');
    batch.close();
    expect(posted.at(-1)).toEqual({ type: 'stdout', runId: 7, text: 'd' });
  });

  it('flushes the quiet tail on a timer when the program stops writing', () => {
    vi.useFakeTimers();
    const { batch, posted } = setup();
    batch.stdout('epoch 1\n');
    vi.advanceTimersByTime(FLUSH_INTERVAL_MS);
    expect(posted).toEqual([{ type: 'stdout', runId: 7, text: 'epoch 1\n' }]);
  });

  it('posts pending output before an event that must keep its place', () => {
    const { batch, posted } = setup();
    batch.stdout('before the plot\n');
    batch.metric([{ series: 'loss', step: 1, value: 0.5 }]);
    batch.postInOrder({ type: 'done', runId: 7, ms: 1 });
    expect(posted.map((event) => event.type)).toEqual(['stdout', 'metric', 'done']);
  });

  it('posts nothing for empty writes', () => {
    const { batch, posted } = setup();
    batch.stdout('');
    batch.metric([]);
    batch.close();
    expect(posted).toEqual([]);
  });
});
