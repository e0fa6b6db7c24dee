import torch
from torch.optim.lr_scheduler import StepLR, CosineAnnealingLR, MultiStepLR

w = torch.nn.Parameter(torch.zeros(2))
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
sched = StepLR(opt, step_size=2, gamma=0.5)
print(opt.param_groups[0]['initial_lr'], opt.param_groups[0]['lr'])
print(opt)
for _ in range(3):
    opt.step()
    sched.step()
state = sched.state_dict()
print(state)

opt2 = torch.optim.SGD([w], lr=0.1, momentum=0.9)
sched2 = StepLR(opt2, step_size=7)
sched2.load_state_dict(state)
print(sched2.step_size, sched2.gamma, sched2.last_epoch, sched2.get_last_lr(), sched2.base_lrs)
for _ in range(4):
    opt2.step()
    sched2.step()
    print(sched2.last_epoch, sched2.get_last_lr(), opt2.param_groups[0]['lr'])

sched3 = MultiStepLR(torch.optim.SGD([w], lr=1), milestones=[3, 1, 3])
print(sched3.state_dict())

# Resuming: last_epoch=N needs 'initial_lr' in every group.
opt4 = torch.optim.SGD([w], lr=0.1)
try:
    CosineAnnealingLR(opt4, T_max=10, last_epoch=4)
except KeyError as e:
    print('KeyError:', e)
opt4.param_groups[0]['initial_lr'] = 0.1
sched4 = CosineAnnealingLR(opt4, T_max=10, last_epoch=4)
print(sched4.last_epoch, sched4.get_last_lr())
sched4.step()
print(sched4.last_epoch, sched4.get_last_lr())

try:
    StepLR([w], step_size=2)
except TypeError as e:
    print('TypeError:', e)
print(StepLR, isinstance(sched, torch.optim.lr_scheduler._LRScheduler))
