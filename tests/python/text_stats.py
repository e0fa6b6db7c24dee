text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(words), len(freq), top)
print(max(words, key=len), sorted({len(w) for w in words}))
lines = text.splitlines()
print(len(lines), [len(l) for l in lines], lines[1].upper()[:10])
vowels = sum(1 for ch in text.lower() if ch in "aeiou")
print(vowels, text.count("was"), text.find("worst"), text.index("age"))
initials = "".join(w[0] for w in words if w)
print(initials)
print(" ".join(reversed(lines[0].split())))
caps = " ".join(w.capitalize() for w in lines[0].split())
print(caps)
table = [(w, c, "*" * c) for w, c in top]
for w, c, bar in table:
    print(f"{w:>6} {c:2d} {bar}")
