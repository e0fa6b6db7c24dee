from collections import Counter
c = Counter("hello")
print(c.most_common(1))
c.least_common()
