config = {"model": {"layers": 2}, "lr": 0.1}
print(config["model"]["layers"])
print(config["model"]["depth"])
