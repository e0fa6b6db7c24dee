val_losses = [0.9, 0.7, 0.6, 0.61, 0.58, 0.59, 0.6, 0.62, 0.5]
best = float("inf")
patience, wait = 2, 0
history = {"loss": [], "val_loss": []}
for epoch, vl in enumerate(val_losses, start=1):
    history["val_loss"].append(vl)
    history["loss"].append(round(vl * 0.9, 4))
    if vl < best - 1e-3:
        best, wait = vl, 0
        note = "improved"
    else:
        wait += 1
        note = f"no improvement ({wait}/{patience})"
    print(f"epoch {epoch}: val_loss={vl:.2f} {note}")
    if wait >= patience:
        print(f"early stop at epoch {epoch}, best={best}")
        break
print(history, len(history["loss"]), min(history["val_loss"]))
lr = 0.1
for epoch in range(1, 11):
    if epoch % 3 == 0:
        lr *= 0.5
    print(epoch, lr, end="; ")
print()
