import { describe, expect, it } from 'vitest';
import { appendConsole } from './consoleLog.ts';

describe('appendConsole', () => {
  it('merges stdout chunks into one entry, as a terminal shows them', () => {
    const once = appendConsole([], 'stdout', 'Epoch 1/2\n');
    expect(appendConsole(once, 'stdout', 'Epoch 2/2\n')).toEqual([{ kind: 'stdout', text: 'Epoch 1/2\nEpoch 2/2\n' }]);
  });

  it('starts a new entry when the kind changes, so an error keeps its own colour', () => {
    const entries = appendConsole(appendConsole([], 'stdout', 'x\n'), 'error', 'NameError: name "y" is not defined\n');
    expect(entries.map((entry) => entry.kind)).toEqual(['stdout', 'error']);
  });

  it('does not change the entries it was given', () => {
    const entries = [{ kind: 'stdout' as const, text: 'a' }];
    appendConsole(entries, 'stdout', 'b');
    expect(entries).toEqual([{ kind: 'stdout', text: 'a' }]);
  });

  it('drops the oldest text past its limit, like a scrollback', () => {
    let entries = appendConsole([], 'note', 'start\n', 10);
    entries = appendConsole(entries, 'stdout', '0123456789', 10);
    expect(entries).toEqual([{ kind: 'stdout', text: '0123456789' }]);
    entries = appendConsole(entries, 'stdout', 'ab', 10);
    expect(entries).toEqual([{ kind: 'stdout', text: '23456789ab' }]);
  });

  it('ignores empty text', () => {
    expect(appendConsole([], 'stdout', '')).toEqual([]);
  });
});
