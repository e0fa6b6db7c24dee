import torch
from torch.optim.lr_scheduler import StepLR

# scheduler.step() before optimizer.step() skips the first lr of the schedule (and warns on stderr).
w = torch.nn.Parameter(torch.ones(1))
opt = torch.optim.SGD([w], lr=1.0)
sched = StepLR(opt, step_size=1, gamma=0.5)
for epoch in range(3):
    sched.step()
    w.grad = torch.ones(1)
    opt.step()
    print(epoch, sched.get_last_lr(), w.item(), opt._step_count)

sched = StepLR(opt, step_size=2, verbose=True)
opt.step()
sched.step()
sched.step()
print(sched.get_lr())
sched.step(5)
print(sched.get_last_lr())
