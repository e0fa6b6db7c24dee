// torch.optim.lr_scheduler as a learner meets it: schedules that reach the optimizer's next step, PyTorch's
// warnings, errors and state. Per-epoch values against real PyTorch are in tests/python/torch/lr_*.py.

import { describe, expect, it } from 'vitest';
import { runPython } from '../../../run.ts';

interface Ran {
  stdout: string;
  warnings: string[];
  error: string | null;
}

async function run(code: string): Promise<Ran> {
  const out: Ran = { stdout: '', warnings: [], error: null };
  const result = await runPython(
    code,
    { stdout: (t) => (out.stdout += t), metric: () => {}, figure: () => {}, warning: (t) => out.warnings.push(t) },
    { filename: 'test.py', timeLimitMs: 30_000 },
  );
  if (!result.ok) out.error = result.error.traceback.trimEnd().split('\n').pop() ?? '';
  return out;
}

const prelude = `
import torch
from torch.optim.lr_scheduler import StepLR, LambdaLR, ConstantLR, _LRScheduler
w = torch.nn.Parameter(torch.ones(1))
`;

describe('torch.optim.lr_scheduler', () => {
  it('is importable both ways and is an attribute of torch.optim', async () => {
    const ran = await run(`${prelude}
import torch.optim.lr_scheduler as L
print(L.StepLR is StepLR, torch.optim.lr_scheduler.CosineAnnealingLR)`);
    expect(ran.error).toBeNull();
    expect(ran.stdout).toBe("True <class 'torch.optim.lr_scheduler.CosineAnnealingLR'>\n");
  });

  it("changes the lr that the optimizer's next step() uses", async () => {
    const ran = await run(`${prelude}
opt = torch.optim.SGD([w], lr=1.0)
sched = StepLR(opt, step_size=1, gamma=0.5)
for _ in range(3):
    w.grad = torch.ones(1)
    opt.step()
    sched.step()
    print(w.item())`);
    expect(ran.stdout).toBe('0.0\n-0.5\n-0.75\n');
  });

  it("records initial_lr in the optimizer's param groups at construction", async () => {
    const ran = await run(`${prelude}
opt = torch.optim.SGD([w], lr=0.3)
sched = ConstantLR(opt, factor=0.5, total_iters=2)
print(opt.param_groups[0]['initial_lr'], opt.param_groups[0]['lr'], sched.base_lrs, sched.last_epoch)`);
    expect(ran.stdout).toBe('0.3 0.15 [0.3] 0\n');
  });

  it('warns once, with PyTorch 1.13 text, when scheduler.step() comes before optimizer.step()', async () => {
    const ran = await run(`${prelude}
opt = torch.optim.SGD([w], lr=1.0)
sched = StepLR(opt, step_size=1)
for _ in range(3):
    sched.step()
    opt.step()`);
    expect(ran.warnings).toEqual([
      'test.py:9: UserWarning: Detected call of `lr_scheduler.step()` before `optimizer.step()`. In PyTorch 1.1.0 and ' +
        'later, you should call them in the opposite order: `optimizer.step()` before `lr_scheduler.step()`.  Failure to ' +
        'do this will result in PyTorch skipping the first value of the learning rate schedule. See more details at ' +
        'https://pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate\n',
    ]);
  });

  it('does not warn when optimizer.step() comes first', async () => {
    const ran = await run(`${prelude}
opt = torch.optim.SGD([w], lr=1.0)
sched = StepLR(opt, step_size=1)
for _ in range(3):
    opt.step()
    sched.step()`);
    expect(ran.warnings).toEqual([]);
  });

  it('warns that get_lr() outside step() is not the last lr', async () => {
    const ran = await run(`${prelude}
sched = StepLR(torch.optim.SGD([w], lr=1.0), step_size=1)
sched.optimizer.step()
sched.step()
print(sched.get_lr(), sched.get_last_lr())`);
    expect(ran.stdout).toBe('[0.010000000000000002] [0.1]\n');
    expect(ran.warnings).toEqual([
      'test.py:9: UserWarning: To get the last learning rate computed by the scheduler, please use `get_last_lr()`.\n',
    ]);
  });

  it('prints each adjustment when verbose, as PyTorch does', async () => {
    const ran = await run(`${prelude}
opt = torch.optim.SGD([w], lr=0.5)
sched = StepLR(opt, step_size=1, gamma=0.1, verbose=True)
opt.step()
sched.step()`);
    expect(ran.stdout).toBe('Adjusting learning rate of group 0 to 5.0000e-01.\nAdjusting learning rate of group 0 to 5.0000e-02.\n');
  });

  it('rejects an object that is not an optimizer, and resuming without initial_lr', async () => {
    expect((await run(`${prelude}StepLR([w], step_size=2)`)).error).toBe('TypeError: list is not an Optimizer');
    expect((await run(`${prelude}StepLR(torch.optim.SGD([w]), step_size=2, last_epoch=3)`)).error).toBe(
      `KeyError: "param 'initial_lr' is not specified in param_groups[0] when resuming an optimizer"`,
    );
    expect((await run(`${prelude}ConstantLR(torch.optim.SGD([w]), factor=2)`)).error).toBe(
      'ValueError: Constant multiplicative factor expected to be between 0 and 1.',
    );
  });

  it('runs a learner subclass of _LRScheduler with its own get_lr', async () => {
    const ran = await run(`${prelude}
class Halving(_LRScheduler):
    def __init__(self, optimizer, last_epoch=-1):
        self.rate = 0.5
        super().__init__(optimizer, last_epoch)

    def get_lr(self):
        return [base * self.rate ** self.last_epoch for base in self.base_lrs]

opt = torch.optim.SGD([w], lr=1.0)
sched = Halving(opt)
for _ in range(2):
    opt.step()
    sched.step()
print(sched.get_last_lr(), sorted(sched.state_dict()))`);
    expect(ran.error).toBeNull();
    expect(ran.stdout).toBe(
      "[0.25] ['_get_lr_called_within_step', '_last_lr', '_step_count', 'base_lrs', 'last_epoch', 'rate', 'verbose']\n",
    );
  });

  it("keeps a callable object's __dict__ in LambdaLR's state_dict and restores it", async () => {
    const ran = await run(`${prelude}
class Decay:
    def __init__(self, rate):
        self.rate = rate
    def __call__(self, epoch):
        return self.rate ** epoch

sched = LambdaLR(torch.optim.SGD([w], lr=1.0), [Decay(0.5)])
state = sched.state_dict()
state['lr_lambdas'][0]['rate'] = 0.25
other = LambdaLR(torch.optim.SGD([w], lr=1.0), [Decay(0.5)])
other.load_state_dict(state)
other.step()
print(state['lr_lambdas'], other.lr_lambdas[0].rate, other.get_last_lr())`);
    expect(ran.error).toBeNull();
    expect(ran.stdout).toBe("[{'rate': 0.25}] 0.25 [0.25]\n");
  });
});
