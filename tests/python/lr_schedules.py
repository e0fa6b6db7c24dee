# Learning-rate schedules: step decay, exponential decay, cosine annealing and linear warmup.
import math

def step_decay(epoch, lr0=0.1, drop=0.5, every=10):
    return lr0 * drop ** (epoch // every)

def exponential(epoch, lr0=0.1, k=0.05):
    return lr0 * math.exp(-k * epoch)

def cosine(epoch, total=50, lr_min=0.001, lr_max=0.1):
    return lr_min + 0.5 * (lr_max - lr_min) * (1 + math.cos(math.pi * epoch / total))

def warmup_then_cosine(epoch, warmup=5, total=50):
    if epoch < warmup:
        return 0.1 * (epoch + 1) / warmup
    return cosine(epoch - warmup, total - warmup)

print(f"{'epoch':>5} {'step':>8} {'exp':>8} {'cosine':>8} {'warmup':>8}")
for epoch in range(0, 51, 5):
    print(f"{epoch:>5} {step_decay(epoch):>8.4f} {exponential(epoch):>8.4f} {cosine(epoch):>8.4f} {warmup_then_cosine(epoch):>8.4f}")
print(min(range(50), key=cosine), max(range(50), key=warmup_then_cosine))
