x = 3.14159
n = 1234567
name = "Ada"
print(f"{x:.2f} {x:.0f} {x:10.3f}| {x:<10.3f}| {x:^10.3f}| {x:+.1f} {-x:.1f}")
print(f"{n:,} {n:_} {n:>12,} {n:012,} {n:e} {n:.3e} {n:x} {n:#x} {n:o} {n:b}")
print(f"{0.25:%} {0.25:.1%} {1/3:.4} {1234.5:g} {0.0000123:g} {1e20:g} {100.0:g}")
print(f"{name!r} {name!s} {name:>6} {name:*^9} {name:.2}")
print(f"{x=}", f"{n = }", f"{name=!s}", f"{x=:.1f}")
print(f"{'nested ' + name}", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }", f"{len(name) * 2}")
w = 8
p = 3
print(f"{x:{w}.{p}f}|", f"{'{'}{'}'}", f"{{literal}}")
print(f"{True}", f"{None}", f"{3}", f"{-0.0}", f"{1e16}", f"{2.5:.0f}", f"{3.5:.0f}")
print(f"{42:08.3f}", f"{-42:08d}", f"{42:+d}", f"{42: d}", f"{3:03}", f"{7.0:5}|")
print(f"{123.456:.2e}", f"{0.000123:.2E}", f"{1.5:G}", f"{float('inf'):.2f}", f"{float('nan'):5}")
print("{} + {} = {}".format(1, 2, 3), "{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{:>5}|{:<5}|{:^5}|".format("a", "b", "c"), "{0:.3f}".format(2 / 3), "{:,}".format(10 ** 9))
print("{0[1]} {1.real}".format([7, 8], 5), "{!r:>8}".format("s"), "{:{}}|".format("ab", 5))
print(format(3.14159, ".3f"), format(255, "x"), format("hi", ">4"), format(0.5), format(12))
