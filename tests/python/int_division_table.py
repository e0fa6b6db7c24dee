for a in [7, -7, 0, 13, -13]:
    row = []
    for b in [2, -2, 3, -3, 5]:
        row.append(f"{a}//{b}={a // b} {a}%{b}={a % b}")
    print(", ".join(row))
for a in [7.5, -7.5, 0.3]:
    print(a // 2, a % 2, a // -2, a % -2, divmod(a, 0.7))
print([divmod(n, 4) for n in range(-5, 6)])
