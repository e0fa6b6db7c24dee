# Printing a training log and a summary table with aligned columns, as a fit() loop would.
history = {"loss": [0.6931, 0.5123, 0.3845, 0.2910, 0.2234], "accuracy": [0.50, 0.72, 0.84, 0.90, 0.94],
           "val_loss": [0.7010, 0.5405, 0.4321, 0.3650, 0.3402], "val_accuracy": [0.48, 0.68, 0.80, 0.85, 0.86]}
epochs = len(history["loss"])
for e in range(epochs):
    bar = "━" * (e + 1) * 4
    print(f"Epoch {e + 1}/{epochs} {bar:<20} " + " - ".join(f"{k}: {v[e]:.4f}" for k, v in history.items()))
best = min(range(epochs), key=lambda e: history["val_loss"][e])
print(f"\nbest epoch: {best + 1} (val_loss {history['val_loss'][best]:.4f})")
header = ["layer", "output shape", "params"]
rows = [("dense", "(None, 16)", 80), ("dropout", "(None, 16)", 0), ("dense_1", "(None, 1)", 17)]
widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(line)
print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |")
print(line.replace("-", "="))
for row in rows:
    print("| " + " | ".join(str(x).rjust(w) if isinstance(x, int) else str(x).ljust(w) for x, w in zip(row, widths)) + " |")
print(line)
total = sum(r[2] for r in rows)
print(f"Total params: {total:,} ({total * 4 / 1024:.2f} KB)")
