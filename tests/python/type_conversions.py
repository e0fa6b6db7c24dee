# Conversions between types, and what each one accepts or rejects.
values = ["42", " 7 ", "3.5", "-0", "1e3", "0x1A", "", "abc", "1_000"]
for v in values:
    results = []
    for conv in (int, float):
        try:
            results.append(conv(v))
        except ValueError as e:
            results.append(f"ValueError({e})")
    print(repr(v), results)
print(int(7.9), int(-7.9), int(True), int("0x1A", 16), int("z", 36), int("101", 2), float(3), float("-inf"), float("nan"))
print(str(3.0), str(10 ** 20), str(1e21), str([1, "a"]), str({"k": None}), str((1,)), repr("it's"), repr('say "hi"'))
print(bool(""), bool(" "), bool([]), bool([0]), bool({}), bool(0.0), bool(None), bool(range(0)), bool(-0.0))
print(list("abc"), list({1: "a", 2: "b"}.items()), tuple([1, 2]), set([1, 1, 2]), dict([(1, 2)]), list(range(3, 0, -1)))
print(chr(97), ord("€"), hex(ord("A")), str(b"x" if False else "bytes skipped"), round(float("2.675"), 2), format(1 / 3, ".3"))
print(int(float("1e3")), float(int("12")), int("  -15  "), str(None), str(True) + "!", float("  .5"))
