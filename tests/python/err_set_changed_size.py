tags = {"a", "b", "c"}
for t in tags:
    tags.add(t.upper())
