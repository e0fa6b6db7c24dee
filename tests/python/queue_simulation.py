# A checkout-queue simulation with a deque, seeded randomness and summary statistics.
import random
from collections import deque

random.seed(3)
queue = deque()
served, waits = 0, []
for minute in range(60):
    if random.random() < 0.6:
        queue.append(minute)
    if queue and random.random() < 0.55:
        arrived = queue.popleft()
        waits.append(minute - arrived)
        served += 1
    if minute % 15 == 14:
        print(f"minute {minute + 1:2}: queue {len(queue):2} {'#' * len(queue)}")
print(served, len(queue), max(waits), round(sum(waits) / len(waits), 3), sorted(waits)[len(waits) // 2])
recent = deque(maxlen=5)
for w in waits:
    recent.append(w)
print(list(recent), sum(recent) / len(recent))
