header = ["epoch", "loss", "accuracy"]
rows = [(1, 0.693147, 0.5), (10, 0.350001, 0.8333), (100, 0.0412, 1.0)]
print(" | ".join(h.center(10) for h in header))
print("-+-".join("-" * 10 for _ in header))
for e, l, a in rows:
    print(" | ".join([str(e).rjust(10), f"{l:.4f}".rjust(10), f"{a:.2%}".rjust(10)]))
print("=" * 34)
print("total".ljust(20, ".") + str(len(rows)).rjust(14, "."))
for w in [1, 5, 12]:
    print(repr("x".center(w)), repr("ab".center(w, "-")), repr("abc".zfill(w)))
