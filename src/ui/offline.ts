// Registers the service worker (public/sw.js) that keeps the built app for offline use. In production only: the
// dev server's modules change on every edit and must never be served from a cache.
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    void navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {
      // No service worker (a private window, a file:// page): the app works, just not offline.
    });
  });
}
