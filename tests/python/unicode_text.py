s = "naïve café — 日本語 😀!"
print(len(s), s.upper(), s.title(), s[6:10], s[-2:], s.split(" "), s.find("日"))
print([c for c in "é😀a"], list(reversed("ab😀")), "😀" in s, s.count("é"), ord("é"), chr(233))
print("Ünïcödé".lower(), "straße".upper(), "ǆ".upper(), "ΑΒΓ".lower(), "ﬁ".upper() if False else "skip")
print(repr("é"), repr("日本"), ascii("é日"), repr("\u200b"), len("\u200b"))
print("ab😀cd".replace("😀", "-"), "😀".join("ab"), "x😀y".split("😀"), "😀😀".count("😀"))
print(f"{'é':>4}|{'日本':^6}|{'😀':<3}|", "%-4s|" % "é")
print(sorted(["é", "e", "z", "a", "É"]), max("éa"), "é" > "z")
