// Keras' automatic names: the first Dense is `dense`, the next `dense_1`, and so on per kind, for the session
// (keras.backend.clear_session resets them).

const counters = new Map<string, number>();

export function uniqueName(base: string): string {
  const n = counters.get(base) ?? 0;
  counters.set(base, n + 1);
  return n === 0 ? base : `${base}_${n}`;
}

export function clearSession(): void {
  counters.clear();
}
