// npm run bench: Tandem (CPU, WebGPU, automatic placement) against TensorFlow.js 4.22 (cpu, wasm, webgl,
// webgpu) in one headless-Chromium run on the adapter Chromium finds (SwiftShader here, with the flags the
// tests use). Workloads: the seed's regression and classifier as whole programs, an MLP 784-128-10 Adam step,
// and 512² and 1024² matrix products. Prints a table and the ratios issue 8 sets as targets, and writes them to
// bench/results/webgpu.json. It asserts nothing: figures go into docs/BENCHMARKS.md by hand.
import { chromium } from '@playwright/test';
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from '../playwright.config.ts';
import { RUNNERS, WORKLOADS, type BenchReport, type Measurement, type Runner, type Workload } from './webgpu/protocol.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4398);
const root = join(import.meta.dirname, '..');
const base = `http://127.0.0.1:${PORT}`;
// BENCH_RUNNERS=tandem-webgpu,tfjs-webgl BENCH_WORKLOADS=mlp-step: one figure, measured again and again. A
// narrowed run writes webgpu-partial.json, leaving the full run's results alone.
const narrowed = new URLSearchParams();
if (process.env.BENCH_RUNNERS) narrowed.set('runners', process.env.BENCH_RUNNERS);
if (process.env.BENCH_WORKLOADS) narrowed.set('workloads', process.env.BENCH_WORKLOADS);

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the benchmark page did not come up on ${base}`);
}

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/**
 * The test flags put WebGPU on SwiftShader. BENCH_ADAPTER=hardware drops that flag (and Chromium's GPU blocklist)
 * so that Chromium takes the machine's own GPU: for a machine with a real GPU (issue 8, acceptance 4). The
 * report's info lines name the adapter that ran.
 */
function browserArgs(): string[] {
  if (process.env.BENCH_ADAPTER !== 'hardware') return chromiumArgs;
  return [...chromiumArgs.filter((a) => !a.startsWith('--use-webgpu-adapter=')), '--ignore-gpu-blocklist'];
}

function value(report: BenchReport, runner: Runner, workload: Workload): number | null {
  const m = report.measurements.find((x) => x.runner === runner && x.workload === workload);
  return m !== undefined && 'value' in m ? m.value : null;
}

function cell(m: Measurement | undefined): string {
  if (m === undefined) return '—';
  if ('error' in m) return 'fails';
  return m.value >= 100 ? m.value.toFixed(0) : m.value.toFixed(m.value >= 10 ? 1 : 2);
}

interface Ratio {
  readonly name: string;
  readonly value: number | null;
  readonly target: string;
}

function ratios(report: BenchReport): Ratio[] {
  const div = (a: number | null, b: number | null): number | null => (a === null || b === null || b === 0 ? null : a / b);
  const tfjs: Runner[] = ['tfjs-cpu', 'tfjs-wasm', 'tfjs-webgl', 'tfjs-webgpu'];
  const bestTfjsFit = Math.min(...tfjs.map((r) => value(report, r, 'regression-fit') ?? Infinity));
  return [
    { name: 'matmul 512²: Tandem WebGPU / TF.js WebGL (GFLOP/s)', value: div(value(report, 'tandem-webgpu', 'matmul-512'), value(report, 'tfjs-webgl', 'matmul-512')), target: '≥ 1' },
    { name: 'MLP step: Tandem WebGPU / TF.js WebGL (time)', value: div(value(report, 'tandem-webgpu', 'mlp-step'), value(report, 'tfjs-webgl', 'mlp-step')), target: '≤ 1' },
    { name: 'seed regression: Tandem (auto) / best TF.js (time)', value: div(value(report, 'tandem-auto', 'regression-fit'), Number.isFinite(bestTfjsFit) ? bestTfjsFit : null), target: '≤ 0.15' },
    { name: 'matmul 1024²: Tandem WebGPU / TF.js WebGPU (GFLOP/s)', value: div(value(report, 'tandem-webgpu', 'matmul-1024'), value(report, 'tfjs-webgpu', 'matmul-1024')), target: '> 1 on a real GPU' },
    { name: 'matmul 1024²: Tandem WebGPU / TF.js WebGL (GFLOP/s)', value: div(value(report, 'tandem-webgpu', 'matmul-1024'), value(report, 'tfjs-webgl', 'matmul-1024')), target: '> 1 on a real GPU' },
  ];
}

function print(report: BenchReport): void {
  const header = ['workload', 'unit', ...RUNNERS];
  const rows = WORKLOADS.map((w) => [w.title, w.unit, ...RUNNERS.map((r) => cell(report.measurements.find((m) => m.runner === r && m.workload === w.id)))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log('');
  for (const r of ratios(report)) console.log(`${r.name}: ${r.value === null ? 'n/a' : r.value.toFixed(2)} (target ${r.target})`);
  const failures = report.measurements.filter((m): m is Extract<Measurement, { error: string }> => 'error' in m);
  const reasons = new Map<string, string>();
  for (const f of failures) if (!reasons.has(f.runner)) reasons.set(f.runner, f.error);
  for (const [runner, error] of reasons) console.log(`${runner} fails: ${error}`);
  for (const text of report.info) console.log(text);
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) execSync('npx vite build -c bench/webgpu/vite.config.ts', { cwd: root, stdio: 'pipe' });
  const server = spawn('npx', ['vite', 'preview', '-c', 'bench/webgpu/vite.config.ts', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
  });
  try {
    await waitForServer();
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: browserArgs() });
    const page = await browser.newPage();
    await page.goto(narrowed.size === 0 ? base : `${base}/?${narrowed}`);
    await page.waitForFunction(() => window.__benchReport !== undefined, undefined, { timeout: 30 * 60_000, polling: 1000 });
    const report = (await page.evaluate(() => window.__benchReport)) as BenchReport;
    await browser.close();
    print(report);
    const out = join(root, 'bench', 'results');
    mkdirSync(out, { recursive: true });
    const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', userAgent: report.userAgent };
    const file = narrowed.size === 0 ? 'webgpu.json' : 'webgpu-partial.json';
    writeFileSync(join(out, file), `${JSON.stringify({ date: new Date().toISOString(), machine, ...report, ratios: ratios(report) }, null, 2)}\n`);
    console.log(`\nwrote bench/results/${file}`);
  } finally {
    server.kill();
  }
}

await main();
