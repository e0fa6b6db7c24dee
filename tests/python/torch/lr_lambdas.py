import torch
from torch.optim.lr_scheduler import LambdaLR, MultiplicativeLR

w = torch.nn.Parameter(torch.zeros(2))
b = torch.nn.Parameter(torch.zeros(1))

opt = torch.optim.SGD([{'params': [w]}, {'params': [b], 'lr': 1}], lr=0.1)
sched = LambdaLR(opt, lr_lambda=[lambda epoch: 0.95 ** epoch, lambda epoch: epoch // 3])
print(sched.base_lrs, sched.get_last_lr())
for epoch in range(10):
    opt.step()
    sched.step()
    print(epoch, sched.get_last_lr())


def warmup(epoch):
    return min(1.0, (epoch + 1) / 4)


opt = torch.optim.Adam([w], lr=0.01)
sched = torch.optim.lr_scheduler.LambdaLR(opt, warmup)
for epoch in range(6):
    opt.step()
    sched.step()
    print(epoch, sched.get_last_lr())

opt = torch.optim.SGD([w], lr=0.2)
sched = MultiplicativeLR(opt, lr_lambda=lambda epoch: 0.9 if epoch < 5 else 0.5)
print(sched.get_last_lr())
for epoch in range(10):
    opt.step()
    sched.step()
    print(epoch, sched.get_last_lr())
print(sorted(sched.state_dict().keys()))
print(sched.state_dict()['lr_lambdas'])

try:
    LambdaLR(opt, lr_lambda=[lambda e: 1.0, lambda e: 2.0])
except ValueError as e:
    print('ValueError:', e)
