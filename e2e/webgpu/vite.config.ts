// Builds the WebGPU test page (e2e/webgpu.spec.ts opens it). The engine's own test files run in its worker:
// `vitest` resolves to ./spec-runner.ts and `node:fs` to ./node-fs.ts, and their fixture URLs (also in *.fixture.ts) are rewritten
// to plain paths before Vite would turn them into asset URLs.

import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export const WEBGPU_HARNESS_PORT = 4318;

const fixturePaths: Plugin = {
  name: 'tandem-fixture-paths',
  enforce: 'pre',
  transform(code, id) {
    // Test files, and the *.fixture.ts helpers that load a fixture for several of them.
    if (!id.endsWith('.test.ts') && !id.endsWith('.fixture.ts')) return null;
    // new URL('…/fixtures/x.json', import.meta.url), with a quoted or template string, becomes just the string.
    return code.replace(/new URL\(((['"`])[^'"`]*fixtures\/[^'"`]*\2), import\.meta\.url\)/g, '$1');
  },
};

export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [fixturePaths],
  resolve: {
    alias: {
      vitest: here('./spec-runner.ts'),
      'node:fs': here('./node-fs.ts'),
    },
  },
  worker: { format: 'es', plugins: () => [fixturePaths] },
  build: { outDir: here('../../dist-webgpu'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 8192 },
  server: { fs: { allow: [here('../..')] } },
  preview: { port: WEBGPU_HARNESS_PORT, strictPort: true },
});
