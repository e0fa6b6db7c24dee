name = "loss"
print(f"{name:d}")
