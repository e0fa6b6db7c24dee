# Searching and replacing in strings.
text = "the cat sat on the mat with the hat"
print(text.find("the"), text.find("the", 1), text.rfind("the"), text.find("dog"), text.index("cat"), text.rindex("at"))
print(text.count("the"), text.count("at"), text.count("at", 10, 20), "aaaa".count("aa"))
print(text.replace("the", "a"), text.replace("the", "THE", 2), "banana".replace("a", ""))
print(text.startswith("the"), text.endswith(("hat", "dog")), text.startswith("cat", 4), "hello".endswith("ll", 0, 4))
print("cat" in text, "dog" not in text, text.upper().count("T"))
try:
    text.index("dog")
except ValueError as e:
    print("ValueError:", e)
positions = []
start = 0
while True:
    i = text.find("at", start)
    if i == -1:
        break
    positions.append(i)
    start = i + 1
print(positions)
template = "Dear NAME, your order ORDER ships on DATE."
for key, value in {"NAME": "Ann", "ORDER": "#42", "DATE": "Monday"}.items():
    template = template.replace(key, value)
print(template)
print("a-b_c d".translate(str.maketrans("-_", "  ")), "hello".center(11, "*"), "42".zfill(5), "-42".zfill(5))
print("tab\tseparated".expandtabs(4), "x".join("abc"), "Hi" * 3)
