// Issue 8's acceptance on a real WebGPU adapter: headless Chromium with SwiftShader, the engine in a Web Worker
// on the WebGPU backend. The suite fails (never skips) when no adapter is found: the worker reports the error.

import { expect, test, type Page } from '@playwright/test';
import type { HarnessReport } from './webgpu/protocol.ts';
import { webgpuHarnessPort } from '../playwright.config.ts';

const harness = `http://127.0.0.1:${webgpuHarnessPort}`;

async function report(page: Page, query: string, timeout: number): Promise<HarnessReport> {
  await page.goto(`${harness}/?${query}`);
  await page.waitForFunction(() => window.__webgpuReport !== undefined, null, { timeout, polling: 1000 });
  return (await page.evaluate(() => window.__webgpuReport)) as HarnessReport;
}

test('the engine\'s op, autograd, nn, optim and Keras suites pass on WebGPU, each file in a fresh worker', async ({ page }) => {
  test.setTimeout(240_000);
  const r = await report(page, 'suite=parity', 230_000);
  expect(r.error).toBeNull();
  expect(r.adapter).toMatch(/swiftshader/i);
  const failures = r.results.filter((t) => !t.passed).map((t) => `${t.file} › ${t.name}\n${t.error ?? ''}`);
  expect(failures).toEqual([]);
  // Every engine test file ran, with the backend's own kernel tests and the per-file WebGPU error checks.
  const files = new Set(r.results.map((t) => t.file));
  expect([...files].filter((f) => f.startsWith('src/engine/backends/webgpu/'))).toContain('src/engine/backends/webgpu/kernels.gpu-test.ts');
  expect(files.size).toBeGreaterThanOrEqual(15);
  expect(r.results.length).toBeGreaterThanOrEqual(900);
});

test('10,000 training steps on WebGPU keep the count and bytes of live GPU buffers flat', async ({ page }) => {
  test.setTimeout(240_000);
  const r = await report(page, 'suite=memory&steps=10000', 230_000);
  expect(r.error).toBeNull();
  expect(r.checkpoints.map((c) => c.step)).toEqual([1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000]);
  const [first, ...rest] = r.checkpoints;
  for (const c of rest) {
    expect({ step: c.step, live: c.liveBuffers, liveBytes: c.liveBytes, owned: c.ownedBuffers }).toEqual({
      step: c.step,
      live: first.liveBuffers,
      liveBytes: first.liveBytes,
      owned: first.ownedBuffers,
    });
    // The pool stopped growing after the first steps: every allocation is served by a recycled buffer.
    expect({ step: c.step, total: c.totalBuffers, totalBytes: c.totalBytes }).toEqual({ step: c.step, total: first.totalBuffers, totalBytes: first.totalBytes });
  }
  // What stays live is the model, its gradients, the data and the last loss: a few dozen buffers.
  expect(first.liveBuffers).toBeLessThan(40);
  expect(r.checkpoints[9].loss).toBeLessThan(r.checkpoints[0].loss);
});
