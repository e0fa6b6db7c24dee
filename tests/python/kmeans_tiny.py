points = [(1.0, 1.0), (1.5, 2.0), (3.0, 4.0), (5.0, 7.0), (3.5, 5.0), (4.5, 5.0), (3.5, 4.5)]
centroids = [points[0], points[3]]
def dist2(a, b):
    return sum((x - y) ** 2 for x, y in zip(a, b))
for step in range(5):
    clusters = [[] for _ in centroids]
    for p in points:
        idx = min(range(len(centroids)), key=lambda i: dist2(p, centroids[i]))
        clusters[idx].append(p)
    new = [tuple(sum(c) / len(cl) for c in zip(*cl)) for cl in clusters]
    print(step, [len(c) for c in clusters], [(round(x, 3), round(y, 3)) for x, y in new])
    if new == centroids:
        break
    centroids = new
