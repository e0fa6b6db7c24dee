epoch = 3
print("epoch " + epoch)
