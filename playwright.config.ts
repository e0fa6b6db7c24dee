import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Playwright finds its browser in $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then its own install
// (a laptop with `npx playwright install`). CI and this workplace cannot download a browser.
function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

// Headless Chromium gets WebGPU through SwiftShader with these flags; the rest keep it off the network.
export const chromiumArgs = [
  '--enable-unsafe-webgpu',
  '--use-webgpu-adapter=swiftshader',
  '--enable-features=Vulkan',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const port = Number(process.env.TANDEM_E2E_PORT ?? 4317);
/** The WebGPU backend's test page (e2e/webgpu), built and served next to the app. */
export const webgpuHarnessPort = port + 1;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      // The production build, served as a learner would get it.
      command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The engine's tests in a worker on the WebGPU backend (e2e/webgpu.spec.ts), built fresh each run.
      command: `npx vite build -c e2e/webgpu/vite.config.ts && npx vite preview -c e2e/webgpu/vite.config.ts --host 127.0.0.1 --port ${webgpuHarnessPort} --strictPort`,
      url: `http://127.0.0.1:${webgpuHarnessPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
