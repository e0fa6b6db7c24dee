// Builds the WebGPU benchmark page (bench/webgpu.ts serves it). TensorFlow.js is bundled here only, never in
// the app.

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  worker: { format: 'es' },
  build: { outDir: here('../../dist-bench'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 8192 },
  server: { fs: { allow: [here('../..')] } },
});
