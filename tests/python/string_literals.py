a = 'single'
b = "double"
c = """triple
quoted"""
d = '''also
triple'''
e = r"raw\nstring"
f = "escapes: \t|\\|\'|\"|\x41|\u00e9|\101"
print(a, b, c, d, e, f, sep="\n")
print(repr(c), repr(e), repr(f), len(e), len("\n"))
print("implicit " "concatenation", ("multi "
      "line"), 'mixed "quotes"', "it's")
g = f"""f-triple {a}
next {b!r}"""
print(g)
print(rf"raw f {a}\n", fr"{b}\t")
print("unicode: café naïve 日本 😀", len("日本"), "日本"[1], "😀".isalpha())
print("line1\
continued")
