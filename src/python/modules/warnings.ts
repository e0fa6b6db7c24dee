// Python warnings from the libraries (Keras' UserWarning for input_shape=, PyTorch's for a broadcasting loss):
// shown once per place, as Python's default warning filter does, in warnings.formatwarning's form, at the
// learner's line. They go to the host's warning path (stderr in the CLI, a muted console line in the browser),
// never to stdout, which stays what real Python prints there.

import { setWarningHandler } from '../../engine/index.ts';
import type { Context } from '../objects/context.ts';

export type WarningCategory = 'UserWarning' | 'DeprecationWarning';

/** The (place, text) pairs already shown this run. */
const shown = (ctx: Context) => ctx.local(shown, () => new Set<string>());

export function warn(ctx: Context, category: WarningCategory, message: string): void {
  const line = ctx.currentFrame()?.pos.line ?? 0;
  const text = `${ctx.filename}:${line}: ${category}: ${message}\n`;
  if (shown(ctx).has(text)) return;
  shown(ctx).add(text);
  ctx.host.warning?.(text);
}

/** Routes the engine's warnings to this run (one run at a time uses the engine). */
export function routeEngineWarnings(ctx: Context): void {
  setWarningHandler((category, message) => warn(ctx, category, message));
}
