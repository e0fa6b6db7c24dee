# String predicates and case methods, as a learner checks user-like input.
samples = ["Hello", "WORLD", "python3", "42", "   ", "Title Case Words", "mixedCASE", "", "3.14", "ünïcödé", "x_y"]
for s in samples:
    print(repr(s).ljust(20), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isnumeric(), s.isdecimal(), s.isidentifier())
for s in ["hello world", "HELLO", "mIxEd", "o'neil mcdonald", "ß"]:
    print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("abc" < "abd", "Zebra" < "apple", "apple".upper() == "APPLE", ord("a"), chr(66))
print(sorted(["banana", "Apple", "cherry"]), sorted(["banana", "Apple", "cherry"], key=str.lower))
