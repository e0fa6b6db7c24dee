let painted: Promise<void> | null = null;

/** How long to wait for the browser to report its first contentful paint before going on without it. */
const PAINT_WAIT_MS = 1_000;

/**
 * Resolves once the page has shown its first content. What that first paint does not need (Monaco, Chart.js)
 * starts loading after it, so compiling megabytes of script never holds the first paint back.
 */
export function afterFirstPaint(): Promise<void> {
  painted ??= new Promise<void>((resolve) => {
    if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      requestAnimationFrame(() => setTimeout(resolve, 0));
      return;
    }
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) done();
    });
    const timer = setTimeout(() => done(), PAINT_WAIT_MS);
    const done = () => {
      clearTimeout(timer);
      observer.disconnect();
      resolve();
    };
    observer.observe({ type: 'paint', buffered: true });
  });
  return painted;
}
