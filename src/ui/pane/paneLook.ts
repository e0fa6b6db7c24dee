import type { RunStatus } from '../../store/paneState.ts';
import type { Pane } from '../../worker/protocol.ts';

export interface PaneLook {
  title: string;
  /** Its curve's colour on the shared chart, echoed by the dot in the pane's header. */
  color: string;
}

export const PANE_LOOK: Record<Pane, PaneLook> = {
  keras: { title: 'Keras', color: '#6366f1' },
  pytorch: { title: 'PyTorch', color: '#ee4c2c' },
  tf: { title: 'TensorFlow', color: '#d99100' },
};

export function statusText(status: RunStatus, ms: number | null): string {
  switch (status) {
    case 'idle':
      return 'Ready';
    case 'running':
      return 'Running…';
    case 'done':
      return ms === null ? 'Done' : `Done in ${formatSeconds(ms)}`;
    case 'error':
      return 'Error';
    case 'stopped':
      return 'Stopped';
  }
}

/** The engine's backend name as a learner reads it. */
export function backendLabel(backend: string): string {
  const known: Record<string, string> = { cpu: 'CPU', webgpu: 'WebGPU', auto: 'Auto' };
  return known[backend] ?? backend;
}

function formatSeconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
