import torch
from torch.optim.lr_scheduler import StepLR, MultiStepLR, ExponentialLR, CosineAnnealingLR, LinearLR, ConstantLR

w = torch.nn.Parameter(torch.zeros(2))


def run(make, lr=0.1, epochs=10):
    opt = torch.optim.SGD([w], lr=lr)
    sched = make(opt)
    print(type(sched).__name__, sched.last_epoch, sched.base_lrs, sched.get_last_lr())
    for epoch in range(epochs):
        opt.step()
        sched.step()
        print(epoch, sched.last_epoch, repr(sched.get_last_lr()[0]), repr(opt.param_groups[0]['lr']))


run(lambda o: StepLR(o, step_size=3))
run(lambda o: StepLR(o, step_size=2, gamma=0.5), lr=1)
run(lambda o: MultiStepLR(o, milestones=[2, 5, 5, 8], gamma=0.3))
run(lambda o: ExponentialLR(o, gamma=0.9))
run(lambda o: CosineAnnealingLR(o, T_max=4), epochs=12)
run(lambda o: CosineAnnealingLR(o, T_max=5, eta_min=0.001), lr=0.05, epochs=14)
run(lambda o: LinearLR(o))
run(lambda o: LinearLR(o, start_factor=1.0, end_factor=0.1, total_iters=6))
run(lambda o: ConstantLR(o))
run(lambda o: ConstantLR(o, factor=0.5, total_iters=3), lr=1)
