rows = [("loss", 0.123456), ("accuracy", 0.98), ("val_loss", 12.5)]
for name, value in rows:
    print(f"{name:<10}|{value:>10.4f}|{value:^12.2e}|")
print(f"{'left':<8}|{'right':>8}|{'center':^8}|{'fill':*^10}|{'x':_<4}|")
print(f"{1:03d} {12:5d} {-3:<5d}| {3.5:08.3f} {-3.5:+08.2f} {7:x>4}")
for epoch in [1, 10, 100]:
    print(f"Epoch {epoch:>3}/100 - loss: {1 / epoch:.4f} - acc: {1 - 1 / epoch:.2%}")
table = {"a": 1.5, "bb": 22.25, "ccc": 333.125}
width = max(len(k) for k in table)
for k, v in table.items():
    print(f"{k:>{width}} = {v:{8}.{2}f}")
print(format(1234.5678, ","), format(1234.5678, ",.1f"), format(-0.0, ".1f"), format(0.5, ".0f"), format(1.5, ".0f"))
print(f"{123456789:_d}", f"{0xff:#06x}", f"{5:#010b}", f"{-5:05}", f"{3.0:.3g}", f"{1234567.0:.3g}")
print(f"{0.0001:.1e}", f"{12345.0:g}", f"{123456789012.0:g}", f"{0.1 + 0.2:.17f}", f"{1/3:.30f}")
print(f"{1e-7}", f"{1.0e+20}", f"{2.5}", f"{100}", f"{1_000_000}", f"{0o17}", f"{0b101}")
