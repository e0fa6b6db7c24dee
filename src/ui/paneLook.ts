import type { EditorPane } from '../store/playground.ts';
import type { RunStatus } from '../store/paneState.ts';

export interface PaneLook {
  title: string;
  /** Its curve's colour on the shared chart, echoed by the dot in the pane's header. */
  color: string;
}

export const PANE_LOOK: Record<EditorPane, PaneLook> = {
  keras: { title: 'Keras', color: '#5b5bd6' },
  pytorch: { title: 'PyTorch', color: '#ee4c2c' },
};

export function statusText(status: RunStatus, ms: number | null): string {
  switch (status) {
    case 'idle':
      return 'Ready';
    case 'running':
      return 'Training…';
    case 'done':
      return ms === null ? 'Done' : `Done in ${formatSeconds(ms)}`;
    case 'error':
      return 'Error';
    case 'stopped':
      return 'Stopped';
  }
}

function formatSeconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
