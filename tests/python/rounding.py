values = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 1.015, 0.045, 123.455, 1e-10, 99.995]
for v in values:
    print(v, round(v), round(v, 1), round(v, 2), round(v, 0), f"{v:.2f}", f"{v:.1f}", f"{v:.0f}")
print(round(1234.5678, -2), round(-1234.5678, -1), round(5, -1), round(15, -1), round(25, -1), round(-25, -1))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 1)), round(0.0), round(-0.0, 1))
print(round(1e15 + 0.5), round(2.5e15), round(1 / 3, 5), round(2 / 3, 16))
