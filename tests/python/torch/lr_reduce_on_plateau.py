import torch
from torch.optim.lr_scheduler import ReduceLROnPlateau

w = torch.nn.Parameter(torch.zeros(2))
losses = [1.0, 0.9, 0.8, 0.8, 0.8, 0.79995, 0.81, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7]

opt = torch.optim.SGD([w], lr=0.1)
sched = ReduceLROnPlateau(opt, patience=2, factor=0.5)
for epoch, loss in enumerate(losses):
    opt.step()
    sched.step(loss)
    print(epoch, repr(opt.param_groups[0]['lr']), sched.best, sched.num_bad_epochs, sched.in_cooldown)

opt = torch.optim.SGD([w], lr=1)
sched = ReduceLROnPlateau(opt, mode='max', factor=0.1, patience=1, threshold=0.05, threshold_mode='abs', cooldown=2,
                          min_lr=0.002)
accuracies = [0.5, 0.6, 0.62, 0.63, 0.64, 0.64, 0.7, 0.71, 0.72, 0.72, 0.72, 0.72, 0.72, 0.72]
for epoch, acc in enumerate(accuracies):
    sched.step(torch.tensor(acc))
    print(epoch, repr(opt.param_groups[0]['lr']), round(sched.best, 4), sched.num_bad_epochs, sched.cooldown_counter)

print(sched.state_dict())
sched2 = ReduceLROnPlateau(torch.optim.SGD([w], lr=1))
sched2.load_state_dict(sched.state_dict())
print(sched2.mode, sched2.mode_worse, sched2.threshold_mode, sched2.min_lrs, sched2.last_epoch)

for bad in [dict(factor=1.0), dict(mode='up'), dict(threshold_mode='pct')]:
    try:
        ReduceLROnPlateau(opt, **bad)
    except ValueError as e:
        print('ValueError:', e)
