from collections import deque
queue = deque([1])
queue.popleft()
queue.popleft()
