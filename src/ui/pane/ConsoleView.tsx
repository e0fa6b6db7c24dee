import { useLayoutEffect, useRef } from 'react';
import { usePlayground } from '../../store/playground.ts';
import type { Pane } from '../../worker/protocol.ts';
import { useServices } from '../services.ts';
import { PANE_LOOK } from './paneLook.ts';

/** Lines from the bottom within which the console keeps following new output, like a terminal. */
const FOLLOW_SLACK_PX = 24;

/** A pane's output as plain text (React renders strings as text nodes; learner output is never HTML). */
export function ConsoleView({ pane }: { pane: Pane }) {
  const { playground } = useServices();
  const entries = usePlayground(playground, (state) => state.panes[pane].console);
  const log = useRef<HTMLPreElement>(null);
  const following = useRef(true);

  useLayoutEffect(() => {
    const element = log.current;
    if (element !== null && following.current) element.scrollTop = element.scrollHeight;
  }, [entries]);

  return (
    <pre
      ref={log}
      className="console"
      role="log"
      tabIndex={0}
      aria-label={`${PANE_LOOK[pane].title} console`}
      data-testid={`console-${pane}`}
      data-placeholder="Output appears here when you run the program."
      onScroll={(event) => {
        const element = event.currentTarget;
        following.current = element.scrollHeight - element.scrollTop - element.clientHeight < FOLLOW_SLACK_PX;
      }}
    >
      {entries.map((entry, i) => (
        <span key={i} className={`console-${entry.kind}`}>
          {entry.text}
        </span>
      ))}
    </pre>
  );
}
