// npm run bench:app: how fast the built app is for a learner, measured in headless Chromium against the
// production build served locally (vite preview), each figure the median of several fresh page loads:
//   - navigation → runnable editor: from navigation start until both panes hold an editor the learner can type
//     in and run (the plain editor that stands in until Monaco arrives), and until Monaco itself is ready;
//   - JS before first paint: gzip bytes of the scripts the page had fetched by its first contentful paint;
//   - Run click → first chart point: from the Run both click until the first loss point is on the chart.
// It prints figures and their targets; it asserts nothing (timings belong in docs/BENCHMARKS.md, not tests).
import { chromium, type Page } from '@playwright/test';
import { spawn, execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 4399);
const LESSON = '04-regression';
const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const base = `http://127.0.0.1:${PORT}`;

interface Sample {
  editorRunnableMs: number;
  editorReadyMs: number;
  firstPaintMs: number;
  jsBeforePaintGzip: number;
  scriptsBeforePaint: string[];
  runToPointMs: number;
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) execSync('npx vite build', { cwd: root, stdio: 'pipe' });
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: root, stdio: 'ignore' });
  try {
    await waitForServer();
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-background-networking'] });
    const samples: Sample[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A fresh context each time: an empty HTTP cache and no service worker, as on a learner's first visit.
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1440, height: 900 } });
      samples.push(await measure(await context.newPage()));
      await context.close();
    }
    await browser.close();
    report(samples);
  } finally {
    server.kill();
  }
}

async function measure(page: Page): Promise<Sample> {
  await page.goto(`${base}/#/lessons/${LESSON}`);
  await page.waitForFunction(
    () => ['keras', 'pytorch'].every((pane) => performance.getEntriesByName(`tandem:editor-ready:${pane}`).length > 0),
    undefined,
    { timeout: 60_000 },
  );
  // (No named functions inside evaluate: tsx would wrap them in a helper the page does not have.)
  const timings = await page.evaluate(() => {
    const [runnable, ready] = ['tandem:editor-runnable', 'tandem:editor-ready'].map((mark) =>
      Math.max(...['keras', 'pytorch'].map((pane) => performance.getEntriesByName(`${mark}:${pane}`)[0]!.startTime)),
    );
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
    const scripts = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.js') && entry.startTime < paint)
      .map((entry) => new URL(entry.name).pathname);
    // An editor counts from the moment it is on screen: its mark, or the first paint if that came later.
    return { runnable: Math.max(runnable!, paint), ready: ready!, paint, scripts };
  });
  // The scripts index.html loads by itself are fetched before the resource timeline is read; count them too.
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((match) => match[1]!);
  const scripts = [...new Set([...entry, ...timings.scripts])];
  const jsBeforePaintGzip = scripts.reduce((sum, path) => sum + gzipSync(readFileSync(join(dist, path))).length, 0);

  // A learner reads before pressing Run; by then the Python workers the lesson started have loaded.
  await page.waitForTimeout(1500);
  const runToPointMs = await page.evaluate(async () => {
    const clicked = performance.now();
    document.querySelector<HTMLButtonElement>('[data-testid=run-both]')!.click();
    for (;;) {
      const point = performance.getEntriesByName('tandem:first-point').find((mark) => mark.startTime >= clicked);
      if (point !== undefined) return point.startTime - clicked;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  });
  return { editorRunnableMs: timings.runnable, editorReadyMs: timings.ready, firstPaintMs: timings.paint, jsBeforePaintGzip, scriptsBeforePaint: scripts, runToPointMs };
}

function report(samples: Sample[]): void {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const rows: [string, string, string][] = [
    ['navigation → runnable editor', `${median(samples.map((s) => s.editorRunnableMs)).toFixed(0)} ms`, '≤ 1000 ms'],
    ['navigation → Monaco editor', `${median(samples.map((s) => s.editorReadyMs)).toFixed(0)} ms`, ''],
    ['JS before first paint (gzip)', `${(median(samples.map((s) => s.jsBeforePaintGzip)) / 1024).toFixed(1)} KB`, '≤ 300 KB'],
    ['Run click → first chart point', `${median(samples.map((s) => s.runToPointMs)).toFixed(0)} ms`, '≤ 150 ms'],
    ['(first contentful paint)', `${median(samples.map((s) => s.firstPaintMs)).toFixed(0)} ms`, ''],
  ];
  console.log(`Tandem app benchmark: lesson ${LESSON}, production build, headless Chromium, median of ${samples.length} fresh loads`);
  for (const [name, value, target] of rows) console.log(`  ${name.padEnd(32)} ${value.padStart(10)}   ${target}`);
  console.log(`  scripts before first paint: ${samples[0]!.scriptsBeforePaint.join(', ')}`);
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview did not start on ${base}`);
}

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

await main();
