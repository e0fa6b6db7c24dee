records = [
    {"name": "alpha", "score": 0.91, "tags": ["a", "b"]},
    {"name": "beta", "score": 0.78, "tags": []},
    {"name": "gamma", "score": 0.85, "tags": ["c"]},
]
print(sorted(r["name"] for r in records if r["score"] > 0.8))
best = max(records, key=lambda r: r["score"])
print(best["name"], best)
for r in records:
    r["rank"] = sorted(records, key=lambda x: -x["score"]).index(r) + 1
print([(r["name"], r["rank"]) for r in records])
all_tags = sorted({t for r in records for t in r["tags"]})
print(all_tags, sum(len(r["tags"]) for r in records))
by_name = {r["name"]: r for r in records}
by_name["beta"]["score"] = 0.99
print(records[1]["score"], [r["name"] for r in sorted(records, key=lambda r: r["score"], reverse=True)])
print(records)
