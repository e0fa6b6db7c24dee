for n in [0, 7, 42, 255, -255, 65535, 10 ** 9]:
    print(f"{n:d}|{n:5d}|{n:<6d}|{n:^7d}|{n:+d}|{n:,}|{n:_}|{n:x}|{n:X}|{n:#o}|{n:b}|{n:08b}|{n:e}|{n:.2f}|{n:%}")
print(format(1234, "010"), format(-1234, "010"), format(1234, "+010,"), format(12, "c"), format(97, "c"))
print("{:>+8}".format(5), "{:=+8}".format(5), "{:<08}".format(5), "{:^08}".format(5), "{:*>8}".format(-5))
