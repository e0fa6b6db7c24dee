scores = [s for s in [40, 55] if s > 60]
print(max(scores))
