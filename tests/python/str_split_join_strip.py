# Splitting, joining and stripping text the way data-cleaning code does.
line = "  name, age ,city  ,  "
print(line.split(","), [p.strip() for p in line.split(",")], line.strip().rstrip(","))
print("a b   c\td\ne".split(), "a,b,,c".split(","), "a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 1))
print("one\ntwo\r\nthree\n".splitlines(), "one\ntwo\n".splitlines(keepends=True))
print("-".join(["2024", "01", "15"]), "".join(reversed("stressed")), ", ".join(str(n) for n in range(5)))
print("xxhixx".strip("x"), "..path..".lstrip("."), "file.txt  ".rstrip(), "  pad ".strip() + "|")
print("key=value=more".partition("="), "no separator".partition("="), "a/b/c".rpartition("/"))
print("prefix_name".removeprefix("prefix_"), "report.csv".removesuffix(".csv"), "report.csv".removesuffix(".txt"))
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), max(words, key=len), sorted(set(words)), " ".join(w[::-1] for w in words))
record = "alice:30:paris;bob:25:rome;carol:35:oslo"
people = [dict(zip(["name", "age", "city"], item.split(":"))) for item in record.split(";")]
print(people)
print(sum(int(p["age"]) for p in people) / len(people))
