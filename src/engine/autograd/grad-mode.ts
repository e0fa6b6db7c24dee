// The global grad mode (`torch.no_grad()`, `torch.set_grad_enabled`). While it is off, ops record no graph.
//
// `noGrad(fn)` suits synchronous engine code. The interpreter's `with torch.no_grad():` block spans awaits, so it
// uses setGradEnabled(false) on entry and restores the returned previous value on exit.

let enabled = true;

export const isGradEnabled = (): boolean => enabled;

/** Sets grad mode and returns the previous value, for restoring. */
export function setGradEnabled(flag: boolean): boolean {
  const previous = enabled;
  enabled = flag;
  return previous;
}

export function noGrad<T>(fn: () => T): T {
  const previous = setGradEnabled(false);
  try {
    return fn();
  } finally {
    setGradEnabled(previous);
  }
}
