# A tiny multinomial naive Bayes spam filter with Laplace smoothing and log probabilities.
import math
from collections import Counter, defaultdict

train = [
    ("win money now", "spam"), ("cheap pills win", "spam"), ("meeting at noon", "ham"),
    ("lunch tomorrow at noon", "ham"), ("win a free lunch", "spam"), ("project meeting notes", "ham"),
]
word_counts = defaultdict(Counter)
class_counts = Counter()
for text, label in train:
    class_counts[label] += 1
    word_counts[label].update(text.split())
vocab = sorted({w for counts in word_counts.values() for w in counts})
print(len(vocab), class_counts, word_counts["spam"].most_common(2))

def log_posterior(text, label):
    total = sum(word_counts[label].values())
    score = math.log(class_counts[label] / sum(class_counts.values()))
    for w in text.split():
        score += math.log((word_counts[label][w] + 1) / (total + len(vocab)))
    return score

for message in ["win cheap lunch", "meeting tomorrow", "free money", "notes at noon"]:
    scores = {label: log_posterior(message, label) for label in class_counts}
    best = max(scores, key=scores.get)
    print(f"{message!r:22} -> {best:4}  " + "  ".join(f"{k}={v:.3f}" for k, v in sorted(scores.items())))
