def train():
    print("training")

result = train()
result()
