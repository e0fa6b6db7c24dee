# Descriptive statistics written out by hand: mean, median, mode, variance, std, percentiles, correlation.
data = [2.5, 3.1, 4.7, 3.1, 5.0, 6.2, 3.9, 4.4, 3.1, 7.8]

def mean(xs):
    return sum(xs) / len(xs)

def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2

def mode(xs):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    return max(counts, key=counts.get)

def variance(xs, ddof=0):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / (len(xs) - ddof)

def percentile(xs, p):
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    f = int(k)
    c = min(f + 1, len(s) - 1)
    return s[f] + (s[c] - s[f]) * (k - f)

def correlation(xs, ys):
    mx, my = mean(xs), mean(ys)
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    return cov / (sum((x - mx) ** 2 for x in xs) * sum((y - my) ** 2 for y in ys)) ** 0.5

print(mean(data), median(data), mode(data), round(variance(data), 6), round(variance(data, 1) ** 0.5, 6))
print([round(percentile(data, p), 4) for p in (0, 25, 50, 75, 90, 100)])
hours = [1, 2, 3, 4, 5, 6]
marks = [52, 55, 61, 70, 74, 83]
print(round(correlation(hours, marks), 6), round(correlation(hours, marks[::-1]), 6))
z = [(x - mean(data)) / variance(data) ** 0.5 for x in data]
print([round(v, 3) for v in z], round(sum(z), 10))
