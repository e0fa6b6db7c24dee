// PyTorch's device code on WebGPU (runs in the browser, e2e/webgpu): Tandem's 'cuda' is the WebGPU device, and
// programs written for a GPU run there with PyTorch's answers, prints and errors.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AutoBackend } from '../../../engine/backends/auto/backend.ts';
import type { Backend } from '../../../engine/backends/backend.ts';
import { CpuBackend } from '../../../engine/backends/cpu/index.ts';
import { defaultBackend, setDefaultBackend } from '../../../engine/backends/registry.ts';
import { WebGpuBackend } from '../../../engine/backends/webgpu/backend.ts';
import { runCollecting } from '../runForTest.ts';

let previous: Backend;

beforeEach(() => {
  previous = defaultBackend();
  const gpu = previous instanceof AutoBackend ? previous.webgpu : previous;
  if (!(gpu instanceof WebGpuBackend)) throw new Error('these tests need a WebGPU backend behind the default backend (e2e/webgpu)');
  setDefaultBackend(new AutoBackend(new CpuBackend(), gpu));
});

afterEach(() => setDefaultBackend(previous));

async function run(code: string): Promise<string> {
  const { stdout, error } = await runCollecting(code);
  return error === null ? stdout : `${stdout}${error}`;
}

describe('torch on WebGPU', () => {
  it('has a cuda device, and tensors moved there print and report it as PyTorch does', async () => {
    const out = await run(`import torch
print(torch.cuda.is_available(), torch.cuda.device_count())
device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
print(device, repr(device))
x = torch.tensor([1.0, 2.0, 3.0])
y = x.to(device)
print(x.device, y.device, y.is_cuda, repr(y.device))
print(y * 2)
print(y.cpu() + 1)
z = torch.zeros(2, device=device, dtype=torch.float64)
print(z)
`);
    expect(out).toBe(`True 1
cuda device(type='cuda')
cpu cuda:0 True device(type='cuda', index=0)
tensor([2., 4., 6.], device='cuda:0')
tensor([2., 3., 4.])
tensor([0., 0.], device='cuda:0', dtype=torch.float64)
`);
  });

  it('mixing devices raises PyTorch\'s RuntimeError', async () => {
    const out = await run(`import torch
x = torch.ones(3).cuda()
y = torch.ones(3)
try:
    x + y
except RuntimeError as e:
    print(e)
model = torch.nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
try:
    model(x)
except RuntimeError as e:
    print(e)
`);
    expect(out).toBe(`Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!
Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!
`);
  });

  it('trains a model moved with model.to(device) to the same losses as on the CPU', async () => {
    const program = (device: string) => `import torch
torch.manual_seed(0)
device = torch.device('${device}')
x = torch.linspace(-1, 1, 64).reshape(64, 1).to(device)
y = 3 * x + 0.5
model = torch.nn.Sequential(torch.nn.Linear(1, 16), torch.nn.Tanh(), torch.nn.Linear(16, 1)).to(device)
opt = torch.optim.Adam(model.parameters(), lr=0.05)
loss_fn = torch.nn.MSELoss()
for step in range(30):
    opt.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    opt.step()
    if step % 10 == 9:
        print(f'{loss.item():.5f}', loss.device, next(model.parameters()).device)
`;
    const gpu = await run(program('cuda'));
    const cpu = await run(program('cpu'));
    expect(gpu.split('\n').map((l) => l.replace(' cuda:0 cuda:0', ''))).toEqual(cpu.split('\n').map((l) => l.replace(' cpu cpu', '')));
    expect(gpu).toContain(' cuda:0 cuda:0');
  });
});
