// Tandem's service worker: keeps the built app so that it loads and runs lessons with the network off after one
// visit. Hand-written and small on purpose: the page shell is fetched network-first (a new build shows as soon as
// the network has it), every built asset cache-first (Vite puts a content hash in each asset's name, so a cached
// asset never goes stale).
//
// Which assets make up the app is read from the build itself: starting at index.html, every file under assets/
// that the HTML, a script or a stylesheet names is fetched and scanned in turn. That reaches what the page loads
// lazily (Monaco, the Python worker and the chunks it imports) without a list to keep in step with the build.
// The data files programs read (public/data/, e.g. the digits for sklearn.datasets) are found the same way: the
// worker's code names them ('digits.bin'), and each is kept as data/<name>.

const CACHE = 'tandem-app';
const SCOPE = self.registration.scope;
const SHELL = SCOPE;
/** An asset named in the HTML, a chunk, or a stylesheet: "/assets/x.js", "./x.js", "assets/x.css", url(./x.ttf). */
const ASSET_NAME = /(?:\/assets\/|\.\/|[`'"(]assets\/)([\w.-]+\.(?:js|css|ttf|woff2?|svg|png|wasm))/g;
/** A data file a script names ('digits.bin'): it lives in public/data/. */
const DATA_NAME = /[`'"]([\w-]+\.bin)[`'"]/g;
/** Files from public/ that the HTML names at the root ("/favicon.svg"). */
const ROOT_FILE = /(?:href|src)="\/([\w.-]+\.(?:svg|png|ico|webmanifest))"/g;

self.addEventListener('install', (event) => {
  event.waitUntil(
    fetch(SHELL, { cache: 'no-cache' })
      .then((shell) => keepApp(shell))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  // Control the page that registered us at once, so what it loads from now on is kept too.
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(shellFirstFromNetwork(event));
  } else {
    event.respondWith(fromCacheFirst(request));
  }
});

/** The page: the network's when there is one (and then the cached app is brought up to date), else the kept one. */
async function shellFirstFromNetwork(event) {
  try {
    const response = await fetch(event.request);
    if (response.ok && new URL(event.request.url).pathname === new URL(SHELL).pathname) {
      event.waitUntil(keepAppIfChanged(response.clone()));
    }
    return response;
  } catch (offline) {
    const kept = await caches.match(SHELL);
    if (kept !== undefined) return kept;
    throw offline;
  }
}

async function fromCacheFirst(request) {
  // ignoreVary: the server says `Vary: Origin`, and a module script's request carries an Origin header that the
  // request this worker cached it with did not; the bytes are the same either way.
  const kept = await caches.match(request, { ignoreSearch: true, ignoreVary: true });
  if (kept !== undefined) return kept;
  const response = await fetch(request);
  const path = new URL(request.url).pathname;
  if (response.ok && (path.includes('/assets/') || path.includes('/data/'))) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

async function keepAppIfChanged(shell) {
  const kept = await caches.match(SHELL);
  if (kept !== undefined && (await kept.text()) === (await shell.clone().text())) return;
  await keepApp(shell);
}

/** Caches the shell and every asset reachable from it, then drops assets of older builds. */
async function keepApp(shell) {
  if (!shell.ok) throw new Error(`the app shell answered ${shell.status}`);
  const cache = await caches.open(CACHE);
  const html = await shell.clone().text();
  const wanted = new Set([SHELL]);
  for (const [, file] of html.matchAll(ROOT_FILE)) await keep(cache, new URL(file, SCOPE).href, wanted);
  const queue = names(html);
  const seen = new Set();
  while (queue.length > 0) {
    const name = queue.pop();
    if (seen.has(name)) continue;
    seen.add(name);
    const response = await keep(cache, new URL(`assets/${name}`, SCOPE).href, wanted);
    if (response === null || !/\.(js|css)$/.test(name)) continue;
    const text = await response.text();
    queue.push(...names(text));
    for (const [, file] of text.matchAll(DATA_NAME)) await keep(cache, new URL(`data/${file}`, SCOPE).href, wanted);
  }
  await cache.put(SHELL, shell);
  for (const request of await cache.keys()) if (!wanted.has(request.url)) await cache.delete(request);
}

/** Fetches and caches one file; returns a copy of its response, or null when it is not part of the build. */
async function keep(cache, url, wanted) {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) return null;
    await cache.put(url, response.clone());
    wanted.add(url);
    return response;
  } catch {
    return null;
  }
}

function names(text) {
  return [...text.matchAll(ASSET_NAME)].map((match) => match[1]);
}
