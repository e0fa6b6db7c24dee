# f-string format specs: width, alignment, fill, sign, precision, grouping, types, conversions, nesting.
x, n, name = 3.14159265, 1234567, "Ada"
print(f"{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:^10.2f}|{x:>+10.2f}|{x:010.2f}")
print(f"{n:,}|{n:_}|{n:>12,}|{n:e}|{n:.3e}|{n:g}|{0.00001234:g}|{1e20:g}")
print(f"{255:b}|{255:o}|{255:x}|{255:X}|{255:#x}|{255:#b}|{255:08b}|{65:c}")
print(f"{0.25:%}|{0.256:.1%}|{-7:5d}|{7:+d}|{7: d}|{-7:=6d}|{42:*^9}")
print(f"{name!r}|{name!s}|{name:>8}|{name:-<8}|{name:^9}|{'é'!a}")
print(f"{'nested':{'>'}{12}}|{x:.{3}f}|{n:{','}}")
width, prec = 10, 4
print(f"[{x:{width}.{prec}f}]", f"{x=}", f"{n = :,}", f"{name.upper()=}")
values = [1.5, -0.25, 100.0, 1e-5]
for v in values:
    print(f"{v:8.3f} {v:10.2e} {v:>8g} {str(v):>10}")
print(f"{{literal braces}} {n // 1000}k {'yes' if n > 1000 else 'no'}")
print(f"{True:d} {False!r} {None!r:>6} {[1, 2]!s:>8} {3:3} {'ab':3}|")
print(f"{1234.5:,.2f} {-1234.5:,.1f} {0.1 + 0.2:.17f} {2/3:.0f} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
