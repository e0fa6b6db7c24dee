// The data files under public/data/ that modules read (the digits for sklearn.datasets): from disk when running
// under Node (the CLI, Vitest), by fetch from the site's data/ folder in the browser worker. Each file is read
// once per worker or process.

const cache = new Map<string, Promise<Uint8Array>>();

/** Held in a variable so the bundler does not take `new URL(..., import.meta.url)` as assets to copy. */
const thisFile: string = import.meta.url;

const runsOnNode = typeof process !== 'undefined' && process.versions?.node !== undefined;

/** A Python-facing failure: the caller turns it into the library's own error. */
export class DataFileError extends Error {}

async function fromDisk(name: string): Promise<Uint8Array> {
  // A variable specifier keeps the browser bundle from trying to resolve a Node module it never runs.
  const fsModule = 'node:fs/promises';
  const { readFile } = (await import(/* @vite-ignore */ fsModule)) as typeof import('node:fs/promises');
  try {
    return new Uint8Array(await readFile(new URL(`../../../public/data/${name}`, thisFile)));
  } catch (e) {
    throw new DataFileError(`could not read public/data/${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function fromSite(name: string): Promise<Uint8Array> {
  const url = new URL(`${import.meta.env.BASE_URL}data/${name}`, self.location.origin);
  const response = await fetch(url);
  if (!response.ok) throw new DataFileError(`could not load ${url.pathname} (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The bytes of public/data/<name>. */
export function readDataFile(name: string): Promise<Uint8Array> {
  let bytes = cache.get(name);
  if (bytes === undefined) {
    bytes = runsOnNode ? fromDisk(name) : fromSite(name);
    // A failed load (offline, say) may succeed on a later run.
    bytes.catch(() => cache.delete(name));
    cache.set(name, bytes);
  }
  return bytes;
}
