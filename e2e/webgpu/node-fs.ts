// `readFileSync` for the engine's test files in the browser: the fixtures they read are bundled into the
// harness (the build rewrites `new URL('…/fixtures/x.json', import.meta.url)` to the path string).

const fixtures = import.meta.glob<string>('../../tests/fixtures/*.json', { query: '?raw', import: 'default', eager: true });

const byName = new Map(Object.entries(fixtures).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]));

export function readFileSync(path: string | URL): string {
  const text = String(path);
  const name = text.slice(text.lastIndexOf('/') + 1);
  const found = byName.get(name);
  if (found === undefined) throw new Error(`the WebGPU harness bundles no fixture named ${name}`);
  return found;
}
